import { defineCues } from '../document/cues';
import { CCPA, CCPA_REGS } from '../profiles/citations';
import { sentencesWith, spanOf } from './evidence';
import type { Requirement } from './requirement';

/** Sensitive personal information in the CCPA's sense (§1798.140(ae)). */
const sensitiveCues = defineCues('ccpa-sensitive', {
  zh: ['敏感个人信息', '精确地理位置', '社会安全号码', '生物识别信息', '健康信息'],
  en: ['sensitive personal information', 'precise geolocation', 'social security number', 'biometric information', 'health information', 'racial or ethnic origin', 'religious or philosophical beliefs', 'sexual orientation', 'account log-in', "driver's license"],
});

/** The right to limit, its link, or a statement that sensitive data serve only the permitted purposes. */
const limitCues = defineCues('limit-sensitive-use', {
  zh: ['限制使用我的敏感个人信息', '限制敏感个人信息的使用', '仅用于法律允许的目的', '不会将敏感个人信息用于推断'],
  en: ['limit the use of my sensitive personal information', 'right to limit', 'limit the use and disclosure', 'limit our use of your sensitive', 'only for the purposes permitted', 'only for permitted purposes', 'purposes permitted by', 'not to infer characteristics', 'never to infer characteristics', 'purposes the law permits', 'without the purpose of inferring characteristics', 'do not use sensitive personal information for', 'do not use or disclose sensitive personal information', 'do not collect sensitive personal information', 'do not collect any sensitive personal information', "don't collect sensitive personal information", 'does not collect sensitive personal information'],
});

export const limitSensitivePiUse: Requirement = {
  id: 'limit-sensitive-pi-use',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning' },
  basis: { ccpa: [CCPA.s121, CCPA.s135_a_2, CCPA_REGS.s7014, CCPA_REGS.s7011] },
  primaryCues: limitCues,
  trigger: 'The policy names sensitive personal information in the CCPA sense (precise geolocation, Social Security number, biometric or health information …).',
  detect({ model }) {
    const limits = sentencesWith(model, limitCues);
    if (limits.length > 0) return { evidence: limits.map(spanOf), issues: [] };
    return { evidence: [], issues: [], applicable: sentencesWith(model, sensitiveCues).length > 0 };
  },
  fix: { section: 'rights' },
  examples: [
    {
      name: 'no sensitive personal information collected',
      lang: 'en',
      profiles: ['ccpa'],
      markdown: '# Privacy Policy\n\n## Sensitive personal information\n\nWe do not collect sensitive personal information.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'precise location with the right to limit',
      lang: 'en',
      profiles: ['ccpa'],
      markdown: '# Privacy Policy\n\n## Sensitive personal information\n\nWe collect precise geolocation to show nearby stores. You can use the "Limit the Use of My Sensitive Personal Information" link to restrict this use.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'precise location, nothing on limiting its use',
      lang: 'en',
      profiles: ['ccpa'],
      markdown: '# Privacy Policy\n\n## Information we collect\n\nWe collect precise geolocation to show nearby stores.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'no sensitive personal information',
      lang: 'en',
      profiles: ['ccpa'],
      markdown: '# Privacy Policy\n\n## Information we collect\n\nWe collect your e-mail address.\n',
      status: 'not-applicable',
      findings: [],
    },
    {
      name: '敏感个人信息仅用于法律允许的目的',
      lang: 'zh',
      profiles: ['ccpa'],
      markdown: '# 隐私政策\n\n## 敏感个人信息\n\n我们收集精确地理位置用于展示附近门店，且仅用于法律允许的目的。\n',
      status: 'present',
      findings: [],
    },
    {
      name: '收集精确地理位置但未说明限制使用',
      lang: 'zh',
      profiles: ['ccpa'],
      markdown: '# 隐私政策\n\n## 我们收集的信息\n\n我们收集精确地理位置用于展示附近门店。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
