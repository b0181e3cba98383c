/** 未成年人、个性化推荐、自动化决策、人脸识别、安全与政策元信息（目录第8至12节）。 */
export const minorsAlgorithmsSecurity: Readonly<Record<string, string>> = {
  'minors-dedicated-rules.title': '儿童个人信息专门规则',
  'minors-dedicated-rules.description': '未成年人或儿童可能使用服务时，应为其个人信息制定专门规则：单独的儿童个人信息保护规则，或写明面向监护人的独立章节。',
  'minors-dedicated-rules.missing': '缺少披露：儿童个人信息专门规则。文档提到了未成年人或儿童，但没有专门章节或单独规则；请增加面向父母和监护人的章节，或链接到儿童个人信息保护规则。',
  'minors-dedicated-rules.no-guardian': '本节谈未成年人，却没有对父母或监护人说话。请写明监护人应做什么（不满{required}周岁的用户须经监护人阅读并同意）以及如何联系我们。',

  'minors-designated-person.title': '儿童个人信息保护负责人',
  'minors-designated-person.description': '写明负责儿童个人信息保护的专人或团队及其联系方式。',
  'minors-designated-person.missing': '缺少披露：儿童个人信息保护负责人。请指定负责儿童个人信息的专人或团队，并给出其邮箱或电话。',
  'minors-designated-person.no-contact': '写了儿童个人信息保护负责人，附近却没有联系方式。请补充邮箱、电话，或指向“联系我们”一节。',
  'minors-designated-person.general-officer': '此处只写了一般的个人信息保护负责人。请指定儿童个人信息保护专人，或说明由该负责人兼任。',

  'children-notice-content.title': '儿童个人信息告知内容',
  'children-notice-content.description': '儿童个人信息保护规则须告知监护人：收集什么、用于何处，存放在哪里、保存多久，如何保护，拒绝的后果，如何投诉举报，以及如何更正、删除。',
  'children-notice-content.missing': '缺少披露：儿童个人信息保护规则应告知监护人的内容。请写明收集使用的目的和范围、存储地点和期限、安全措施、拒绝的后果、投诉举报渠道和更正删除方式。',
  'children-notice-content.no-collection-rules': '儿童个人信息保护规则没有写明收集哪些儿童个人信息、用于什么目的。请逐项列出并说明用途。',
  'children-notice-content.no-storage': '儿童个人信息保护规则没有写明儿童个人信息的存储地点、保存期限以及到期后如何处理。',
  'children-notice-content.no-security': '儿童个人信息保护规则没有说明保护儿童个人信息的安全措施。',
  'children-notice-content.no-refusal-consequences': '儿童个人信息保护规则没有说明监护人拒绝提供信息或拒绝同意的后果（例如“不影响儿童使用其他功能”）。',
  'children-notice-content.no-complaint-channel': '儿童个人信息保护规则没有给出投诉、举报渠道。请补充邮箱、电话或应用内路径。',
  'children-notice-content.no-correction-deletion': '儿童个人信息保护规则没有说明监护人或儿童如何更正、删除儿童个人信息。',

  'minors-correction-deletion.title': '监护人更正、删除未成年人信息',
  'minors-correction-deletion.description': '写明未成年人或其父母、监护人可以要求更正、删除未成年人的个人信息，以及提出请求的方式。',
  'minors-correction-deletion.missing': '缺少披露：未成年人或其监护人如何更正、删除未成年人的个人信息。请说明他们可以提出要求，以及通过什么方式（邮箱、电话或应用内路径）。',
  'minors-correction-deletion.no-method': '写了可以要求更正或删除，却没写怎么提出。请补充请求所用的邮箱、电话或应用内路径，或指向写明方式的章节。',

  'personalized-recommendation-opt-out.title': '关闭个性化推荐',
  'personalized-recommendation-opt-out.description': '推荐、推送或广告针对个人特征时，应提供不针对个人特征的选项或便捷的关闭方式，并写明开关的位置。',
  'personalized-recommendation-opt-out.missing': '缺少披露：如何关闭个性化推荐或个性化广告。文档描述了个性化内容或广告，请写明开关位置（例如“我的-设置-隐私-个性化推荐”），或提供不针对个人特征的选项。',
  'personalized-recommendation-opt-out.no-path': '提到可以关闭，却没写在哪里关闭。请给出菜单路径或开关名称。',
  'personalized-recommendation-opt-out.experience-only': '这里只提醒拒绝可能影响使用体验，没有给出关闭个性化推荐的方式。请写明开关位置。',

  'automated-decision-making.title': '自动化决策',
  'automated-decision-making.description': '通过自动化方式或用户画像作出决定时，应予以说明，并告知个人如何要求解释、人工复核或拒绝仅通过自动化决策作出的决定。',
  'automated-decision-making.missing': '缺少披露：与自动化决策相关的权利。文档提到了自动化决策或用户画像，请说明个人可以要求解释说明、拒绝仅通过自动化决策作出的决定，以及如何提出。',
  'automated-decision-making.no-route': '描述了对个人有重大影响的自动化决策（如授信、定价），却没有给出要求说明、人工复核或拒绝的途径。',

  'face-recognition-alternative.title': '人脸识别的替代方式',
  'face-recognition-alternative.description': '使用人脸识别时，应说明其必要性，并为不愿使用的人提供其他合理的方式（密码、验证码、人工审核）。',
  'face-recognition-alternative.missing': '缺少披露：人脸识别的替代方式。文档描述了人脸识别或人脸验证，请提供并写明可达到同样目的的其他方式，例如密码、短信验证码或人工审核。',
  'face-recognition-alternative.no-alternative': '此处描述了人脸识别，却没有给出可达到同样目的的其他方式。请在本节写明替代方式。',
  'face-recognition-alternative.mandatory': '人脸识别被写成必选项（“{cue}”）。有其他方式可以实现同样目的时，人脸识别不得作为唯一方式；请提供替代方式。',

  'security-measures.title': '安全保护措施',
  'security-measures.description': '说明保护个人信息的主要技术措施和管理措施，例如加密、访问控制和员工培训。',
  'security-measures.missing': '缺少披露：如何保护个人信息。请说明主要措施，例如传输和存储加密、访问控制、安全审计。',
  'security-measures.not-concrete': '承诺了安全措施（“{cue}”），却没有说明是哪些措施。请写明所用措施，例如加密、访问控制或去标识化。',

  'breach-notification.title': '安全事件告知',
  'breach-notification.description': '说明发生个人信息安全事件时如何告知个人，以及告知哪些内容。',
  'breach-notification.missing': '缺少披露：发生安全事件后怎么办。请说明将通过推送、邮件或公告等方式告知受影响的个人：事件的情况和可能的影响、已采取的处置措施，以及个人可以采取的防范措施。',
  'breach-notification.incomplete': '承诺会告知安全事件，却没写告知什么。请补充事件的基本情况和可能的影响、已采取的处置措施，以及个人可自主防范和降低风险的建议。',

  'policy-effective-date.title': '生效日期或更新日期',
  'policy-effective-date.description': '写明本版本生效或最近更新的日期。',
  'policy-effective-date.missing': '缺少披露：生效日期或更新日期。请在标题附近写明，例如“更新日期：2026年3月1日”。',
  'policy-effective-date.no-date': '有日期栏目，但日期是空的。请填写生效日期或更新日期。',
  'policy-effective-date.invalid-date': '“{stated}”不是有效日期。请更正生效日期或更新日期。',

  'policy-updates.title': '政策的更新',
  'policy-updates.description': '说明本政策可能更新、如何通知个人、变更何时生效，以及重大变更会重新征得同意。',
  'policy-updates.missing': '缺少披露：本政策如何更新。请说明本政策可能更新、将如何通知（弹窗、站内信、邮件），以及重大变更会重新征得同意。',
  'policy-updates.no-notice-method': '这里只说本政策可能修订，没有说明如何告知个人。请写明变更生效前将通过什么方式通知（弹窗、站内信、邮件、页面公告）。',
  'policy-updates.without-notice': '“{cue}”地修改政策是不允许的：政策变更必须告知个人。请写明通知的方式。',
  'policy-updates.no-reconsent': '重大变更（处理目的、方式或个人信息种类的变化）需要重新取得同意。请写明变更生效前会再次征得同意。',
};
