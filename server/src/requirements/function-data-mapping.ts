import { defineCues } from '../document/cues';
import type { DocumentModel, Section, Sentence, Span } from '../document/model';
import { CAC_METHODS, GBT35273, MIIT, NDSR, NECESSARY_PI_SCOPE, SELF_ASSESSMENT } from '../profiles/citations';
import { dataHeadingCues, dataTypeCues } from './data-categories';
import { permissionTypeCues } from './device-permissions-list';
import { sectionSpan, sentencesWith, spanOf, tableRows } from './evidence';
import { purposeHeadingCues } from './purpose-of-processing';
import type { Issue, Requirement } from './requirement';

/** Business functions that collect personal information. */
export const functionCues = defineCues('business-function', {
  zh: [
    '注册', '登录', '登陆', '账号', '帐号', '账户', '帐户', '实名', '认证', '身份验证', '支付', '付款', '充值', '下单', '购买', '订单', '交易', '配送', '物流', '收货', '客服', '售后',
    '搜索', '浏览', '推荐', '个性化', '分享', '评论', '发布', '上传', '互动', '社交', '好友', '聊天', '消息', '通知', '推送', '直播', '定位', '导航', '地图', '扫码', '扫一扫', '拍照',
    '拍摄', '语音', '视频', '音乐', '游戏', '会员', '签到', '抽奖', '活动', '预约', '出行', '安全保障', '风控', '反作弊', '功能', '业务',
  ],
  en: [
    'register*', 'registration', 'sign up', 'sign-up', 'account*', 'log in', 'login', 'sign in', 'payment*', 'purchas*', 'order*', 'checkout', 'deliver*', 'shipping', 'customer support',
    'customer service', 'support', 'search*', 'recommend*', 'share', 'sharing', 'comment*', 'post*', 'upload*', 'chat*', 'messag*', 'notification*', 'push', 'navigation', 'map*', 'scan*',
    'game*', 'membership', 'subscription*', 'feature*', 'function*', 'newsletter*', 'booking*', 'reservation*',
  ],
});

/** The information side of a mapping table or list. */
const infoColumnCues = defineCues('mapping-info-column', {
  zh: ['个人信息', '信息类型', '信息字段', '收集的信息', '信息内容', '数据类型', '字段'],
  en: ['personal data', 'personal information', 'data collected', 'information collected', 'data type*', 'categories of data', 'data categor*'],
});
const functionColumnCues = defineCues('mapping-function-column', {
  zh: ['功能', '业务', '场景', '服务'],
  en: ['feature*', 'function*', 'service*', 'purpose*', 'activity', 'processing activit*'],
});

/** What makes a sentence tie a function to data: a scenario and a verb of collecting. */
const scenarioCues = defineCues('mapping-scenario', {
  zh: ['当您', '在您', '您使用', '如您', '若您', '如果您', '为了', '为实现', '为向您提供', '为便于', '为完成', '为帮助', '当你', '在你', '你使用', '如你'],
  en: ['when you', 'if you', 'to provide', 'in order to', 'so that', 'to enable', 'to process your', 'to complete'],
});
const collectVerbCues = defineCues('mapping-collect', {
  zh: ['收集', '获取', '采集', '读取', '提供', '填写', '上传', '授权', '需要', '使用'],
  en: ['collect*', 'ask for', 'ask you', 'provide', 'obtain*', 'need', 'require*', 'process*', 'receive', 'use your', 'access'],
});

/** Items that data-categories' list does not name but a feature description often does. */
const itemCues = defineCues('mapping-item', {
  zh: ['联系方式', '留言', '搜索内容', '搜索关键词', '关键词', '关键字', '聊天记录', '通话记录', '短信', '评论内容', '发布的内容', '发布内容', '图片', '视频', '音频', '语音', '账号', '帐号', '密码', '验证码', '充值记录', '消费记录', '交易记录', '游戏记录', '好友', '地址', '号码', '文字', '录音', '截图', '定位'],
  en: ['content', 'messages', 'photo*', 'video*', 'audio', 'voice', 'search terms', 'search queries', 'comments', 'reviews', 'address', 'number'],
});

/** "XX信息/XX记录" with a specific qualifier, not "相关信息", "必要信息" or "部分信息". */
const ZH_ITEM = /([\u4e00-\u9fff]{2})(?:信息|内容|记录|资料|日志|数据)/g;
const VAGUE_QUALIFIERS = new Set(['相关', '必要', '部分', '一些', '其他', '有关', '上述', '以下', '这些', '个人', '您的', '你的', '必需', '所需', '基本', '全部', '所有', '此类', '该等', '更多', '额外', '特定', '下列', '前述', '如下', '对应', '相应', '收集', '提供', '敏感', '身份', '的的', '用户']);

function namesData(model: DocumentModel, span: Span): boolean {
  if (model.hitsIn(dataTypeCues, span.start, span.end).length > 0 || model.hitsIn(permissionTypeCues, span.start, span.end).length > 0) return true;
  if (model.hitsIn(itemCues, span.start, span.end).length > 0) return true;
  if (model.language !== 'zh') return false;
  for (const m of model.plain.slice(span.start, span.end).matchAll(ZH_ITEM)) if (!VAGUE_QUALIFIERS.has(m[1]!) && !m[1]!.endsWith('的')) return true;
  return false;
}

/** Titles of data categories rather than functions: "设备信息", "日志数据", "其他方分享的您的信息". */
const DATA_TITLE = /(?:信息|数据|资料|内容|记录|技术|权限|说明|例外|情形|规则|原则|方式|范围|目的|类型|种类|提示|处理|变更|调用|请求)$/;

/** Sections on collection and use, and their subsections that name a business function. */
function functionSections(model: DocumentModel, strict: boolean): Section[] {
  const roots = model.sections.filter((section) => {
    const heading = model.blocks[section.block]!;
    return model.has(dataHeadingCues, heading) || model.has(purposeHeadingCues, heading);
  });
  const rootIndexes = new Set(roots.map((section) => model.sections.indexOf(section)));
  const inRoot = (section: Section): boolean => {
    for (let parent = section.parent; parent >= 0; parent = model.sections[parent]!.parent) if (rootIndexes.has(parent)) return true;
    return false;
  };
  // A subsection names a function ("注册与登录", "记账与同步"), not a kind of data ("设备信息").
  const namesFunction = (section: Section): boolean => {
    const heading = model.blocks[section.block]!;
    if (model.has(functionCues, heading)) return true;
    if (strict) return false;
    const title = model.textOf(heading).replace(/^[\s(（]{0,2}[一二三四五六七八九十\d.、)）]{1,6}\s{0,2}/, '');
    return !DATA_TITLE.test(title) && !model.has(dataTypeCues, heading) && /[\u4e00-\u9fff]{2}/.test(title) && model.language === 'zh';
  };
  return model.sections.filter((section) => inRoot(section) && namesFunction(section) && model.bodyLength(section) >= 12);
}

/** Tables with a function column and an information column. */
function mappingTables(model: DocumentModel): Span[] {
  const rows = tableRows(model);
  const tables: Span[] = [];
  for (let i = 0; i < rows.length; i++) {
    const header = rows[i]!;
    const span = { start: model.blocks[header[0]!]!.plainStart, end: model.blocks[header[header.length - 1]!]!.plainEnd };
    if (!model.has(functionColumnCues, span) || !model.has(infoColumnCues, span)) continue;
    const body = rows.slice(i + 1, i + 40).filter((row) => namesData(model, { start: model.blocks[row[0]!]!.plainStart, end: model.blocks[row[row.length - 1]!]!.plainEnd }));
    if (body.length === 0) continue;
    const last = body[body.length - 1]!;
    tables.push({ start: span.start, end: model.blocks[last[last.length - 1]!]!.plainEnd });
  }
  return tables;
}

function mappingSentences(model: DocumentModel): Sentence[] {
  return sentencesWith(model, functionCues).filter((s) => model.has(scenarioCues, s) && model.has(collectVerbCues, s) && namesData(model, spanOf(s)));
}

export const functionDataMapping: Requirement = {
  id: 'function-data-mapping',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', 'function-without-data': 'warning' },
  basis: {
    pipl: [SELF_ASSESSMENT.items5to6, CAC_METHODS.s2_1, NDSR.art21_2para, MIIT.collectedList2021, GBT35273.s5_5, GBT35273.s5_3, NECESSARY_PI_SCOPE],
  },
  primaryCues: functionCues,
  detect({ model }) {
    const mapped = functionSections(model, false).filter((section) => namesData(model, model.body(section)));
    const sections = functionSections(model, true).filter((section) => !DATA_TITLE.test(model.textOf(model.blocks[section.block]!)));
    const tables = mappingTables(model);
    const sentences = mappingSentences(model);
    if (mapped.length < 2 && tables.length === 0 && sentences.length < 3) return { evidence: [], issues: [] };

    const evidence: Span[] = [...mapped.map((s) => sectionSpan(model, s)), ...tables, ...sentences.map(spanOf)];
    const issues: Issue[] = [];
    for (const section of sections) {
      if (mapped.includes(section)) continue;
      // Only a function said to collect something ("我们会收集相关信息") without naming what.
      const body = model.body(section);
      if (model.hitsIn(collectVerbCues, body.start, body.end).length === 0) continue;
      const heading = spanOf(model.blocks[section.block]!);
      const cue = model.sourceTextOf(heading);
      issues.push({ kind: 'function-without-data', span: heading, args: { cue }, cue });
      if (issues.length >= 5) break;
    }
    return { evidence, issues };
  },
  fix: { section: 'collection' },
  examples: [
    {
      name: 'each function with its information',
      lang: 'zh',
      markdown:
        '# 隐私政策\n\n## 一、我们如何收集和使用您的个人信息\n\n### 1. 注册登录\n\n注册账号时，您需要提供手机号码和验证码。\n\n### 2. 下单支付\n\n下单时，我们会收集收货地址和订单信息。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a function that collects without saying what',
      lang: 'zh',
      markdown:
        '# 隐私政策\n\n## 一、我们如何收集和使用您的个人信息\n\n### 1. 注册登录\n\n注册账号时，您需要提供手机号码。\n\n### 2. 下单支付\n\n下单时，我们会收集收货地址。\n\n### 3. 客服功能\n\n为处理您的问题，我们会收集必要的相关信息。\n',
      status: 'weak',
      findings: [{ kind: 'function-without-data', line: 12 }],
    },
    {
      name: 'data listed without functions',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的信息\n\n我们收集您的手机号码、设备型号和位置信息。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'a feature table',
      lang: 'en',
      markdown:
        '# Privacy Policy\n\n## Information we collect\n\n| Feature | Personal data | Purpose |\n|---|---|---|\n| Registration | e-mail address, password | create your account |\n| Delivery | postal address, phone number | ship your order |\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a feature said to collect unnamed data',
      lang: 'en',
      markdown:
        '# Privacy Policy\n\n## Information we collect\n\n### Registration\n\nWhen you register, we collect your e-mail address.\n\n### Payments\n\nWhen you pay, we collect your credit card number.\n\n### Support\n\nWe collect what we need to answer you.\n',
      status: 'weak',
      findings: [{ kind: 'function-without-data', line: 12 }],
    },
    {
      name: 'no mapping',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Information we collect\n\nWe collect your name and e-mail address.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
