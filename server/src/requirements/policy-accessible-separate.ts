import { defineCues } from '../document/cues';
import { CAC_METHODS, CCPA_REGS, COPPA, GDPR, gdprBasis, NDSR, PIPL, SELF_ASSESSMENT } from '../profiles/citations';
import { spanOf, titleSpan } from './evidence';
import type { Issue, Requirement } from './requirement';

/** A reference to the privacy policy as a document of its own. */
export const privacyPolicyNameCues = defineCues('privacy-policy-name', {
  zh: ['隐私政策', '隐私权政策', '隐私保护政策', '个人信息保护政策', '隐私保护指引', '个人信息处理规则', '隐私协议', '隐私声明', '个人信息保护指引', '隐私条款'],
  en: ['privacy policy', 'privacy notice', 'privacy statement', 'data protection policy', 'data protection notice'],
});

/** Titles that combine the agreement and the privacy rules in one document. */
const agreementTitleCues = defineCues('agreement-title', {
  zh: ['用户协议', '服务协议', '使用协议', '服务条款', '使用条款', '许可协议'],
  en: ['terms of service', 'terms of use', 'terms and conditions', 'user agreement', 'service agreement'],
});

/** Characters found only in Traditional Chinese text (the Simplified forms differ). */
const traditionalCues = defineCues('traditional-chinese', {
  zh: ['個人', '資訊', '資料', '隱私', '條款', '權利', '帳戶', '帳號', '刪除', '與', '們', '這', '為', '於', '會', '們的', '說明', '服務', '處理', '提供給'],
});

const simplifiedCues = defineCues('simplified-chinese', {
  zh: ['个人', '信息', '资料', '隐私', '条款', '权利', '账户', '账号', '删除', '与', '们', '这', '为', '于', '会', '说明', '服务', '处理'],
});

/** Longer than this, a document needs headings to be navigable. */
const NAVIGABLE_LENGTH = 3000;

export const policyAccessibleSeparate: Requirement = {
  id: 'policy-accessible-separate',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', 'combined-with-agreement': 'warning', 'no-headings': 'warning', 'not-simplified-chinese': 'warning' },
  basis: {
    pipl: [PIPL.art17_3, NDSR.art21, CAC_METHODS.s1_1to4, SELF_ASSESSMENT.items1to4],
    ...gdprBasis([GDPR.art12_1]),
    ccpa: [CCPA_REGS.s7011],
    coppa: [COPPA.s312_4_a],
  },
  primaryCues: privacyPolicyNameCues,
  detect({ model }) {
    const issues: Issue[] = [];
    const head = titleSpan(model);
    if (model.blocks.length === 0) return { evidence: [], issues };

    if (model.titleBlock >= 0) {
      const title = model.blocks[model.titleBlock]!;
      const agreement = model.firstHit(agreementTitleCues, title.plainStart, title.plainEnd);
      if (agreement && model.has(privacyPolicyNameCues, title)) issues.push({ kind: 'combined-with-agreement', span: spanOf(title), cue: agreement.phrase });
    }
    const length = model.plain.length;
    const sections = model.sections.filter((section) => model.bodyLength(section) >= 12);
    if (length > NAVIGABLE_LENGTH && sections.length < 3) issues.push({ kind: 'no-headings', span: head, args: { count: sections.length } });
    if (model.language === 'zh') {
      const traditional = model.hits(traditionalCues).length;
      const simplified = model.hits(simplifiedCues).length;
      if (traditional > 20 && traditional > simplified) issues.push({ kind: 'not-simplified-chinese', span: head });
    }
    return { evidence: [{ start: 0, end: length }], issues };
  },
  examples: [
    {
      name: 'a privacy policy of its own, with headings',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的信息\n\n我们收集您的手机号码，用于注册账号。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'one document for the agreement and the policy',
      lang: 'zh',
      markdown: '# 用户协议及隐私政策\n\n## 我们收集的信息\n\n我们收集您的手机号码，用于注册账号。\n',
      status: 'weak',
      findings: [{ kind: 'combined-with-agreement', line: 0 }],
    },
    {
      name: 'terms and privacy policy in one document',
      lang: 'en',
      markdown: '# Terms of Use and Privacy Policy\n\n## Information we collect\n\nWe collect your e-mail address to create your account.\n',
      status: 'weak',
      findings: [{ kind: 'combined-with-agreement', line: 0 }],
    },
    {
      name: 'a privacy policy',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Information we collect\n\nWe collect your e-mail address to create your account.\n',
      status: 'present',
      findings: [],
    },
  ],
};
