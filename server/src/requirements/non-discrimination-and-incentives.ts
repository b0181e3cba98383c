import { defineCues } from '../document/cues';
import { CCPA, CCPA_REGS } from '../profiles/citations';
import { sentencesWith, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

/** The promise not to treat people worse for using their rights (§1798.125(a)(1)). */
const nonDiscriminationCues = defineCues('non-discrimination', {
  zh: ['不会歧视', '不歧视', '不会因您行使', '不会因为您行使'],
  en: ['non-discrimination', 'nondiscrimination', 'not discriminate', "won't discriminate", 'not be discriminated', 'will not treat you differently', 'not deny you goods or services', 'without discrimination', 'free from discrimination', 'right not to be discriminated'],
});

/** Programmes that pay for personal information: loyalty, rewards, discounts for data (§1798.125(b)). */
const incentiveCues = defineCues('financial-incentive', {
  zh: ['财务激励', '会员积分', '忠诚度计划', '奖励计划'],
  en: ['financial incentive*', 'loyalty program*', 'loyalty programme*', 'rewards program*', 'rewards programme*', 'price or service difference*'],
});

/** What a notice of financial incentive says: how to join and leave, and what the data are worth (Regulations §7016). */
const incentiveNoticeCues = defineCues('financial-incentive-notice', {
  zh: ['选择加入', '随时退出', '价值'],
  en: ['opt in', 'opt-in', 'withdraw', 'value of', 'good-faith estimate', 'good faith estimate', 'material terms'],
});

export const nonDiscriminationAndIncentives: Requirement = {
  id: 'non-discrimination-and-incentives',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', 'no-incentive-notice': 'warning' },
  basis: { ccpa: [CCPA.s125_a_1, CCPA.s125_b, CCPA_REGS.s7016, CCPA_REGS.s7011] },
  primaryCues: nonDiscriminationCues,
  detect({ model }) {
    const promises = sentencesWith(model, nonDiscriminationCues);
    const incentives = sentencesWith(model, incentiveCues);
    const issues: Issue[] = [];
    const explained = incentives.some((s) => model.has(incentiveNoticeCues, s));
    if (incentives.length > 0 && !explained) {
      const first = incentives[0]!;
      const cue = model.sourceTextOf(model.firstHit(incentiveCues, first.plainStart, first.plainEnd)!);
      issues.push({ kind: 'no-incentive-notice', span: spanOf(first), args: { cue }, cue });
    }
    if (promises.length === 0) return { evidence: [], issues: [] };
    return { evidence: [...promises, ...incentives].map(spanOf), issues };
  },
  fix: { section: 'rights' },
  examples: [
    {
      name: 'no discrimination for using rights',
      lang: 'en',
      profiles: ['ccpa'],
      markdown: '# Privacy Policy\n\n## Your California rights\n\nWe will not discriminate against you for exercising any of your privacy rights.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a loyalty program without its terms',
      lang: 'en',
      profiles: ['ccpa'],
      markdown: '# Privacy Policy\n\n## Your California rights\n\nWe will not discriminate against you for exercising your rights.\n\nMembers of our loyalty program receive discounts.\n',
      status: 'weak',
      findings: [{ kind: 'no-incentive-notice', line: 6 }],
    },
    {
      name: 'nothing on discrimination',
      lang: 'en',
      profiles: ['ccpa'],
      markdown: '# Privacy Policy\n\n## Your California rights\n\nYou can ask us to delete your personal information.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: '不因行使权利而歧视',
      lang: 'zh',
      profiles: ['ccpa'],
      markdown: '# 隐私政策\n\n## 您的权利\n\n我们不会因您行使隐私权利而歧视您。\n',
      status: 'present',
      findings: [],
    },
    {
      name: '没有不歧视的承诺',
      lang: 'zh',
      profiles: ['ccpa'],
      markdown: '# 隐私政策\n\n## 您的权利\n\n您可以要求我们删除您的个人信息。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
