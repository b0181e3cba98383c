import { defineCues } from '../document/cues';
import { CCPA, COPPA, GBT35273, GDPR, gdprBasis, NDSR, PIPL } from '../profiles/citations';
import type { Requirement } from './requirement';
import { detectRight, DOCUMENT_NAMES_ZH, type RightSpec, verbObjectPhrases } from './rights-support';

export const accessCues = defineCues('right-access', {
  zh: ['查阅', '查询', '访问', '复制', '副本', '查看', '导出', '下载您的', '下载你的', '调取'],
  en: ['access', 'right to know', 'copy of', 'copies of', 'request a copy', 'obtain a copy', 'download your', 'export*', 'review your', 'view your', 'see the personal', 'see what', 'know what', 'confirmation', 'request information', 'information on the processing', 'information about the processing', 'obtain information', 'whether we'],
});

const accessHeadingCues = defineCues('right-access-heading', {
  zh: ['查阅', '查询', '访问', '复制', '副本', '查看', '获取副本', '导出'],
  en: ['access*', 'right to know', 'copy', 'review', 'view', 'obtain'],
});

/** Look-alikes: reading the policy itself, a smoother visit, device permissions, other people's content. */
const accessHeadingExclusions = defineCues('right-access-heading-exclusion', {
  zh: ['政策', '协议', '体验', '权限', '第三方', '网站', '相册', '设备'],
  en: ['policy', 'permission*', 'device access', 'mobile device', 'third part*', 'security'],
});

const accessExclusions = defineCues('right-access-exclusion', {
  zh: [...verbObjectPhrases(['查看', '查阅', '访问', '阅读', '浏览', '下载', '查询'], DOCUMENT_NAMES_ZH), '访问权限', '设备权限', '系统权限', '权限申请', '获取权限', '调用权限', '请求访问', '申请访问',
    ...verbObjectPhrases(['访问', '读取'], ['您的手机', '你的手机', '您的设备', '你的设备', '您的相册', '你的相册', '您的位置', '你的位置', '您的通讯录', '你的通讯录', '您的剪切板', '你的剪切板', '您的剪贴板', '你的剪贴板', '您的摄像头', '你的摄像头', '您的相机', '你的相机', '您的麦克风', '你的麦克风', '您的存储', '你的存储', '您的日历', '你的日历', '手机状态', '设备信息']), '访问网站', '访问我们的网站', '访问网页', 'sdk', '第三方共享', '共享清单', '合作方', '查看详情', '了解详情'],
  en: ['this policy', 'privacy policy', 'this notice', 'permission*', 'access to our service*', 'access our service*', 'access the service*', 'access the app', 'access certain', 'access to certain', 'access features', 'unauthori*', 'access controls', 'sdk*', 'third-party', 'third party', 'partners', 'machine-readable', 'machine readable', 'structured, common*', 'portab*',
    'enable or disable access', 'disable access', 'enable access', 'allow access', 'allowing access', 'grant access', 'granting access', 'revoke access', 'deny access', 'permit access', 'access to your device', 'access to your camera',
    'access to your location', 'access to your contacts', 'access to your photos', 'access to your microphone', 'access to your storage', 'your settings', 'preferences'],
});

/** Outside the rights section only these name the right unambiguously. */
const accessAnchorCues = defineCues('right-access-anchor', {
  zh: ['查阅', '复制您的', '复制你的', '复制个人信息', '副本', ...verbObjectPhrases(['访问', '查询', '查看', '导出', '下载'], ['您的个人信息', '你的个人信息', '个人信息', '您的信息', '你的信息', '您的数据', '你的数据'])],
  en: ['access', 'right to know', 'copy of', 'copies of', 'request a copy', 'obtain a copy', 'download your', 'export*', 'review your', 'view your', 'see the personal', 'see what', 'confirmation', 'request information', 'information on the processing', 'information about the processing', 'obtain information', 'whether we'],
});

/** Outside the rights section, a paragraph about permissions is about the app reading the device. */
const accessParagraphExclusions = defineCues('right-access-paragraph-exclusion', {
  zh: ['权限'],
  en: ['permission*'],
});

export const accessSpec: RightSpec = {
  verbs: accessCues,
  anchors: accessAnchorCues,
  headings: accessHeadingCues,
  headingExclusions: accessHeadingExclusions,
  sentenceExclusions: accessExclusions,
  paragraphExclusions: accessParagraphExclusions,
};

export const rightAccessCopy: Requirement = {
  id: 'right-access-copy',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', 'no-route': 'warning' },
  basis: {
    pipl: [PIPL.art44, PIPL.art45, NDSR.art21, GBT35273.s8_1, GBT35273.s8_6],
    ...gdprBasis([GDPR.art15, GDPR.art13_2_b]),
    ccpa: [CCPA.s110, CCPA.s115],
    coppa: [COPPA.s312_6],
  },
  primaryCues: accessCues,
  detect({ model }) {
    return detectRight(model, accessSpec);
  },
  fix: { section: 'rights' },
  examples: [
    {
      name: 'access with an in-app path',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 您的权利\n\n您可以在“我的-设置-个人资料”中查阅和复制您的个人信息。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'the right without a way to use it',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 您的权利\n\n您有权查阅您的个人信息。\n',
      status: 'weak',
      findings: [{ kind: 'no-route', line: 4 }],
    },
    {
      name: 'reading the policy is not the right of access',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 访问隐私政策\n\n本政策的最新版本可在应用的关于页面中查看。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'access by e-mail',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your rights\n\nYou have the right to access your personal data. Write to privacy@example.com to request a copy.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a right without a route',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Your rights\n\nYou have the right of access to your personal data.\n',
      status: 'weak',
      findings: [{ kind: 'no-route', line: 4 }],
    },
    {
      name: 'we access the camera',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Permissions\n\nThe app accesses the camera when you scan a code.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
