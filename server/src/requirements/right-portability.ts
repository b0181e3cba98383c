import { defineCues } from '../document/cues';
import { GDPR, gdprBasis, NDSR, PIPL } from '../profiles/citations';
import type { Requirement } from './requirement';
import { detectRight, type RightSpec } from './rights-support';

export const portabilityCues = defineCues('right-portability', {
  zh: ['转移', '可携带', '可携', '迁移'],
  en: ['portability', 'portable', 'machine-readable', 'machine readable', 'transfer your', 'transmit', 'another controller', 'another organization', 'another organisation', 'another company', 'another service provider', 'port your'],
});

const portabilityHeadingCues = defineCues('right-portability-heading', {
  zh: ['转移', '可携', '迁移'],
  en: ['portab*'],
});

/** Transfers in a merger or abroad are not the individual's right to move their data. */
const portabilityHeadingExclusions = defineCues('right-portability-heading-exclusion', {
  zh: ['转让', '共享', '披露', '跨境', '出境', '境外', '合并', '收购'],
  en: ['international', 'cross-border', 'business transfer*', 'outside'],
});

const portabilityExclusions = defineCues('right-portability-exclusion', {
  zh: ['合并', '收购', '重组', '破产', '分立', '资产', '控制权', '跨境', '出境', '境外', '转让'],
  en: ['merger', 'acquisition', 'sale of', 'bankruptcy', 'reorganization', 'reorganisation', 'international', 'cross-border', 'abroad', 'third countr*', 'outside the'],
});

/** Outside the rights section only these name the right. */
const portabilityAnchorCues = defineCues('right-portability-anchor', {
  zh: ['转移至您指定', '转移给您指定', '转移到您指定', '转移至你指定', '转移给你指定', '转移到你指定', '指定的个人信息处理者', '指定的其他', '可携带', '可携', '转移权', '个人信息转移', '转移您的个人信息', '转移你的个人信息'],
  en: ['portability', 'portable', 'machine-readable', 'machine readable', 'transmit', 'another controller', 'another organization', 'another organisation', 'another company', 'another service provider'],
});

const portabilitySpec: RightSpec = {
  verbs: portabilityCues,
  anchors: portabilityAnchorCues,
  headings: portabilityHeadingCues,
  headingExclusions: portabilityHeadingExclusions,
  sentenceExclusions: portabilityExclusions,
};

export const rightPortability: Requirement = {
  id: 'right-portability',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', 'no-route': 'info' },
  basis: {
    pipl: [PIPL.art45_3, NDSR.art25],
    ...gdprBasis([GDPR.art20, GDPR.art13_2_b]),
  },
  primaryCues: portabilityCues,
  detect({ model }) {
    return detectRight(model, portabilitySpec);
  },
  fix: { section: 'rights' },
  examples: [
    {
      name: 'transfer to a processor the user names',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 您的权利\n\n在符合国家网信部门规定条件时，您可以通过 privacy@example.cn 请求将您的个人信息转移至您指定的个人信息处理者。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'the right without a channel',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 您的权利\n\n您有权请求将您的个人信息转移至您指定的个人信息处理者。\n',
      status: 'weak',
      findings: [{ kind: 'no-route', line: 4 }],
    },
    {
      name: 'a transfer in a merger is not portability',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 转让\n\n如发生合并、收购，您的个人信息可能会被转移给新的持有方，我们会要求其继续受本政策约束。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'portability by e-mail',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your rights\n\nYou can ask us to send your data in a machine-readable format to another company by writing to privacy@example.com.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'the right without a route',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your rights\n\nYou have the right to data portability.\n',
      status: 'weak',
      findings: [{ kind: 'no-route', line: 4 }],
    },
    {
      name: 'nothing on portability',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your rights\n\nYou can delete your account in the settings.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
