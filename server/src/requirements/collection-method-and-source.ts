import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { CCPA, GBT35273, GDPR, gdprBasis, PIPL } from '../profiles/citations';
import { isHeading, linesWith, sectionsTitled, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

/** Headings of a section on how or from where data is collected. */
export const methodHeadingCues = defineCues('method-heading', {
  zh: ['收集方式', '获取方式', '收集的方式', '如何收集', '信息来源', '个人信息来源', '数据来源', '间接获取', '间接收集', '第三方获取', '从第三方', '第三方提供', '其他方分享', '主动提供', '您提供的信息', '您提供的个人信息', '自动收集', '自动获取', '我们获取的', '我们收集的方式'],
  en: ['information you provide', 'information you give', 'data you provide', 'information provided by you', 'information we collect automatically', 'information collected automatically', 'automatically collected', 'collected automatically', 'information from third parties', 'information we receive from', 'information from other sources', 'from other sources', 'sources of', 'source of', 'how we collect', 'how do we collect', 'information we obtain', 'third-party sources'],
});

/** The user gives the data. */
const providedCues = defineCues('method-provided', {
  zh: ['您主动提供', '您提供的', '您向我们提供', '由您提供', '您需要提供', '您需提供', '您可以提供', '您可提供', '您主动填写', '您填写', '您上传', '您输入', '您主动提交', '您提交', '您自行填写', '您自愿提供', '你主动提供', '你提供的', '你向我们提供', '你填写', '你上传', '主动提供'],
  en: ['you provide', 'you give us', 'you submit', 'provided by you', 'you enter', 'you choose to provide', 'you voluntarily provide', 'you send us', 'you upload', 'you share with us', 'information you give', 'you supply', 'supplied by you', 'submitted by you', 'entered by you', 'on a voluntary basis', 'voluntarily provide*', 'you choose to give', 'you voluntarily', 'you fill in', 'you fill out'],
});

/** The app or site records the data itself: logs, SDKs, device interfaces. */
const automaticCues = defineCues('method-automatic', {
  zh: ['自动收集', '自动获取', '自动记录', '自动采集', '自动接收', '自动生成', '日志', 'cookie', 'sdk', '读取', '调用'],
  en: ['automatically collect*', 'collect automatically', 'collected automatically', 'collects automatically', 'collecting automatically', 'automatically receive', 'automatically record', 'automatically log', 'log file*', 'log data', 'server logs', 'cookie*', 'web beacon*', 'pixel*', 'sdk*', 'analytics tools', 'automatically'],
});

/** Device permissions: the method regulators check most (CAC 2019 Methods §2(3)). */
const permissionCues = defineCues('method-permission', {
  zh: ['权限'],
  en: ['permission to access', 'access to your', 'permission*'],
});
const permissionVerbCues = defineCues('method-permission-verb', {
  zh: ['申请', '请求', '获取', '开启', '调用', '授权', '访问', '使用', '读取', '需要'],
  en: ['request', 'ask', 'access', 'grant', 'allow'],
});

/** The data comes from someone else. */
const indirectCues = defineCues('method-indirect', {
  zh: ['间接获取', '间接收集', '间接获得', '从第三方', '第三方向我们', '第三方提供给我们', '向第三方获取', '自第三方', '第三方处获取', '第三方处获得', '第三方处收集', '合作方向我们', '合作伙伴向我们', '关联公司向我们', '从合作', '从关联', '公开渠道', '公开的信息', '已公开的', '合法公开', '第三方共享给我们', '第三方分享给我们', '其他方分享', '从其他', '他人向我们'],
  en: ['from third part*', 'third parties provide', 'third parties may provide', 'third party provide*', 'third-party sources', 'third party sources', 'from other sources', 'from outside sources', 'outside records', 'from other companies', 'publicly available', 'public sources', 'from publicly', 'provided to us by', 'shared with us by', 'from our partners', 'from partners', 'from our affiliates', 'from affiliates', 'from social', 'from other users', 'from business partners', 'from service providers'],
});

/** "上述第三方": the source was named just before. */
const namedBeforeCues = defineCues('method-named-before', {
  zh: ['上述', '前述', '以下', '如下', '下列', '该第三方', '这些第三方', '相应第三方', '对应第三方'],
  en: ['above', 'below', 'following', 'these third parties', 'such third parties', 'listed'],
});

/** Kinds of source a third-party source statement should name. */
const sourceTypeCues = defineCues('source-type', {
  zh: ['公开', '社交', '店铺', '网店', '统计', '第三方账号', '第三方帐号', '第三方账户', '第三方平台', '第三方登录', '授权登录', '微信', 'qq', '微博', '支付宝', '淘宝', '苹果', 'apple', '华为', '小米', '抖音', '钉钉', '百度', '运营商', '支付机构', '银行', '商家', '卖家', '物流', '快递', '广告主', '广告平台', '关联公司', '关联方', '公开渠道', '公开信息', '已公开', '其他用户', '征信', '政府', '公安', '监护人', '家长', '推荐人', '邀请人', '服务提供商', '服务商', 'sdk', '游戏', '商户', '机构', '平台'],
  en: ['public', 'carrier*', 'credit bureau*', 'data provider*', 'social network*', 'social media', 'login provider*', 'facebook', 'google', 'apple', 'twitter', 'payment provider*', 'payment processor*', 'advertis*', 'analytics', 'data broker*', 'publicly', 'public record*', 'public source*', 'affiliate*', 'other users', 'referr*', 'reseller*', 'employer*', 'credit reference', 'government', 'app store*', 'platform*', 'marketing partner*', 'business partner*', 'service provider*'],
});

/** Where data comes from, named: the person ("directly from you", "provided directly by the data subject") or anything else ("obtained from the sensor"). */
const namedSourceCues = defineCues('method-named-source', {
  zh: ['直接从您', '直接向您', '由您直接提供', '您直接提供', '来源于', '来自于'],
  en: ['directly from you', 'from you directly', 'by you directly', 'provided directly by', 'directly by the data subject', 'from you and', 'from you or', 'from the user*', 'from the data subject', 'collected from', 'obtained from', 'received from', 'retrieved from', 'transmitted from', 'from other services', 'regardless of the source', 'social network account*', 'social media account*', 'google account*', 'facebook account*', 'apple id', 'social login*', 'third-party login*', 'third party login*'],
});

/** Sentences about something else that name the data by its source in passing ("we protect the information collected from you"). */
const passingMentionCues = defineCues('method-passing-mention', {
  en: ['protect*', 'unauthori*', 'security'],
});

/** Headings of a section on where the data comes from. */
const sourceHeadingCues = defineCues('source-heading', {
  zh: ['信息来源', '个人信息来源', '数据来源', '间接获取', '间接收集', '第三方获取', '从第三方'],
  en: ['sources of', 'source of', 'information from third parties', 'information we receive from', 'from other sources', 'third-party sources'],
});

/**
 * Profiles that ask where the data comes from (GDPR Art. 14(2)(f), UK GDPR): the person, or which
 * other sources. How the person's own data is gathered (forms, logs) does not say that.
 */
const SOURCE_GROUPS = ['gdpr', 'uk-gdpr'];

const collectingCues = defineCues('method-collecting', {
  zh: ['收集', '获取', '获得', '采集', '接收', '提供', '共享', '取得'],
  en: ['collect*', 'receive', 'obtain*', 'provide*', 'gather*', 'share*', 'get'],
});

type MethodKind = 'provided' | 'source' | 'automatic' | 'permission' | 'indirect';

function kindsOf(model: DocumentModel, sentence: Sentence): MethodKind[] {
  const kinds: MethodKind[] = [];
  if (model.has(providedCues, sentence)) kinds.push('provided');
  if (model.has(namedSourceCues, sentence) && !model.has(passingMentionCues, sentence)) kinds.push('source');
  if (model.has(automaticCues, sentence) && model.has(collectingCues, sentence)) kinds.push('automatic');
  if (model.has(permissionCues, sentence) && model.has(permissionVerbCues, sentence)) kinds.push('permission');
  if (model.has(indirectCues, sentence) && model.has(collectingCues, sentence)) kinds.push('indirect');
  return kinds;
}

export const collectionMethodAndSource: Requirement = {
  id: 'collection-method-and-source',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', 'unnamed-source': 'warning' },
  basis: {
    pipl: [PIPL.art17_1_ii, GBT35273.s5_5],
    ...gdprBasis([GDPR.art14_2_f]),
    ccpa: [CCPA.s110_c, CCPA.s130_a_5_B],
  },
  primaryCues: methodHeadingCues,
  detect({ model, groups }) {
    const sections = sectionsTitled(model, methodHeadingCues);
    const statements: Array<{ sentence: Sentence; kinds: MethodKind[] }> = [];
    const seen = new Set<number>();
    for (const set of [providedCues, namedSourceCues, automaticCues, permissionCues, indirectCues]) {
      for (const sentence of linesWith(model, set)) {
        if (seen.has(sentence.plainStart) || isHeading(model, sentence)) continue;
        seen.add(sentence.plainStart);
        const kinds = kindsOf(model, sentence);
        if (kinds.length > 0) statements.push({ sentence, kinds });
      }
    }
    statements.sort((a, b) => a.sentence.plainStart - b.sentence.plainStart);
    const kinds = new Set(statements.flatMap((s) => s.kinds));
    if (SOURCE_GROUPS.some((group) => groups.has(group))) {
      const sourceSections = sectionsTitled(model, sourceHeadingCues);
      if (sourceSections.length === 0 && !kinds.has('source') && !kinds.has('indirect')) return { evidence: [], issues: [] };
    } else if (sections.length === 0 && kinds.size < 2) {
      // One passing "您提供的" is a mention; methods are described when a section says so or when
      // the document names at least two ways data arrives.
      return { evidence: [], issues: [] };
    }

    const evidence: Span[] = [...sections.map((s) => model.body(s)), ...statements.map((s) => spanOf(s.sentence))];
    const issues: Issue[] = [];
    for (const { sentence, kinds: k } of statements) {
      if (!k.includes('indirect') || model.has(sourceTypeCues, sentence) || model.has(namedBeforeCues, sentence)) continue;
      // A heading such as "从第三方获取的信息" introduces the sources; its section names them.
      const section = model.sectionOf(sentence.plainStart);
      const block = model.blocks[sentence.block]!;
      const title = model.textOf(block);
      const titleLike = model.sentencesOfBlock(sentence.block).length === 1 && ((title.length <= 30 && !/[。.;!?]$/.test(title)) || (title.length <= 24 && /^(?:\(?[一二三四五六七八九十\d]{1,3}[)、.])/.test(title)));
      if ((section && section.block === sentence.block) || titleLike) continue;
      // The source may be named in the rest of the paragraph.
      if (model.hitsIn(sourceTypeCues, block.plainStart, block.plainEnd).length > 0) continue;
      const hit = model.firstHit(indirectCues, sentence.plainStart, sentence.plainEnd)!;
      const cue = model.sourceTextOf(hit);
      issues.push({ kind: 'unnamed-source', span: spanOf(sentence), args: { cue }, cue });
      if (issues.length >= 2) break;
    }
    return { evidence, issues };
  },
  fix: { section: 'collection' },
  examples: [
    {
      name: 'provided by the user, read through permissions, received from a login provider',
      lang: 'zh',
      markdown:
        '# 隐私政策\n\n## 我们如何收集您的个人信息\n\n注册时，您主动提供的手机号码用于创建账号。\n\n使用扫码功能时，我们会请求您授权相机权限。\n\n您使用微信登录时，我们会从微信获取您的昵称和头像。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'data from third parties without saying which',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 个人信息来源\n\n除您主动提供的信息外，我们还可能从第三方获取您的个人信息。\n',
      status: 'weak',
      findings: [{ kind: 'unnamed-source', line: 4 }],
    },
    {
      name: 'nothing on how data is collected',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的信息\n\n我们收集您的手机号码。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'provided and automatic',
      lang: 'en',
      markdown:
        '# Privacy Policy\n\n## Information we collect\n\nWe collect the information you provide when you register. We also collect device data automatically through log files.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'unnamed third-party sources',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Information from other sources\n\nWe may receive information about you from third parties.\n',
      status: 'weak',
      findings: [{ kind: 'unnamed-source', line: 4 }],
    },
    {
      name: 'GDPR: how the data is gathered, but not where it comes from',
      lang: 'en',
      profiles: ['gdpr'],
      markdown:
        '# Privacy Policy\n\n## Information we collect\n\nWe collect the information you provide when you register. We also collect device data automatically through log files.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'GDPR: the sources named',
      lang: 'en',
      profiles: ['gdpr'],
      markdown:
        '# Privacy Policy\n\n## Where your data comes from\n\nWe collect your account data directly from you. If you sign in with your Google account, we receive your name and e-mail address from Google.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'no collection methods',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Information we collect\n\nWe collect your name and e-mail address.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
