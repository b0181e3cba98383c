import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { CAC_METHODS, GBT35273, MIIT, NDSR, PIPL } from '../profiles/citations';
import { namesOrganisation, namedVendorCues } from './consent-sharing-support';
import { affirmedHits, bodySentences, hasLink, isHeading, sectionsTitled, sentencesWith, spanOf } from './evidence';
import { sharingListCues } from './third-party-sharing';
import type { Issue, Requirement } from './requirement';

/** Embedded third-party code. */
export const sdkCues = defineCues('sdk', {
  zh: ['sdk', '软件开发工具包', '软件工具开发包', '第三方代码', '第三方插件', '接入的第三方', '集成的第三方', '第三方服务商', '第三方服务提供商', '第三方技术服务', 'api接口', '应用程序接口'],
  en: ['sdk', 'sdks', 'software development kit*', 'third-party code', 'third party code', 'plug-in*', 'plugin*', 'third-party service*', 'third party service*', 'third-party librar*', 'third party librar*', 'third-party software', 'third party software', 'analytics provider*', 'analytics service*', 'advertising partner*', 'ad network*'],
});

const sdkHeadingCues = defineCues('sdk-heading', {
  zh: ['sdk', '第三方共享清单', '共享清单', '第三方服务', '第三方插件', '接入第三方', '第三方合作', '合作方', '第三方产品'],
  en: ['sdk*', 'third-party service*', 'third party service*', 'third-party providers', 'analytics', 'advertising'],
});

/** "Click here" / 《...列表》: a list published elsewhere. */
const listReferenceCues = defineCues('sdk-list-reference', {
  zh: ['清单', '列表', '目录', '说明', '附录', '附件', '链接', '点击', '查阅', '查看'],
  en: ['list', 'listed', 'link', 'click', 'here', 'appendix', 'annex', 'below', 'following', 'privacy policy'],
});

/**
 * The service is an app, so it embeds code: 'app', 客户端, installing, Android. 手机 alone is no sign:
 * every service collects a 手机号码; only the phone as the device the service runs on counts.
 */
const appCues = defineCues('sdk-app', {
  zh: ['app', '客户端', '应用程序', '移动应用', '安卓', 'android', 'ios', '应用商店', '下载安装', '安装', '移动设备', '手机上', '手机端', '手机应用', '手机软件', '手机设备', '手机系统', '您的手机', '你的手机', '移动端'],
  en: ['app', 'apps', 'application', 'mobile application', 'android', 'ios', 'app store', 'google play', 'install*', 'mobile device*'],
});

/** 友盟SDK, Bugly SDK, TPNS SDK: a named kit, not 第三方SDK or 统计SDK. */
const NAMED_SDK = /([a-z][a-z0-9.-]{1,20}) ?sdk/;

function namesKits(model: DocumentModel, span: Span): boolean {
  if (namesOrganisation(model, span)) return true;
  const last = model.blockAt(Math.max(span.start, span.end - 1));
  for (let b = model.blockAt(span.start); b <= last; b++) {
    const block = model.blocks[b]!;
    const match = NAMED_SDK.exec(model.plain.slice(block.plainStart, block.plainEnd));
    if (match && !/^(?:the|a|an|our|this|these|those|any|such|other|third|party|third-party|of|and|or|in|for|by|its|their|with)$/.test(match[1]!)) return true;
  }
  return false;
}

/** Pointers strong enough on their own: the link text may have been lost in conversion. */
const strongPointerCues = defineCues('sdk-strong-pointer', {
  zh: ['点击查阅', '点击查看', '点击此处', '请点击', '点击这里', '点击链接', '逐项列举', '详见', '请查阅', '请参阅', '参见', '见附件', '见附录', '如下表', '下表'],
  en: ['click here', 'see the list', 'listed below', 'listed here', 'following list', 'available here', 'table below', 'see below'],
});

/** A sentence that points to a published list of SDKs or third parties. */
function pointsToList(model: DocumentModel, s: Sentence): boolean {
  if (model.has(strongPointerCues, s)) return true;
  if (!model.has(listReferenceCues, s)) return false;
  const block = model.blocks[s.block]!;
  return model.has(sharingListCues, s) || hasLink(model, { start: block.plainStart, end: block.plainEnd }) || /《[^》]{0,40}(?:sdk|第三方|共享|合作)[^》]{0,40}》/.test(model.textOf(s));
}

/** Table cells that name SDKs (a table whose cells mention SDKs and name vendors). */
function sdkTable(model: DocumentModel): boolean {
  let sdkCells = 0;
  let named = 0;
  for (const block of model.blocks) {
    if (!block.inTable) continue;
    if (model.has(sdkCues, block)) sdkCells++;
    if (model.has(namedVendorCues, block) || NAMED_SDK.test(model.textOf(block))) named++;
  }
  return sdkCells > 0 && named >= 2;
}

export const thirdPartySdkDisclosure: Requirement = {
  id: 'third-party-sdk-disclosure',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', 'not-named': 'warning' },
  basis: {
    pipl: [CAC_METHODS.s2_1, CAC_METHODS.s5_1, MIIT.sharingList2021, NDSR.art21_2para, PIPL.art21, PIPL.art23, GBT35273.s9_7],
  },
  primaryCues: sdkCues,
  trigger: 'The policy covers an app (it mentions an app, a client, installation or a mobile platform) or embedded third-party code.',
  detect({ model }) {
    const sections = sectionsTitled(model, sdkHeadingCues);
    const mentions = sentencesWith(model, sdkCues);
    const inSections = bodySentences(model, sections.map((s) => model.body(s)));
    if (mentions.length === 0 && sections.length === 0) {
      const app = model.hits(appCues).length >= 2;
      return app ? { evidence: [], issues: [] } : { applicable: false, evidence: [], issues: [] };
    }
    const evidence = [...sections.map((s) => model.body(s)), ...mentions.map(spanOf)];
    // "The app uses third-party services:" is often followed by a list of them.
    const blocks = [...mentions, ...inSections].map((s) => ({ start: model.blocks[s.block]!.plainStart, end: model.blocks[Math.min(s.block + 6, model.blocks.length - 1)]!.plainEnd }));
    if (mentions.length > 0 && sections.length === 0 && mentions.every((s) => affirmedHits(model, sdkCues, s).length === 0)) {
      return { evidence, issues: [] };
    }
    const listed =
      sdkTable(model) ||
      [...mentions, ...inSections].some((s) => pointsToList(model, s)) ||
      model.hits(sharingListCues).length > 0 ||
      blocks.some((span) => namesKits(model, span));
    if (listed) return { evidence, issues: [], matched: model.firstHit(sdkCues, evidence[0]!.start, evidence[0]!.end)?.phrase };
    const anchor = mentions.find((s) => !isHeading(model, s)) ?? inSections[0];
    const issues: Issue[] = anchor ? [{ kind: 'not-named', span: spanOf(anchor) }] : [];
    return { evidence, issues };
  },
  fix: { section: 'sharing' },
  examples: [
    {
      name: 'each SDK named with its purpose and data',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 第三方SDK\n\n我们接入了友盟统计SDK（北京锐讯灵通科技有限公司），用于统计应用崩溃情况，收集设备型号和系统版本。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a link to the published SDK list',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 第三方SDK\n\n我们接入的第三方SDK情况请查阅[《第三方SDK目录》](https://example.cn/sdk)。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'SDKs mentioned but not named',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 其他\n\n我们的应用中嵌入了第三方合作伙伴的SDK，这些SDK可能收集您的设备信息。\n',
      status: 'weak',
      findings: [{ kind: 'not-named', line: 4 }],
    },
    {
      name: 'an app that says nothing about embedded code',
      lang: 'zh',
      markdown: '# 青禾App隐私政策\n\n## 我们收集的信息\n\n您下载安装本App后，我们会收集您的手机号码用于注册。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'named SDKs',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Third-party SDKs\n\nThe app uses the Firebase Crashlytics SDK to collect crash reports.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'SDKs without names',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Other\n\nOur app includes third-party SDKs that may collect your device identifiers.\n',
      status: 'weak',
      findings: [{ kind: 'not-named', line: 4 }],
    },
    {
      name: 'an app that says nothing about embedded code',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Data we collect\n\nWhen you install our app, we collect your e-mail address to create your account.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
