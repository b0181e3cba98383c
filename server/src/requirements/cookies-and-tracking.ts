import { defineCues } from '../document/cues';
import type { Sentence, Span } from '../document/model';
import { EPRIVACY_ART5_3, GBT35273, UK_GDPR } from '../profiles/citations';
import { affirmed, linesWith, sectionSpan, sectionsTitled, sentencesIn, spanOf, uniqueSentences } from './evidence';
import type { Issue, Requirement } from './requirement';

/** Cookies and other tracking technologies. */
export const trackingCues = defineCues('tracking-tech', {
  zh: ['cookie', 'cookies', '同类技术', '类似技术', '相似技术', '网络信标', '网页信标', '像素标签', '像素', 'web beacon', 'localstorage', 'flash cookie', '广告标识符', 'idfa', 'oaid', 'gaid', 'aaid', '追踪技术', '跟踪技术', '设备指纹'],
  en: ['cookie*', 'similar technolog*', 'tracking technolog*', 'web beacon*', 'pixel*', 'tracking pixel*', 'clear gif*', 'local storage', 'localstorage', 'advertising identifier*', 'advertising id', 'idfa', 'gaid', 'aaid', 'device fingerprint*', 'tracker*'],
});

/** Headings of a cookies section. */
const trackingHeadingCues = defineCues('tracking-heading', {
  zh: ['cookie', '同类技术', '类似技术', '网络信标', '追踪技术', '跟踪技术'],
  en: ['cookie*', 'similar technolog*', 'tracking', 'web beacon*', 'pixels'],
});

/** Words that make a mention a statement of use. */
const useCues = defineCues('tracking-use', {
  zh: ['使用', '用于', '通过', '存储', '收集', '放置', '发送', '读取', '识别', '借助', '利用', '采用', '部署', '设置'],
  en: ['use', 'uses', 'used', 'using', 'place', 'set', 'store', 'collect*', 'serve', 'employ'],
});

/** What the tracking is for. */
const purposeCues = defineCues('tracking-purpose', {
  zh: ['用于', '为了', '以便', '目的', '帮助', '便于', '确保', '保障', '记住', '识别', '分析', '统计', '广告', '推荐', '偏好', '安全', '登录', '省去', '优化', '改善', '提升'],
  en: ['to', 'for', 'so that', 'in order', 'purpose*', 'help', 'remember', 'analy*', 'measure', 'advertis*', 'personali*', 'security', 'preferences'],
});

/** How to refuse or manage them. */
const controlCues = defineCues('tracking-control', {
  zh: ['拒绝', '清除', '删除', '管理', '禁用', '关闭', '修改', '设置', '阻止', '退出', '不接受', '停用', '重置'],
  en: ['refus*', 'reject*', 'disabl*', 'delet*', 'block*', 'manag*', 'opt out', 'opt-out', 'settings', 'withdraw*', 'declin*', 'clear', 'remove', 'reset', 'turn off', 'do not track', 'control'],
});

export const cookiesAndTracking: Requirement = {
  id: 'cookies-and-tracking',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', 'no-purpose': 'warning', 'no-control': 'warning' },
  basis: {
    pipl: [GBT35273.appendixD],
    gdpr: [EPRIVACY_ART5_3],
    'uk-gdpr': [UK_GDPR.pecr6],
  },
  primaryCues: trackingHeadingCues,
  detect({ model }) {
    const sections = sectionsTitled(model, trackingHeadingCues);
    const statements = linesWith(model, trackingCues).filter((s) => model.has(useCues, s));
    if (sections.length === 0 && statements.length === 0) return { evidence: [], issues: [] };

    const inSections = sentencesIn(model, sections.map((section) => model.body(section)));
    const sentences = uniqueSentences([...inSections, ...statements]);
    const evidence: Span[] = [...sections.map((s) => sectionSpan(model, s)), ...statements.map(spanOf)];
    const first = statements[0] ?? inSections[0];
    const anchor = first ? spanOf(first) : sectionSpan(model, sections[0]!);
    const issues: Issue[] = [];
    const about = (s: Sentence) => model.has(trackingCues, s) || sections.some((section) => {
      const span = sectionSpan(model, section);
      return span.start <= s.plainStart && s.plainEnd <= span.end;
    });
    const relevant = sentences.filter(about);
    // "The app does not use cookies": nothing to explain or refuse.
    if (relevant.every((s) => !affirmed(model, s, useCues))) return { evidence, issues };
    if (!relevant.some((s) => model.has(purposeCues, s))) issues.push({ kind: 'no-purpose', span: anchor });
    if (!relevant.some((s) => model.has(controlCues, s))) issues.push({ kind: 'no-control', span: anchor });
    return { evidence, issues };
  },
  fix: { section: 'cookies' },
  examples: [
    {
      name: 'no cookies, said plainly',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## What we collect\n\nThe app does not use cookies or advertising identifiers.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'cookies, their purpose and how to refuse them',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## Cookie和同类技术\n\n我们使用Cookie记住您的登录状态。您可以在浏览器设置中清除或拒绝Cookie。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'cookies without a way to refuse them',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 其他\n\n我们会使用Cookie记住您的偏好。\n',
      status: 'weak',
      findings: [{ kind: 'no-control', line: 4 }],
    },
    {
      name: 'nothing on cookies or tracking',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的信息\n\n我们收集您的手机号码用于登录。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'cookies with purposes and controls',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Cookies\n\nWe use cookies to remember your preferences. You can block cookies in your browser settings.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'cookies mentioned without purpose or control',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Data\n\nOur website uses cookies.\n',
      status: 'weak',
      findings: [{ kind: 'no-purpose', line: 4 }, { kind: 'no-control', line: 4 }],
    },
    {
      name: 'nothing on cookies',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Data we collect\n\nWe collect your e-mail address.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
