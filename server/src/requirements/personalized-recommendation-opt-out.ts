import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence } from '../document/model';
import { ALGORITHM_PROVISIONS, CAC_METHODS, ECOMMERCE_LAW, GBT35273, MIIT, NDSR, PIPL } from '../profiles/citations';
import { channelsIn } from '../document/entities';
import { hasInAppPath } from './channels';
import { bodySentences, followingBlocks, inSectionTitled, sectionsTitled, sentencesWith, spanOf, uniqueSentences } from './evidence';
import type { Issue, Requirement } from './requirement';

/** Recommendation, push or advertising tailored to the person: the practice that needs a switch-off. */
export const personalisationCues = defineCues('personalisation', {
  zh: [
    '个性化推荐', '个性化推送', '个性化内容', '个性化广告', '个性化展示', '个性化信息', '个性化商品', '个性化的推荐', '个性化的内容', '个性化的广告', '个性化的商品', '个性化服务推荐',
    '定向推送', '定向广告', '定向投放', '精准营销', '精准推送', '精准广告', '精准推荐', '程序化广告', '算法推荐', '推荐算法', '智能推荐', '兴趣推荐', '个性化搜索',
  ],
  en: [
    'personalized recommendation*', 'personalised recommendation*', 'personalized content', 'personalised content', 'personalized ads', 'personalised ads',
    'personalized advertis*', 'personalised advertis*', 'personalized marketing', 'personalised marketing', 'targeted advertis*', 'targeted ads', 'interest-based ad*',
    'interest based ad*', 'behavioral advertis*', 'behavioural advertis*', 'tailored ads', 'tailored advertis*', 'ad personali*', 'ads personali*', 'customized ads',
    'customised ads', 'recommendation algorithm*', 'retargeting', 'cross-context behavioral advertising',
  ],
});

/** Words of the topic, for sentences that follow up on a personalisation sentence. */
const personalisationTopicCues = defineCues('personalisation-topic', {
  zh: ['个性化', '推荐', '广告', '推送', '定向', '精准', '画像', '标签'],
  en: ['personali*', 'recommend*', 'advertis*', 'ads', 'targeted', 'interest-based'],
});

/** Ways to refuse: switch off, opt out, choose a non-personalised option. */
const optOutCues = defineCues('personalisation-opt-out', {
  zh: ['关闭', '退出', '取消', '拒绝', '不希望', '不想', '开启或关闭', '开启/关闭', '开关', '选择是否', '自主选择', '自主控制', '自主决定', '非个性化', '不针对您个人特征', '不针对你个人特征', '不针对个人特征', '撤回', '管理个性化', '停止'],
  en: ['opt out', 'opt-out', 'opting out', 'turn off', 'switch off', 'disable', 'deactivate', 'unsubscribe', 'reset your advertising', 'limit ad tracking', 'ad settings', 'ads settings', 'ad preferences', 'choose not to', 'do not want', 'object to', 'non-personalized', 'non-personalised', 'withdraw', 'stop receiving', 'decline'],
});

/** Choices that are a way to refuse only when a concrete place is named ("可在…中设置是否允许", "manage … in Settings > Ads"). */
const softOptOutCues = defineCues('personalisation-soft-opt-out', {
  zh: ['管理', '设置是否', '是否允许', '是否接收', '是否开启', '是否需要', '进行设置', '自主设置', '控制'],
  en: ['manage', 'choose whether', 'control', 'adjust', 'change your'],
});

/** A named place for the switch, short of a full menu path. */
const namedPlaceCues = defineCues('switch-place', {
  zh: ['开关', '设置中', '设置页', '设置里', '设置界面', '设置页面', '设置项', '设置选项', '隐私设置', '广告设置', '推荐设置'],
  en: ['settings', 'preferences', 'toggle', 'switch', 'opt-out page*', 'opt-out link*', 'control panel', 'dashboard', 'adchoices', 'aboutads', 'youronlinechoices', 'network advertising initiative', 'digital advertising alliance'],
});

/** "Turning it off may affect your experience": a consequence, not a way to refuse. */
const experienceCues = defineCues('experience-warning', {
  zh: ['使用体验', '用户体验', '服务体验', '体验可能', '体验将', '体验会'],
  en: ['your experience', 'user experience', 'less relevant experience'],
});

/** Sentences that say the practice does not exist. */
const practiceNegationCues = defineCues('personalisation-negation', {
  zh: ['不会向您提供个性化', '不提供个性化', '不会进行个性化', '不进行个性化', '不使用个性化', '未使用个性化', '不会基于', '不涉及'],
  en: ['we do not use', 'we do not provide', "we don't use", 'we do not show', 'we do not serve', 'does not use', 'do not engage in', 'we do not display'],
});

export interface OptOutEvidence {
  /** Sentences that show the practice. */
  practice: Sentence[];
  /** Sentences that offer a way to refuse. */
  optOuts: Sentence[];
  /** Opt-out sentences with a menu path, a named switch or a link. */
  concrete: Sentence[];
}

/** A quoted or bracketed name in a sentence (“个性化推荐”, 【设置】, "Ad Settings"), up to 24 characters. */
const QUOTED_NAME = /["【「『《]([^"】」』》]{1,24})["】」』》]/;

/** A menu path, a named switch or place, or a link; `loose` also accepts any quoted name in the sentence. */
function hasConcreteSwitch(model: DocumentModel, sentence: Sentence, loose = true): boolean {
  const text = model.textOf(sentence);
  if (hasInAppPath(text) || channelsIn(model, spanOf(sentence)).length > 0) return true;
  if (loose && (model.has(namedPlaceCues, sentence) || QUOTED_NAME.test(text))) return true;
  // The path or the opt-out links may follow in the next paragraph ("路径：我的-设置-隐私", "by visiting:" and a list of links).
  const scope = followingBlocks(model, sentence);
  return hasInAppPath(model.plain.slice(scope.start, scope.end)) || (loose && channelsIn(model, scope).some((c) => c.kind === 'url'));
}

/** Shared with automated-decision-making: personalisation switched off is the refusal route for profiling-based push. */
export function personalisationOptOut(model: DocumentModel): OptOutEvidence {
  const sections = sectionsTitled(model, personalisationCues, 20);
  const practice = uniqueSentences([
    ...sentencesWith(model, personalisationCues).filter((s) => !(model.has(practiceNegationCues, s) && !model.has(optOutCues, s))),
    ...sections.flatMap((section) => bodySentences(model, model.body(section)).slice(0, 1)),
  ]);
  const candidates = uniqueSentences([...sentencesWith(model, optOutCues), ...sections.flatMap((section) => bodySentences(model, model.body(section)))]);
  // A follow-up sentence ("若您不想使用好友推荐功能，可在…关闭") is on topic when a practice sentence is in its section or just before it.
  const nearPractice = (s: Sentence) => {
    const section = model.sectionOf(s.plainStart);
    return practice.some((p) => (p.block <= s.block && s.block - p.block <= 3) || (section !== undefined && model.sectionOf(p.plainStart) === section));
  };
  // "We show interest-based ads. You can opt out at …": the sentence right after a practice sentence continues it.
  const followsPractice = (s: Sentence) => practice.some((p) => p.block === s.block && p.plainEnd <= s.plainStart && s.plainStart - p.plainEnd <= 2);
  const onTopic = (s: Sentence) =>
    model.has(personalisationCues, s) ||
    followsPractice(s) ||
    (model.has(personalisationTopicCues, s) && (inSectionTitled(model, s.plainStart, personalisationCues) || nearPractice(s)));
  const optOuts = candidates.filter((s) => model.has(optOutCues, s) && onTopic(s));
  const soft = uniqueSentences([...sentencesWith(model, softOptOutCues), ...candidates]).filter(
    (s) => !optOuts.includes(s) && model.has(softOptOutCues, s) && onTopic(s) && hasConcreteSwitch(model, s, false),
  );
  return { practice, optOuts: uniqueSentences([...optOuts, ...soft]), concrete: [...optOuts.filter((s) => hasConcreteSwitch(model, s)), ...soft] };
}

export const personalizedRecommendationOptOut: Requirement = {
  id: 'personalized-recommendation-opt-out',
  appliesTo: ['privacy-policy', 'children-policy', 'user-agreement'],
  severities: { missing: 'error', 'no-path': 'warning', 'experience-only': 'error' },
  basis: {
    pipl: [PIPL.art24_2, CAC_METHODS.s3_6, MIIT.notice2019_item4, NDSR.art42, GBT35273.s7_5],
    'cn-ecommerce': [ECOMMERCE_LAW.art18],
    'cn-algo': [ALGORITHM_PROVISIONS.art17, ALGORITHM_PROVISIONS.art16],
  },
  primaryCues: personalisationCues,
  trigger: 'The document describes personalised recommendation, targeted push or personalised advertising (个性化推荐, 定向推送, 精准营销, targeted advertising …).',
  detect({ model }) {
    const { practice, optOuts, concrete } = personalisationOptOut(model);
    if (practice.length === 0 && optOuts.length === 0) return { applicable: false, evidence: [], issues: [] };
    if (concrete.length > 0) return { evidence: concrete.map(spanOf), issues: [] };
    if (optOuts.length === 0) return { evidence: [], issues: [] };
    const first = optOuts[0]!;
    const experience = optOuts.find((s) => model.has(experienceCues, s));
    const issue: Issue = experience
      ? { kind: 'experience-only', span: spanOf(experience), cue: model.firstHit(experienceCues, experience.plainStart, experience.plainEnd)?.phrase }
      : { kind: 'no-path', span: spanOf(first), cue: model.firstHit(optOutCues, first.plainStart, first.plainEnd)?.phrase };
    return { evidence: optOuts.map(spanOf), issues: [issue] };
  },
  fix: { section: 'rights' },
  examples: [
    {
      name: 'a switch with its menu path',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 个性化推荐\n\n我们会根据您的浏览记录向您进行个性化推荐。您可以通过“我的-设置-隐私-个性化推荐”关闭个性化推荐。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'turning it off "may affect your experience", no switch',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 个性化推荐\n\n我们会根据您的浏览记录向您进行个性化推荐。如您关闭个性化推荐，可能会影响您的使用体验。\n',
      status: 'weak',
      findings: [{ kind: 'experience-only', line: 4 }],
    },
    {
      name: 'can be turned off, but not where',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 广告\n\n我们会向您展示个性化广告，您可以随时关闭个性化广告。\n',
      status: 'weak',
      findings: [{ kind: 'no-path', line: 4 }],
    },
    {
      name: 'targeted push without any way to refuse',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们如何使用信息\n\n我们会根据您的兴趣向您定向推送商品信息。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'no personalisation',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们如何使用信息\n\n我们使用您的手机号码登录账号。\n',
      status: 'not-applicable',
      findings: [],
    },
    {
      name: 'opt out in the ad settings',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Advertising\n\nWe show interest-based ads. You can turn off personalized ads in Settings > Privacy > Ads.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'targeted advertising without an opt-out',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Advertising\n\nWe use your browsing history for targeted advertising.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
