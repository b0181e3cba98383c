/** 简体中文消息。每条面向用户的文字都在这里和 en.ts 中有同一个键。 */
export const zhCn: Readonly<Record<string, string>> = {
  'purpose-of-processing.title': '处理目的',
  'purpose-of-processing.description': '逐项说明处理个人信息的具体目的，并与所需的业务功能或信息对应。',
  'purpose-of-processing.missing': '缺少披露：处理个人信息的目的。请说明每类个人信息的具体用途（例如“用于创建账号和登录验证”）。',
  'purpose-of-processing.vague': '目的含糊：此处给出的唯一目的是“{cue}”。监管部门不接受仅以改善服务、提升用户体验为目的，请具体说明信息的用途。',

  'data-categories.title': '个人信息种类',
  'data-categories.description': '逐项列出收集的全部个人信息种类，不使用开放式列举。',
  'data-categories.missing': '缺少披露：收集的个人信息种类。请逐项列出每一类信息（例如手机号码、设备型号、精确位置）。',
  'data-categories.open-list': '开放式列举：“{cue}”使收集的个人信息范围无法确定。请逐项列明全部种类，删去开放式表述。',

  'complaint-channel.title': '投诉、举报渠道',
  'complaint-channel.description': '公布受理个人信息投诉、举报的具体渠道（电子邮箱、电话、在线表单或应用内路径）。',
  'complaint-channel.missing': '缺少披露：投诉、举报渠道。请提供用户就个人信息问题进行投诉或举报的电子邮箱、电话、在线表单或应用内路径。',
  'complaint-channel.not-concrete': '投诉渠道不具体：提到了投诉，但附近没有给出电子邮箱、电话、网页表单或应用内路径。',

  'complaint-response-time.title': '投诉答复时限',
  'complaint-response-time.description': '承诺在明确的期限内答复投诉和请求，期限不超过{limit}个工作日。',
  'complaint-response-time.missing': '缺少披露：答复投诉和请求的时限。请承诺在不超过{limit}个工作日的明确期限内答复。',
  'complaint-response-time.vague': '未写明答复时限：“{cue}”没有给出具体天数。请承诺在不超过{limit}个工作日的明确期限内答复。',
  'complaint-response-time.too-slow': '答复时限过长：“{stated}”超过了答复投诉和请求不得超过的{limit}个工作日。',

  'minors-age-and-guardian-consent.title': '未成年人：年龄界限与监护人同意',
  'minors-age-and-guardian-consent.description': '说明不满{required}周岁的用户须取得父母或其他监护人的同意，以及如何取得该同意。',
  'minors-age-and-guardian-consent.missing': '缺少披露：未成年人规则。请说明不满{required}周岁的用户须取得父母或其他监护人的同意，以及如何取得。',
  'minors-age-and-guardian-consent.wrong-age': '年龄界限有误：“{stated}”与须取得监护人同意的年龄界限（不满{required}周岁）不符。',
  'minors-age-and-guardian-consent.no-age': '未写明年龄界限：请说明不满{required}周岁的用户须取得监护人同意，而不只是笼统地写“未成年人”。',

  'explain.missing': '没有章节标题或语句与本要求匹配。查找的提示词例如：{cues}。',
  'explain.matched': '匹配到：“{cue}”。',
  'explain.weak': '已披露，但存在不足。',
  'hover.basis': '法律依据',
  'hover.why': '判断依据',
  'hover.docs': '规则说明',
  'status.present': '已披露',
  'status.weak': '不充分',
  'status.missing': '缺失',
  'status.not-applicable': '不适用',
  'cli.summary': '{files} 个文件中共 {problems} 个问题（错误 {errors}，警告 {warnings}，提示 {infos}）',
  'cli.noFiles': '没有匹配的 Markdown 文件：{patterns}',
  'cli.readError': '无法读取 {path}：{reason}',
  'cli.coverage': '覆盖情况：{applicable} 项应披露内容中已披露 {disclosed} 项（{weak} 项不充分，{missing} 项缺失）',
};
