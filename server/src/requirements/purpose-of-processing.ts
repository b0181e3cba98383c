import { defineCues } from '../document/cues';
import type { Sentence } from '../document/model';
import { CAC_METHODS, CCPA, COPPA, CSL, GDPR, gdprBasis, NDSR, PIPL } from '../profiles/citations';
import { sectionsTitled, sentencesIn, sentencesWith, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

export const purposeHeadingCues = defineCues('purpose-heading', {
  zh: ['目的', '用途', '如何使用', '收集和使用', '收集、使用', '使用您的个人信息', '个人信息的使用', '信息的使用', '使用规则'],
  en: ['how we use', 'use of information', 'use of your', 'use of personal', 'use of data', 'using your', 'purpose*', 'why we collect', 'why we process', 'what we use', 'collecting and using', 'how we collect and use'],
});

/** Phrases that introduce a purpose. */
const purposeMarkerCues = defineCues('purpose-marker', {
  zh: ['用于', '为了', '目的', '以便', '用来', '用以', '旨在'],
  en: ['in order to', 'so that we can', 'so we can', 'for the purpose*', 'purposes', 'we use', 'used to', 'used for', 'use it to', 'use this information', 'use the information', 'use your'],
});

const processingCues = defineCues('processing-verb', {
  zh: ['收集', '使用', '处理', '获取', '采集', '读取', '调用', '信息', '数据'],
  en: ['collect*', 'use', 'uses', 'process*', 'information', 'data'],
});

/** Purposes that the CAC 2019 Methods §4(5) and WP260 name as too vague on their own. */
export const vaguePurposeCues = defineCues('vague-purpose', {
  zh: ['改善服务质量', '提高服务质量', '提升服务质量', '改善服务', '改进服务', '优化服务', '提升用户体验', '提高用户体验', '改善用户体验', '优化用户体验', '提升服务体验', '提升体验', '优化产品', '改进产品', '改进我们的产品', '改善我们的产品', '研发新产品', '开发新产品', '开发新的产品', '定向推送'],
  en: ['improve our service*', 'improve the service*', 'improve our product*', 'enhance your experience', 'improve your experience', 'improve user experience', 'enhance user experience', 'business purposes', 'for research', 'research purposes', 'develop new service*', 'develop new product*', 'marketing purposes', 'better serve you'],
});

/** Purposes concrete enough to tell the user what the data is for. */
const concretePurposeCues = defineCues('concrete-purpose', {
  zh: ['注册', '登录', '账号', '账户', '支付', '付款', '交易', '订单', '配送', '物流', '收货', '客服', '身份验证', '实名', '验证', '安全', '风控', '欺诈', '导航', '定位', '通知', '发送', '结算', '发票', '搜索', '分享', '上传', '评论', '发布', '预约', '售后', '退款', '履行', '法律义务', '法定义务', '推荐'],
  en: ['account', 'sign in', 'log in', 'login', 'payment*', 'billing', 'order*', 'deliver*', 'shipping', 'customer support', 'customer service', 'verify', 'verification', 'authenticat*', 'security', 'fraud', 'legal obligation*', 'comply', 'notify you', 'send you', 'invoice*', 'refund*', 'search', 'recommend*', 'navigation'],
});

export const purposeOfProcessing: Requirement = {
  id: 'purpose-of-processing',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', vague: 'warning' },
  basis: {
    pipl: [PIPL.art6, PIPL.art17_1_ii, CSL.art43, NDSR.art21, CAC_METHODS.s2_1, CAC_METHODS.s4_5],
    ...gdprBasis([GDPR.art13_1_c, GDPR.art5_1_b]),
    ccpa: [CCPA.s100_a_1, CCPA.s130_a_5_B],
    coppa: [COPPA.s312_4_d_2],
  },
  primaryCues: purposeHeadingCues,
  detect({ model }) {
    const sections = sectionsTitled(model, purposeHeadingCues, 20);
    const purposeSentences = sentencesWith(model, purposeMarkerCues).filter((s) => model.has(processingCues, s));
    if (sections.length === 0 && purposeSentences.length < 2) return { evidence: [], issues: [] };

    const statements = new Map<number, Sentence>();
    for (const section of sections) {
      for (const s of sentencesIn(model, model.body(section))) if (model.has(purposeMarkerCues, s)) statements.set(s.plainStart, s);
    }
    for (const s of purposeSentences) statements.set(s.plainStart, s);
    const issues: Issue[] = [];
    for (const sentence of [...statements.values()].sort((a, b) => a.plainStart - b.plainStart)) {
      const vague = model.firstHit(vaguePurposeCues, sentence.plainStart, sentence.plainEnd);
      if (vague && !model.has(concretePurposeCues, sentence)) {
        const cue = model.sourceTextOf(vague);
        issues.push({ kind: 'vague', span: spanOf(sentence), args: { cue }, cue });
      }
    }
    return { evidence: [...sections.map((s) => model.body(s)), ...purposeSentences.map(spanOf)], issues };
  },
  fix: { section: 'collection' },
  examples: [
    {
      name: 'purposes tied to functions',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们如何收集和使用您的个人信息\n\n注册账号时，我们收集您的手机号码，用于创建账号和登录验证。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'the only purpose is a vague one',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们如何使用您的信息\n\n我们收集您的设备信息，用于提升用户体验。\n',
      status: 'weak',
      findings: [{ kind: 'vague', line: 4 }],
    },
    {
      name: 'no purposes',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n邮箱：privacy@example.cn\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'purposes stated',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## How we use your information\n\nWe use your e-mail address to send you order confirmations and to verify your account.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'only to improve our services',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## How we use your information\n\nWe use the data we collect to improve our services.\n',
      status: 'weak',
      findings: [{ kind: 'vague', line: 4 }],
    },
    {
      name: 'no purposes',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact\n\nWrite to privacy@example.com.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
