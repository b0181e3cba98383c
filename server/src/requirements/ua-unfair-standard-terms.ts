import { defineCues } from '../document/cues';
import { CIVIL_CODE, CONSUMER_PROTECTION, ECOMMERCE_LAW, PIPL, SELF_ASSESSMENT } from '../profiles/citations';
import { cueText, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';
import { unfairTerms } from './user-agreement-support';

export const unfairTermCues = defineCues('ua-unfair-terms', {
  zh: ['最终解释权', '无需另行通知', '概不负责', '不承担任何责任', '放弃诉讼', '视为同意隐私政策'],
  en: ['final interpretation', 'without notice', 'no liability whatsoever', 'waive any right to sue', 'by using you consent'],
});

export const uaUnfairStandardTerms: Requirement = {
  id: 'ua-unfair-standard-terms',
  appliesTo: ['user-agreement'],
  severities: {
    'final-interpretation': 'warning',
    'change-without-notice': 'warning',
    'total-exclusion': 'warning',
    'waiver-of-suit': 'warning',
    'deemed-privacy-consent': 'error',
  },
  basis: {
    pipl: [CIVIL_CODE.art497, CIVIL_CODE.art496, CONSUMER_PROTECTION.law_art26, SELF_ASSESSMENT.item19, PIPL.art14],
    'cn-ecommerce': [ECOMMERCE_LAW.art34],
  },
  primaryCues: unfairTermCues,
  kind: 'pattern',
  detect({ model }) {
    const issues: Issue[] = unfairTerms(model).map((term) => {
      const cue = cueText(model, term.cue);
      return { kind: term.kind, span: spanOf(term.sentence), args: { cue }, cue, ...(term.fix ? { fix: term.fix } : {}) };
    });
    return { evidence: issues.map((issue) => issue.span), issues };
  },
  fix: { section: 'liability' },
  examples: [
    {
      name: 'final interpretation reserved by the company',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 其他\n\n本协议的最终解释权归本公司所有。\n',
      status: 'weak',
      findings: [{ kind: 'final-interpretation', line: 4 }],
    },
    {
      name: 'changes at any time without notice',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 其他\n\n我们有权随时修改本协议，无需另行通知。\n',
      status: 'weak',
      findings: [{ kind: 'change-without-notice', line: 4 }],
    },
    {
      name: 'no liability for anything',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 免责声明\n\n对于因使用本服务产生的任何损失，我们概不负责。\n',
      status: 'weak',
      findings: [{ kind: 'total-exclusion', line: 4 }],
    },
    {
      name: 'waiver of the right to sue',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 争议\n\n您同意放弃就本服务向我们提起诉讼的权利。\n',
      status: 'weak',
      findings: [{ kind: 'waiver-of-suit', line: 4 }],
    },
    {
      name: 'consent to the privacy policy inferred from use',
      lang: 'zh',
      markdown: '# 用户协议\n\n您注册或使用本服务，即视为您已同意本协议和《隐私政策》。\n',
      status: 'weak',
      findings: [{ kind: 'deemed-privacy-consent', line: 2 }],
    },
    {
      name: 'fair terms',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 协议修改\n\n我们修改本协议的，将在生效前七日通知您。因不可抗力导致服务中断的，我们不承担责任，法律另有规定的除外。同意本协议并不代表您已同意隐私政策。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'final interpretation and changes without notice',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Miscellaneous\n\nWe may modify these Terms at any time without notice.\n\nWe reserve the right of final interpretation of these Terms.\n',
      status: 'weak',
      findings: [{ kind: 'change-without-notice', line: 4 }, { kind: 'final-interpretation', line: 6 }],
    },
    {
      name: 'blanket exclusion and waiver of suit',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Liability\n\nWe shall not be liable for any damages whatsoever arising from your use of the app.\n\nYou waive any right to sue us over the app.\n',
      status: 'weak',
      findings: [{ kind: 'total-exclusion', line: 4 }, { kind: 'waiver-of-suit', line: 6 }],
    },
    {
      name: 'consent to the privacy policy by using the service',
      lang: 'en',
      markdown: '# Terms of Service\n\nBy using the Service, you also consent to our Privacy Policy.\n',
      status: 'weak',
      findings: [{ kind: 'deemed-privacy-consent', line: 2 }],
    },
    {
      name: 'fair terms',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Changes\n\nWe will e-mail you 30 days before changes to these Terms take effect. To the extent permitted by law, we are not liable for any indirect damages.\n',
      status: 'present',
      findings: [],
    },
  ],
};
