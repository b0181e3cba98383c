import { CAC_METHODS, NDSR, PIPL, SELF_ASSESSMENT } from '../profiles/citations';
import { spanOf } from './evidence';
import type { Requirement } from './requirement';
import { bodySentencesOf, privacyPolicyNameCues } from './user-agreement-support';

/** Link targets that are a privacy policy (…/privacy, …/yinsi). */
const PRIVACY_URL = /privacy|yinsi|yszc|privacypolicy|隐私/i;

export const uaPrivacyPolicyLink: Requirement = {
  id: 'ua-privacy-policy-link',
  appliesTo: ['user-agreement'],
  severities: { missing: 'warning' },
  basis: {
    pipl: [PIPL.art17_3, SELF_ASSESSMENT.items1to4, CAC_METHODS.s1_1to4, NDSR.art21],
  },
  primaryCues: privacyPolicyNameCues,
  detect({ model }) {
    // The agreement names the privacy policy (《隐私政策》, "our Privacy Policy") or links to it.
    const named = bodySentencesOf(model).filter((s) => model.has(privacyPolicyNameCues, s));
    const linked = model.links.filter((link) => PRIVACY_URL.test(link.url)).map((link) => ({ start: link.plainStart, end: link.plainEnd }));
    const evidence = [...named.map(spanOf), ...linked];
    const first = named[0];
    return { evidence, issues: [], matched: first ? model.firstHit(privacyPolicyNameCues, first.plainStart, first.plainEnd)?.phrase : undefined };
  },
  fix: { section: 'privacy' },
  examples: [
    {
      name: 'the agreement points to the privacy policy',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 个人信息保护\n\n我们如何处理您的个人信息，请阅读[《示例隐私政策》](https://example.cn/privacy)。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'no privacy policy named',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 个人信息\n\n我们重视对您个人信息的保护。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'the privacy policy is linked',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Privacy\n\nOur [Privacy Policy](https://example.com/privacy) explains how we use personal information.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'privacy mentioned, no policy',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Privacy\n\nWe respect your privacy.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
