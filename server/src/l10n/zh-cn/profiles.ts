/** 仅由 GDPR、英国 GDPR、CCPA、COPPA 配置引入的要求及其特有问题的提示。 */
export const profiles: Readonly<Record<string, string>> = {
  'complaint-channel.no-authority': '未说明：向监管机构投诉的权利。请写明用户可以向其居住地、工作地或认为发生违法行为所在地的数据保护监管机构投诉。',

  'sale-or-share-opt-out.title': '出售、共享个人信息及退出方式',
  'sale-or-share-opt-out.description': '说明是否出售个人信息或将其共享用于跨情境行为广告。如有，提供“请勿出售或共享我的个人信息”链接，并说明如何处理全球隐私控制（GPC）等退出偏好信号；如无，明确说明不出售、不共享。',
  'sale-or-share-opt-out.missing': '缺少披露：是否出售或共享个人信息。请说明不出售、不共享，或说明出售、共享的情况及退出方式。',
  'sale-or-share-opt-out.no-link': '出售或共享但没有退出方式：文中描述了“{cue}”，但没有“请勿出售或共享我的个人信息”链接或其他退出方式。',
  'sale-or-share-opt-out.no-preference-signal': '未说明退出偏好信号：请说明如何处理全球隐私控制（GPC）或类似的浏览器信号。',

  'limit-sensitive-pi-use.title': '限制使用敏感个人信息的权利',
  'limit-sensitive-pi-use.description': '收集敏感个人信息的，说明仅将其用于法律允许的目的，或提供限制使用的权利及“限制使用我的敏感个人信息”链接。',
  'limit-sensitive-pi-use.missing': '缺少披露：限制使用敏感个人信息的权利。请说明敏感个人信息仅用于法律允许的目的，或提供“限制使用我的敏感个人信息”链接。',

  'non-discrimination-and-incentives.title': '不歧视与财务激励',
  'non-discrimination-and-incentives.description': '承诺不因用户行使隐私权利而给予差别待遇；会员积分、折扣等依赖个人信息的，提供财务激励告知。',
  'non-discrimination-and-incentives.missing': '缺少披露：不因用户行使隐私权利而歧视用户的承诺。',
  'non-discrimination-and-incentives.no-incentive-notice': '财务激励缺少告知：“{cue}”依赖个人信息，但没有说明其条款、如何加入和退出以及个人信息的价值。',

  'ccpa-notice-at-collection-and-metrics.title': '收集时告知',
  'ccpa-notice-at-collection-and-metrics.description': '列出收集的各类个人信息，并逐类说明目的、是否出售或共享以及保存期限（用表格最便于阅读）。',
  'ccpa-notice-at-collection-and-metrics.missing': '缺少披露：收集时告知。请逐类列出个人信息及其目的、是否出售或共享和保存期限。',
  'ccpa-notice-at-collection-and-metrics.no-retention': '收集时告知缺少保存期限：请说明每类信息保存多久，或确定期限的标准。',
  'ccpa-notice-at-collection-and-metrics.no-sale-status': '收集时告知缺少出售情况：请逐类说明是否出售或共享。',
};
