import { defineCues } from '../document/cues';
import { CCPA, CCPA_REGS } from '../profiles/citations';
import { saleCues, saleStatements } from './ccpa-support';
import { sentencesWith, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

/** The opt-out: the link's title (§1798.135(a)(1)) or the right to opt out of selling or sharing. */
const optOutCues = defineCues('sale-opt-out', {
  zh: ['请勿出售或共享我的个人信息', '请勿出售我的个人信息', '拒绝出售', '选择退出出售'],
  en: ['do not sell or share my personal information', 'do not sell my personal information', 'do not sell or share my', 'do not sell my info', 'opt out of the sale', 'opt out of sale', 'opt out of selling', 'opt out of the sharing', 'opt out of sharing', 'opt-out of the sale', 'opt-out of sale', 'right to opt out', 'right to opt-out'],
});

/** Opt-out preference signals such as Global Privacy Control (§1798.135(b); Regulations §7025). */
const preferenceSignalCues = defineCues('opt-out-preference-signal', {
  zh: ['全球隐私控制', '退出偏好信号', 'GPC'],
  en: ['global privacy control', 'gpc', 'opt-out preference signal*', 'preference signal*', 'browser signal*'],
});

export const saleOrShareOptOut: Requirement = {
  id: 'sale-or-share-opt-out',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', 'no-link': 'error', 'no-preference-signal': 'warning' },
  basis: { ccpa: [CCPA.s120_ab, CCPA.s135_a_1, CCPA.s135_b, CCPA.s115, CCPA_REGS.s7013, CCPA_REGS.s7025, CCPA_REGS.s7011_e_3_F_G] },
  primaryCues: optOutCues,
  detect({ model }) {
    const { sells, denies } = saleStatements(model);
    const optOuts = sentencesWith(model, optOutCues);
    if (sells.length === 0) {
      // Not selling or sharing is itself the disclosure the policy has to make.
      const evidence = [...denies, ...optOuts].map(spanOf);
      return { evidence, issues: [] };
    }
    const issues: Issue[] = [];
    const first = sells[0]!;
    const cue = model.sourceTextOf(model.firstHit(saleCues, first.plainStart, first.plainEnd)!);
    if (optOuts.length === 0) issues.push({ kind: 'no-link', span: spanOf(first), args: { cue }, cue });
    else if (sentencesWith(model, preferenceSignalCues).length === 0) issues.push({ kind: 'no-preference-signal', span: spanOf(optOuts[0]!) });
    return { evidence: [...sells, ...optOuts].map(spanOf), issues };
  },
  fix: { section: 'sharing' },
  examples: [
    {
      name: 'sells, with the link and Global Privacy Control',
      lang: 'en',
      profiles: ['ccpa'],
      markdown:
        '# Privacy Policy\n\n## Selling and sharing\n\nWe share identifiers with advertising partners for cross-context behavioral advertising.\n\nUse the "Do Not Sell or Share My Personal Information" link to opt out. We treat a Global Privacy Control signal as a request to opt out.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'says it does not sell or share',
      lang: 'en',
      profiles: ['ccpa'],
      markdown: '# Privacy Policy\n\n## Selling and sharing\n\nWe do not sell or share your personal information, and have not done so in the past 12 months.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'sells without an opt-out',
      lang: 'en',
      profiles: ['ccpa'],
      markdown: '# Privacy Policy\n\n## Advertising\n\nWe sell device identifiers to advertising networks.\n',
      status: 'weak',
      findings: [{ kind: 'no-link', line: 4 }],
    },
    {
      name: 'an opt-out link without preference signals',
      lang: 'en',
      profiles: ['ccpa'],
      markdown: '# Privacy Policy\n\n## Advertising\n\nWe sell device identifiers to advertising networks.\n\nClick "Do Not Sell or Share My Personal Information" to opt out.\n',
      status: 'weak',
      findings: [{ kind: 'no-preference-signal', line: 6 }],
    },
    {
      name: 'silent on selling',
      lang: 'en',
      profiles: ['ccpa'],
      markdown: '# Privacy Policy\n\n## Information we collect\n\nWe collect your e-mail address to create your account.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: '不出售个人信息的声明',
      lang: 'zh',
      profiles: ['ccpa'],
      markdown: '# 隐私政策\n\n## 出售与共享\n\n我们不会出售您的个人信息，也不会将其共享用于跨情境行为广告。\n',
      status: 'present',
      findings: [],
    },
    {
      name: '出售但没有退出方式',
      lang: 'zh',
      profiles: ['ccpa'],
      markdown: '# 隐私政策\n\n## 广告\n\n我们会向广告合作方出售设备标识符。\n',
      status: 'weak',
      findings: [{ kind: 'no-link', line: 4 }],
    },
    {
      name: '未提及出售',
      lang: 'zh',
      profiles: ['ccpa'],
      markdown: '# 隐私政策\n\n## 我们收集的信息\n\n我们收集您的电子邮箱用于创建账号。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
