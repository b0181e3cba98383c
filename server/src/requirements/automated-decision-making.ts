import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { GBT35273, GDPR, PIPL, UK_GDPR, ukGdpr } from '../profiles/citations';
import { bodySentences, sectionSpan, sectionsTitled, sentencesWith, spanOf, uniqueSentences } from './evidence';
import { personalisationOptOut } from './personalized-recommendation-opt-out';
import type { Requirement } from './requirement';

/** Decisions made by automated means. */
export const automatedDecisionCues = defineCues('automated-decision', {
  zh: ['自动化决策', '自动决策', '自动化方式作出', '自动化的方式作出', '非人工自动决策', '算法决策', '信息系统自动', '仅依据信息系统', '仅通过自动化', '自动化处理', '自动化评估', '自动化的决策'],
  en: ['automated decision*', 'automated individual decision*', 'automatic decision*', 'solely automated', 'solely on automated', 'solely by automated', 'solely based on automated', 'automated processing', 'algorithmic decision*'],
});

/** Profiling: evaluating a person to decide or to target. */
const profilingCues = defineCues('profiling', {
  zh: ['用户画像', '个人画像', '画像', '用户标签', '信用评估', '信用评分'],
  en: ['profiling', 'profile you', 'build a profile', 'create a profile'],
});

/** Explanation, refusal, human review, challenge. */
const admRouteCues = defineCues('automated-decision-route', {
  zh: ['作出解释', '做出解释', '作出说明', '做出说明', '予以说明', '予以解释', '要求解释', '要求说明', '解释说明', '拒绝', '人工', '复核', '申诉', '救济', '异议', '不针对', '关闭', '退出', '联系我们', '客服'],
  en: ['explanation', 'explain', 'human review', 'human intervention', 'human involvement', 'contest', 'challenge', 'object', 'express your point of view', 'not to be subject', 'opt out', 'opt-out', 'review of', 'reviewed by', 'appeal', 'contact us'],
});

const routeOfferCues = defineCues('automated-decision-offer', {
  zh: ['有权', '可以', '可通过', '可向', '要求', '请求', '申请', '联系我们', '您可', '你可', '提供'],
  en: ['right', 'rights', 'you can', 'you may', 'request', 'ask', 'contact us', 'entitled'],
});

/** Profiling only with the person's consent: refusing is the route (PIPL Art. 24 para. 2; GDPR Art. 22(2)(c)). */
const consentRouteCues = defineCues('automated-decision-consent', {
  zh: ['经您同意', '征得您的同意', '征得您同意', '取得您的同意', '单独同意', '您同意后', '您授权后'],
  en: ['your consent', 'consent to the profiling', 'consent to profiling', 'expressed consent', 'explicit consent', 'withdraw your consent', 'opt in', 'opt-in'],
});

/** Definitions ("用户画像：是指…", "profiling means…") name the practice without describing it. */
const admDefinitionCues = defineCues('automated-decision-definition', {
  zh: ['是指', '指的是', '称为', '定义'],
  en: ['means', 'refers to', 'is defined'],
});

/** Recommendation, push and ads: automated decisions whose refusal route is the personalisation switch (PIPL Art. 24 para. 2). */
const pushTopicCues = defineCues('automated-decision-push-topic', {
  zh: ['推荐', '推送', '广告', '展示', '个性化', '营销'],
  en: ['recommend*', 'advertis*', 'ads', 'personali*', 'marketing', 'content you see'],
});

/** "We do not make automated decisions": a statement that the practice does not exist. */
const admNegationCues = defineCues('automated-decision-negation', {
  zh: ['不会仅', '不存在', '不涉及', '未使用', '不使用', '不进行', '不会进行', '不会使用', '不会通过', '没有使用', '不采用'],
  en: ['we do not', 'we don\'t', 'does not', 'do not use', 'do not engage', 'will not', 'never', 'no automated', 'not carried out', 'not use', 'not subject you'],
});

/** Decisions with significant effects (credit, price, insurance, employment). */
const significantDecisionCues = defineCues('significant-decision', {
  zh: ['信用', '授信', '贷款', '信贷', '借款', '额度', '定价', '价格', '保险', '招聘', '录用', '显著影响', '重大影响', '差别待遇', '交易价格'],
  en: ['credit', 'loan*', 'lending', 'insurance', 'pricing', 'price*', 'eligibility', 'employment', 'hiring', 'legal effect*', 'significantly affect*', 'similarly significant'],
});

/**
 * Profiles under which a policy must say whether automated decision-making exists, even to say there
 * is none (GDPR Art. 13(2)(f), Art. 14(2)(g)); elsewhere the requirement applies only when the practice is mentioned.
 */
const STATEMENT_REQUIRED_GROUPS = ['gdpr', 'uk-gdpr'];

/** Where the route is looked for: the sentence, the rest of its paragraph and the next one, and any automated-decision section around it. */
function routeScopes(model: DocumentModel, sentence: Sentence): Span[] {
  const next = model.blocks[Math.min(sentence.block + 1, model.blocks.length - 1)]!;
  const scopes: Span[] = [{ start: sentence.plainStart, end: Math.max(next.plainEnd, sentence.plainEnd) }];
  for (const section of model.sectionChain(sentence.plainStart)) {
    if (model.has(automatedDecisionCues, model.blocks[section.block]!)) scopes.push(sectionSpan(model, section));
  }
  return scopes;
}

function hasRoute(model: DocumentModel, span: Span): boolean {
  return bodySentences(model, span).some((s) => (model.has(admRouteCues, s) && model.has(routeOfferCues, s)) || model.has(consentRouteCues, s));
}

function isDefinition(model: DocumentModel, sentence: Sentence): boolean {
  return model.has(admDefinitionCues, sentence) || /^[^,，。]{1,12}[:：]/.test(model.textOf(sentence));
}

export const automatedDecisionMaking: Requirement = {
  id: 'automated-decision-making',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', 'no-route': 'error' },
  basis: {
    pipl: [PIPL.art24_1, PIPL.art24_3, GBT35273.s7_7],
    gdpr: [GDPR.art13_2_f, GDPR.art22],
    'uk-gdpr': [...ukGdpr([GDPR.art13_2_f]), UK_GDPR.art22a],
  },
  primaryCues: automatedDecisionCues,
  trigger: 'The document mentions automated decision-making or profiling (自动化决策, 用户画像, automated decisions, profiling); under gdpr and uk-gdpr it always applies, as the policy must say whether there is any.',
  detect({ model, groups }) {
    const sections = sectionsTitled(model, automatedDecisionCues, 12);
    const adm = uniqueSentences([...sentencesWith(model, automatedDecisionCues), ...sections.flatMap((s) => bodySentences(model, model.body(s)).slice(0, 1))]).filter(
      (s) => !isDefinition(model, s),
    );
    const profiling = sentencesWith(model, profilingCues).filter((s) => !isDefinition(model, s));
    const triggers = uniqueSentences([...adm, ...profiling]);
    const statementRequired = STATEMENT_REQUIRED_GROUPS.some((group) => groups.has(group));
    if (triggers.length === 0) return statementRequired ? { evidence: [], issues: [] } : { applicable: false, evidence: [], issues: [] };

    // A route to explanation or refusal next to an automated-decision statement, or a statement that there are none.
    const withRoute = triggers.filter((s) => routeScopes(model, s).some((scope) => hasRoute(model, scope)));
    const negated = adm.filter((s) => model.has(admNegationCues, s));
    if (withRoute.length > 0 || negated.length > 0) return { evidence: uniqueSentences([...withRoute, ...negated]).map(spanOf), issues: [] };

    // Recommendation, push and ads decided by profiling: switching personalisation off is the way to refuse.
    if (triggers.every((s) => model.has(pushTopicCues, s)) && personalisationOptOut(model).concrete.length > 0) return { evidence: triggers.map(spanOf), issues: [] };

    const significant = triggers.find((s) => model.has(significantDecisionCues, s));
    if (significant) {
      return { evidence: [spanOf(significant)], issues: [{ kind: 'no-route', span: spanOf(significant), cue: model.firstHit(significantDecisionCues, significant.plainStart, significant.plainEnd)?.phrase }] };
    }
    // GDPR Art. 13(2)(f) asks for the existence of automated decision-making, which a statement of the practice gives.
    return statementRequired ? { evidence: triggers.map(spanOf), issues: [] } : { evidence: [], issues: [] };
  },
  fix: { section: 'rights' },
  examples: [
    {
      name: 'explanation and refusal offered',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 约束信息系统自动决策\n\n在某些业务功能中，我们可能仅依据信息系统、算法等非人工自动决策机制作出决定。如果这些决定显著影响您的合法权益，您有权要求我们作出说明，并有权拒绝仅通过自动化决策的方式作出的决定。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'credit decided by a model, no route',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 信贷服务\n\n我们会通过自动化决策评估您的信用状况并确定您的借款额度。\n',
      status: 'weak',
      findings: [{ kind: 'no-route', line: 4 }],
    },
    {
      name: 'profiling mentioned, nothing about the user’s rights',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们如何使用信息\n\n我们会基于您的使用记录形成用户画像，用于改进服务。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'no automated decisions mentioned',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们如何使用信息\n\n我们使用您的手机号码登录账号。\n',
      status: 'not-applicable',
      findings: [],
    },
    {
      name: 'human review on request',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Automated decision-making\n\nWe use automated decision-making to assess loan applications. You can ask for a human review of any decision and contest it.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'no automated decisions, said plainly',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Automated decisions\n\nWe do not use automated decision-making.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'pricing by algorithm, no route',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Prices\n\nOur prices are set by automated decision-making based on your purchase history.\n',
      status: 'weak',
      findings: [{ kind: 'no-route', line: 4 }],
    },
    {
      name: 'profiling mentioned, no way to object',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## How we use information\n\nWe use your purchase history to build a profile of your interests and improve our services.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'GDPR: silent about automated decisions',
      lang: 'en',
      profiles: ['gdpr'],
      markdown: '# Privacy Policy\n\n## How we use information\n\nWe use your e-mail address to send you receipts.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'GDPR: profiling stated, which tells whether automated decisions exist',
      lang: 'en',
      profiles: ['gdpr'],
      markdown: '# Privacy Policy\n\n## How we use information\n\nWe use your purchase history to build a profile of your interests and improve our services.\n',
      status: 'present',
      findings: [],
    },
  ],
};
