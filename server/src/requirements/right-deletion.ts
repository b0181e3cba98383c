import { defineCues } from '../document/cues';
import { CCPA, COPPA, GBT35273, GDPR, gdprBasis, MINORS_PROTECTION_LAW, NDSR, PIPL } from '../profiles/citations';
import type { Requirement } from './requirement';
import { detectRight, type RightSpec, verbObjectPhrases } from './rights-support';

export const deletionCues = defineCues('right-deletion', {
  zh: ['删除', '清除'],
  en: ['delete', 'deleted', 'deleting', 'deletion', 'erase', 'erased', 'erasure', 'right to be forgotten', 'remove your', 'removal of your', 'remove any', 'remove the', 'be removed', 'removed from'],
});

const deletionHeadingCues = defineCues('right-deletion-heading', {
  zh: ['删除', '清除'],
  en: ['delet*', 'erasure', 'erase', 'right to be forgotten', 'removal', 'remove'],
});

/** Look-alikes: retention sections ("retention and deletion"), deletion of the account (account-cancellation). */
const deletionHeadingExclusions = defineCues('right-deletion-heading-exclusion', {
  zh: ['保存', '保留', '存储', '期限', '留存'],
  en: ['retention', 'retain*', 'storage', 'how long'],
});

/** Outside the rights section only these name the right: deleting a post or a search history in the app is not the right to deletion. */
const deletionAnchorCues = defineCues('right-deletion-anchor', {
  zh: verbObjectPhrases(['删除', '清除'], ['您的个人信息', '你的个人信息', '个人信息', '您的信息', '你的信息', '您的数据', '你的数据', '相关个人信息', '上述信息', '我们收集', '已收集', '所收集', '您的相关', '你的相关']),
  en: ['delete', 'deleted', 'deleting', 'deletion', 'erase', 'erased', 'erasure', 'right to be forgotten', 'remove your', 'removal of your', 'be removed', 'removed from'],
});

/** Deleting content to narrow what the user has authorised is consent management (withdraw-consent); deleting cookies is cookie management (cookies-and-tracking). */
const deletionExclusions = defineCues('right-deletion-exclusion', {
  zh: ['授权范围', '授权的范围', '同意的范围', '同意范围', 'cookie', '浏览器', '缓存'],
  en: ['scope of your consent', 'cookie*', 'browser*', 'flash', 'local shared object*', 'cache'],
});

/** A retention rule ("we keep your data until … you ask us to delete it") is not the statement of the right. */
const deletionParagraphExclusions = defineCues('right-deletion-paragraph-exclusion', {
  zh: ['直至', '保存期限', '存储期限', '保留期限', '保存您的个人信息', '保存你的个人信息', '保留您的个人信息', '保留你的个人信息'],
  en: ['retain your', 'retention period', 'we retain', 'we keep', 'we will keep', 'we will retain'],
});

export const deletionSpec: RightSpec = {
  verbs: deletionCues,
  anchors: deletionAnchorCues,
  headings: deletionHeadingCues,
  headingExclusions: deletionHeadingExclusions,
  sentenceExclusions: deletionExclusions,
  paragraphExclusions: deletionParagraphExclusions,
};

export const rightDeletion: Requirement = {
  id: 'right-deletion',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', 'no-route': 'warning' },
  basis: {
    pipl: [PIPL.art47, NDSR.art24, GBT35273.s8_3],
    'cn-minors': [MINORS_PROTECTION_LAW.art72_2],
    ...gdprBasis([GDPR.art17, GDPR.art13_2_b]),
    ccpa: [CCPA.s105],
    coppa: [COPPA.s312_6],
  },
  primaryCues: deletionCues,
  detect({ model }) {
    return detectRight(model, deletionSpec);
  },
  fix: { section: 'rights' },
  examples: [
    {
      name: 'deletion on request by e-mail',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 删除您的个人信息\n\n在下列情形中，您可以通过 privacy@example.cn 向我们提出删除个人信息的请求：处理目的已实现、我们停止提供服务、您撤回同意。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'the right without a path or channel',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 您的权利\n\n您有权要求我们删除您的个人信息。\n',
      status: 'weak',
      findings: [{ kind: 'no-route', line: 4 }],
    },
    {
      name: 'a retention section is not the right to deletion',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 信息的保存和删除\n\n超出保存期限后，我们会删除或匿名化处理您的个人信息。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'erasure by e-mail',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your rights\n\nYou may ask us to delete your personal data by writing to privacy@example.com.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a right without a route',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your rights\n\nYou have the right to erasure of your personal data.\n',
      status: 'weak',
      findings: [{ kind: 'no-route', line: 4 }],
    },
    {
      name: 'retention only',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Data retention\n\nWe delete log data after 30 days.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
