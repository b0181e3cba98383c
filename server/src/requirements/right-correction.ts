import { defineCues } from '../document/cues';
import { CCPA, CHILDREN_PROVISIONS, CSL, GBT35273, GDPR, gdprBasis, MINORS_ONLINE_REGULATIONS, MINORS_PROTECTION_LAW, PIPL } from '../profiles/citations';
import type { Requirement } from './requirement';
import { detectRight, DOCUMENT_NAMES_ZH, type RightSpec, verbObjectPhrases } from './rights-support';

export const correctionCues = defineCues('right-correction', {
  zh: ['更正', '补充', '修改', '更新', '修正', '完善', '变更', '编辑'],
  en: ['correct', 'corrected', 'correction', 'correcting', 'rectif*', 'update', 'updated', 'updating', 'amend*', 'modify', 'modification', 'edit', 'editing', 'change your', 'changing your', 'inaccurate', 'incomplete', 'make changes', 'changes to your', 'changed'],
});

const correctionHeadingCues = defineCues('right-correction-heading', {
  zh: ['更正', '修改', '更新', '补充', '修正', '变更', '编辑'],
  en: ['correct*', 'rectif*', 'update*', 'updating', 'modify', 'modif*', 'edit*', 'amend*', 'changing'],
});

/** Look-alikes: changes to the policy, changes to consent, changes of ownership. */
const correctionHeadingExclusions = defineCues('right-correction-heading-exclusion', {
  zh: ['政策', '协议', '授权', '同意的范围', '同意范围', '通知', '主体', '运营'],
  en: ['policy', 'policies', 'this notice', 'consent', 'changes to', 'notification*', 'business transfer*'],
});

const correctionExclusions = defineCues('right-correction-exclusion', {
  zh: [...verbObjectPhrases(['更正', '修改', '更新', '修订', '变更', '补充', '完善'], DOCUMENT_NAMES_ZH), '授权范围', '同意的范围', '授权同意的范围', '授权同意范围'],
  en: ['this policy', 'this privacy policy', 'privacy policy', 'this notice', 'these terms'],
});

/** Outside the rights section only these name the right unambiguously: 补充 or 完善 a nickname at sign-up is not correction. */
const correctionAnchorCues = defineCues('right-correction-anchor', {
  zh: ['更正', '修正', '纠正', ...verbObjectPhrases(['修改', '更新', '补充', '更改', '完善'], ['您的个人信息', '你的个人信息', '个人信息', '您的信息', '你的信息', '您的资料', '你的资料', '个人资料'])],
  en: ['correct', 'corrected', 'correction', 'correcting', 'rectif*', 'update', 'updated', 'updating', 'amend*', 'edit', 'editing', 'modify', 'change your', 'changing your', 'inaccurate', 'incomplete', 'make changes', 'changes to your', 'changed'],
});

export const correctionSpec: RightSpec = { verbs: correctionCues, anchors: correctionAnchorCues, headings: correctionHeadingCues, headingExclusions: correctionHeadingExclusions, sentenceExclusions: correctionExclusions };

export const rightCorrection: Requirement = {
  id: 'right-correction',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', 'no-route': 'warning' },
  basis: {
    pipl: [PIPL.art46, CSL.art45, GBT35273.s8_2],
    'cn-minors': [MINORS_PROTECTION_LAW.art72_2, MINORS_ONLINE_REGULATIONS.art34, CHILDREN_PROVISIONS.provisions],
    ...gdprBasis([GDPR.art16, GDPR.art13_2_b]),
    ccpa: [CCPA.s106],
  },
  primaryCues: correctionCues,
  detect({ model }) {
    return detectRight(model, correctionSpec);
  },
  fix: { section: 'rights' },
  examples: [
    {
      name: 'correction in the settings',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 更正您的个人信息\n\n您可以在“我的-设置-账号资料”中更正或补充您的昵称、头像等信息。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'the right without a path or channel',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 您的权利\n\n您有权更正不准确的个人信息。\n',
      status: 'weak',
      findings: [{ kind: 'no-route', line: 4 }],
    },
    {
      name: 'updating the policy is not correction',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 本政策的更新\n\n我们可能会适时修改本政策，并通过弹窗通知您。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'correct your data in the account settings',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your rights\n\nYou can correct or update your personal information in your account settings.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a right without a route',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your rights\n\nYou have the right to rectification of inaccurate personal data.\n',
      status: 'weak',
      findings: [{ kind: 'no-route', line: 4 }],
    },
    {
      name: 'changes to this policy',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Changes to this policy\n\nWe may update this privacy policy from time to time.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
