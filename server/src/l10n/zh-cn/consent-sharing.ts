/** 同意、共享、保存期限、存储地点与跨境传输（需求目录第3至5节）。 */
export const consentSharing: Readonly<Record<string, string>> = {
  'third-party-sdk-disclosure.title': '第三方SDK与嵌入代码',
  'third-party-sdk-disclosure.description': '以列表或表格逐一列出应用中嵌入的第三方SDK或插件：名称、运营方、用途、收集的个人信息及其隐私政策链接。',
  'third-party-sdk-disclosure.missing': '缺少披露：应用中嵌入的第三方SDK。请逐一列出每个SDK的名称、运营方、用途、收集的个人信息和隐私政策链接，或链接到已公布的SDK清单。',
  'third-party-sdk-disclosure.not-named': 'SDK未具名：此句提到第三方SDK或插件，但没有说明是哪些。请写明每个SDK及其运营方，或链接到已公布的SDK清单。',

  'no-bundled-or-deemed-consent.title': '不得视为同意、默认同意或捆绑同意',
  'no-bundled-or-deemed-consent.description': '同意必须是用户主动作出的明确行为。使用、注册或不作反对都不等于同意；不得一次性概括取得同意，也不得默认勾选。',
  'no-bundled-or-deemed-consent.deemed': '视为同意：“{cue}”把使用服务当作同意。请通过用户主动点击或勾选的方式取得同意；敏感个人信息、向第三方提供和向境外提供还需要单独同意。',
  'no-bundled-or-deemed-consent.deemed-change': '视为接受变更：“{cue}”把变更后继续使用当作同意。重大变更应告知用户；处理目的、方式或个人信息种类变更时，应重新取得同意。',
  'no-bundled-or-deemed-consent.bundled': '捆绑或默认同意：“{cue}”一次性或默认取得多项同意。请按目的或权限逐项征得同意，各选项在用户选择前均保持未选中。',

  'separate-consent-triggers.title': '单独同意的取得',
  'separate-consent-triggers.description': '说明向其他个人信息处理者提供、公开披露、处理敏感个人信息和向境外提供时，各自另行取得单独同意（如专门弹窗或单独步骤），而不是以同意本政策代替。',
  'separate-consent-triggers.missing': '缺少披露：单独同意。本政策描述了需要单独同意的处理（向其他处理者提供、公开披露、敏感个人信息或向境外提供），却没有说明如何取得该同意。请写明各项处理会单独征得同意，例如通过专门弹窗。',
  'separate-consent-triggers.no-separate-consent-sharing': '共享未单独同意：本节涉及向其他个人信息处理者提供个人信息，但没有说明事先取得单独同意。',
  'separate-consent-triggers.no-separate-consent-disclosure': '公开披露未单独同意：本节允许公开披露个人信息，但没有说明事先取得单独同意。',
  'separate-consent-triggers.no-separate-consent-sensitive': '敏感个人信息未单独同意：本节处理敏感个人信息，但没有说明事先取得单独同意。',

  'withdraw-consent.title': '撤回同意',
  'withdraw-consent.description': '为每项同意提供与给予同意同样便捷的具体撤回方式（设置路径、开关或渠道），并说明撤回不影响此前已进行的处理。',
  'withdraw-consent.missing': '缺少披露：如何撤回同意。请写明设置路径或开关（例如“我的-设置-隐私-权限管理”），并说明撤回不影响撤回前基于同意已进行的处理。',
  'withdraw-consent.no-path': '未给出撤回方式：提到了撤回，但没有设置路径、开关或渠道。请说明用户在哪里、如何撤回每项同意。',
  'withdraw-consent.contact-only': '只能联系客服撤回：撤回应当与给予同意同样便捷。请在应用内提供设置项或开关，而不仅是向客服申请。',
  'withdraw-consent.no-effect': '未说明撤回的效力：请说明撤回同意后不再继续处理，但不影响撤回前基于同意已进行的处理。',

  'refusal-consequences.title': '拒绝的后果',
  'refusal-consequences.description': '说明各项功能需要哪些个人信息、用户拒绝后会怎样，以及拒绝非必要个人信息不影响基本功能的使用。',
  'refusal-consequences.missing': '缺少披露：用户拒绝的后果。请按功能说明所需的个人信息及拒绝提供的后果，并说明拒绝非必要个人信息不影响基本功能。',
  'refusal-consequences.blanket-refusal': '一概拒绝提供服务：“{cue}”对不接受整份政策的用户拒绝提供全部服务。拒绝非必要的处理不得影响基本功能，请把后果限定在需要该信息的功能上。',

  'purpose-change-reconsent.title': '目的变更时重新取得同意',
  'purpose-change-reconsent.description': '说明将个人信息用于新的目的，或处理方式、个人信息种类变更前，会重新取得同意，以及如何通知用户。',
  'purpose-change-reconsent.missing': '缺少披露：处理目的变更时的做法。请说明将个人信息用于新目的或改变处理方式、种类前会重新征得同意，以及如何通知用户。',
  'purpose-change-reconsent.no-reconsent': '变更未重新征得同意：本节说明了政策会更新，但没有承诺在处理目的、方式或个人信息种类变更时重新取得同意。',

  'third-party-sharing.title': '向第三方共享',
  'third-party-sharing.description': '以清单或表格说明个人信息提供、转让或披露给谁（每个接收方的名称和联系方式）、目的、方式和个人信息种类。',
  'third-party-sharing.missing': '缺少披露：向第三方共享。请说明是否向其他公司提供个人信息，并逐一写明接收方名称、联系方式、目的、方式和涉及的个人信息种类。',
  'third-party-sharing.unnamed-recipients': '接收方未具名：“{cue}”没有告诉用户谁会收到其个人信息。请写明每个接收方及其联系方式，或公布接收方清单并附上链接。',

  'retention-period.title': '保存期限',
  'retention-period.description': '说明每类个人信息保存多久（具体期限或注销账号等客观节点），以及期满后删除或匿名化处理。',
  'retention-period.missing': '缺少披露：个人信息保存多久。请按信息类别写明期限或客观节点（例如“注销账号后15日内删除”），并说明期满后删除或匿名化处理。',
  'retention-period.vague': '未给出保存期限：“{cue}”既没有期限也没有确定标准。请为每类信息写明带单位的期限，或注销账号等客观节点。',
  'retention-period.indefinite': '无限期保存：“{cue}”没有保存终点。请仅在实现目的所需期间内保存，并写明期限。',
  'retention-period.no-period': '未给出保存期限：此处说明了保存，但没有期限或客观节点。请说明每类信息保存多久。',
  'retention-period.no-disposal': '未说明期满处理：请说明保存期限届满后删除或匿名化处理个人信息。',

  'storage-location.title': '存储地点',
  'storage-location.description': '说明个人信息存储在哪里：中国境内，或其他哪个国家或地区。',
  'storage-location.missing': '缺少披露：个人信息的存储地点。请说明是否存储于中华人民共和国境内，或写明所在国家或地区。',
  'storage-location.no-place': '未写明存储地点：本节谈到存储，但没有写明国家或地区。请说明存放个人信息的服务器位于何处。',

  'cross-border-transfer.title': '向境外提供',
  'cross-border-transfer.description': '如个人信息出境，应写明境外接收方名称和联系方式、处理目的、方式和个人信息种类、向境外接收方行使权利的方式、出境机制，并说明取得单独同意。',
  'cross-border-transfer.missing': '缺少披露：向境外提供。本政策提到境外处理或境外服务商，却没有说明出境情况。请写明境外接收方及其联系方式、目的、方式、个人信息种类和行使权利的方式，并取得单独同意。',
  'cross-border-transfer.no-recipient': '未写明境外接收方：请写明境外接收方的名称并提供其联系方式。',
  'cross-border-transfer.no-details': '出境细节不全：请说明向境外提供的目的、方式和个人信息种类。',
  'cross-border-transfer.no-rights-route': '未说明如何向接收方行使权利：请说明用户向境外接收方行使个人信息权利的方式。',
  'cross-border-transfer.no-separate-consent': '出境未单独同意：向境外提供个人信息需要取得个人的单独同意。请说明在出境前单独征得同意。',
  'cross-border-transfer.no-statement': '未说明是否出境：如个人信息不会出境，请明确写明；如会出境，请说明出境情况。',
};
