import { type CueSet, defineCues } from '../document/cues';
import type { Span } from '../document/model';
import { CHILDREN_PROVISIONS, COPPA } from '../profiles/citations';
import { complaintChannel } from './complaint-channel';
import { controllerIdentity } from './controller-identity';
import { sectionsTitled, sentencesWithAll, spanOf, titleSpan } from './evidence';
import { correctionDeletionCues, operatorDiscoveryCues, requestOfferCues } from './minors-correction-deletion';
import type { DetectContext, Issue, Requirement } from './requirement';
import { securityStatements } from './security-measures';
import { thirdPartySharing } from './third-party-sharing';

const collectionCues = defineCues('children-collection', {
  zh: ['收集', '获取', '采集', '使用'],
  en: ['collect*', 'use', 'uses', 'obtain*', 'gather*'],
});

/** Words that give the purpose of a collection. */
const purposeCues = defineCues('children-purpose', {
  zh: ['用于', '为了', '以便', '目的', '用来', '用以'],
  en: ['used to', 'used for', 'in order to', 'so that', 'so we can', 'to provide', 'to create', 'for the purpose*', 'purpose*', 'we use'],
});

const storageCues = defineCues('storage-verb', {
  zh: ['存储', '储存', '保存', '保留', '存放'],
  en: ['store', 'stored', 'storage', 'retain*', 'retention', 'keep', 'kept', 'hold'],
});

/** Where, for how long, and what happens at the end. */
const storageDetailCues = defineCues('storage-detail', {
  zh: ['境内', '境外', '地点', '地区', '服务器', '期限', '期间', '到期', '届满', '删除', '匿名化', '最短', '年', '个月', '天', '日内'],
  en: ['located', 'location', 'server*', 'china', 'period', 'until', 'delete*', 'anonymi*', 'days', 'months', 'years', 'no longer'],
});

const storageHeadingCues = defineCues('storage-heading', {
  zh: ['存储', '储存', '保存', '保留'],
  en: ['storage', 'retention', 'how long', 'where we store'],
});

const refusalCues = defineCues('refusal', {
  zh: ['拒绝', '不同意', '不提供', '不授权', '不允许', '撤回', '不愿', '关闭'],
  en: ['refus*', 'declin*', 'do not provide', "don't provide", 'not to provide', 'withdraw*', 'do not consent', 'do not agree', 'choose not to', 'object'],
});

const consequenceCues = defineCues('refusal-consequence', {
  zh: ['无法', '不能', '影响', '将不', '不会影响', '不影响', '仍可', '仍然可以'],
  en: ['unable', 'cannot', "can't", 'not be able', 'may not', 'affect*', 'will not', 'still use', 'still be able'],
});

const parentCues = defineCues('notice-parent', {
  zh: ['监护人', '家长', '父母'],
  en: ['parent*', 'guardian*'],
});

const reviewDeleteCues = defineCues('notice-parent-review-delete', {
  zh: ['查阅', '查看', '删除'],
  en: ['review', 'access', 'see the', 'delete*', 'deletion', 'erase'],
});

/** A parent stopping further collection or use (16 CFR 312.4(d)(5), 312.6(a)(2)). */
const refuseFurtherCues = defineCues('notice-parent-refuse-further', {
  zh: ['拒绝继续收集', '停止收集', '停止使用', '撤回同意', '撤回其同意'],
  en: ['refuse further', 'refuse to permit', 'refuse to allow', 'further collection', 'further use', 'stop collecting', 'stop any further', 'stop the collection', 'no longer collect', 'revoke consent', 'revoke their consent', 'revoke your consent', 'withdraw consent', 'withdraw their consent', 'withdraw your consent'],
});

type ItemKind =
  | 'no-collection-rules'
  | 'no-storage'
  | 'no-security'
  | 'no-refusal-consequences'
  | 'no-complaint-channel'
  | 'no-correction-deletion'
  | 'no-operator-contact'
  | 'no-disclosure-practices'
  | 'no-parent-review-delete'
  | 'no-parent-refusal';

/** The collection item both laws ask for: what is collected and what it is used for. */
function collectionRules(context: DetectContext): Span[] {
  return sentencesWithAll(context.model, collectionCues, purposeCues).map(spanOf);
}

/** Where each item of Children's Provisions Art. 10 is disclosed; empty = not found. */
function chineseItems(context: DetectContext): Array<[ItemKind, Span[]]> {
  const { model } = context;
  const storage = [
    ...sectionsTitled(model, storageHeadingCues, 20).map((s) => model.body(s)),
    ...sentencesWithAll(model, storageCues, storageDetailCues).map(spanOf),
  ];
  const correction = sentencesWithAll(model, correctionDeletionCues, requestOfferCues).filter((s) => !model.has(operatorDiscoveryCues, s));
  return [
    ['no-collection-rules', collectionRules(context)],
    ['no-storage', storage],
    ['no-security', securityStatements(model).statements.map(spanOf)],
    ['no-refusal-consequences', sentencesWithAll(model, refusalCues, consequenceCues).map(spanOf)],
    ['no-complaint-channel', complaintChannel.detect(context).evidence],
    ['no-correction-deletion', correction.map(spanOf)],
  ];
}

/** Where each item of the COPPA online notice (16 CFR 312.4(d)(1), (2) and (5)) is disclosed; empty = not found. */
function coppaItems(context: DetectContext): Array<[ItemKind, Span[]]> {
  const { model } = context;
  const parentOffers = (cues: CueSet) =>
    sentencesWithAll(model, parentCues, cues).filter((s) => model.has(requestOfferCues, s) && !model.has(operatorDiscoveryCues, s));
  return [
    ['no-operator-contact', controllerIdentity.detect(context).evidence],
    ['no-collection-rules', collectionRules(context)],
    ['no-disclosure-practices', thirdPartySharing.detect(context).evidence],
    ['no-parent-review-delete', parentOffers(reviewDeleteCues).map(spanOf)],
    ['no-parent-refusal', sentencesWithAll(model, parentCues, refuseFurtherCues).map(spanOf)],
  ];
}

/**
 * The items the active profiles ask for: Children's Provisions Art. 10 in a Chinese children's
 * policy, the COPPA online notice in any policy under `coppa` (the policy of a service for children
 * is that notice); each kind once.
 */
function items(context: DetectContext): Array<[ItemKind, Span[]]> {
  const found = [
    ...(context.documentType === 'children-policy' && context.groups.has('cn-minors') ? chineseItems(context) : []),
    ...(context.groups.has('coppa') ? coppaItems(context) : []),
  ];
  return found.filter(([kind], i) => found.findIndex(([other]) => other === kind) === i);
}

export const childrenNoticeContent: Requirement = {
  id: 'children-notice-content',
  appliesTo: ['children-policy', 'privacy-policy'],
  severities: {
    missing: 'error',
    'no-collection-rules': 'error',
    'no-storage': 'error',
    'no-security': 'error',
    'no-refusal-consequences': 'error',
    'no-complaint-channel': 'error',
    'no-correction-deletion': 'error',
    'no-operator-contact': 'error',
    'no-disclosure-practices': 'error',
    'no-parent-review-delete': 'error',
    'no-parent-refusal': 'error',
  },
  basis: {
    'cn-minors': [CHILDREN_PROVISIONS.art10, CHILDREN_PROVISIONS.art10_1, CHILDREN_PROVISIONS.art10_2, CHILDREN_PROVISIONS.art10_3, CHILDREN_PROVISIONS.art10_4, CHILDREN_PROVISIONS.art10_5, CHILDREN_PROVISIONS.art10_6],
    coppa: [COPPA.s312_4_d, COPPA.s312_4_d_1, COPPA.s312_4_d_2, COPPA.s312_4_d_5],
  },
  primaryCues: storageCues,
  trigger: "A children's policy; under coppa, any privacy policy (the online notice of a service for children).",
  detect(context) {
    if (context.documentType === 'privacy-policy' && !context.groups.has('coppa')) return { applicable: false, evidence: [], issues: [] };
    const found = items(context);
    const evidence = found.flatMap(([, spans]) => spans);
    if (evidence.length === 0) return { evidence: [], issues: [] };
    const anchor = titleSpan(context.model);
    const issues: Issue[] = found.filter(([, spans]) => spans.length === 0).map(([kind]) => ({ kind, span: anchor }));
    return { evidence, issues };
  },
  fix: { section: 'children' },
  examples: [
    {
      name: 'every item of Art. 10',
      lang: 'zh',
      markdown:
        '# 儿童个人信息保护规则\n\n' +
        '## 一、我们如何收集和使用儿童个人信息\n\n在监护人同意后，我们收集儿童的昵称和年级，用于创建儿童账号和推荐适龄课程。\n\n' +
        '监护人拒绝提供年级信息的，不影响儿童使用其他功能。\n\n' +
        '## 二、存储\n\n儿童个人信息存储于中华人民共和国境内，保存期限为账号注销后30日，到期后删除。\n\n' +
        '## 三、安全\n\n我们采用加密和访问控制等措施保护儿童个人信息。\n\n' +
        '## 四、监护人的权利\n\n监护人可以在“我的-设置-儿童资料”中更正或删除儿童的个人信息。\n\n' +
        '## 五、联系我们\n\n如需投诉或举报，请发送邮件至 kids@example.cn。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'no storage, refusal or correction items',
      lang: 'zh',
      markdown:
        '# 儿童隐私保护指引\n\n' +
        '## 一、我们如何收集和使用儿童个人信息\n\n在监护人同意后，我们收集儿童的昵称和年级，用于创建儿童账号。\n\n' +
        '## 二、安全\n\n我们采用加密和访问控制等措施保护儿童个人信息。\n\n' +
        '## 三、联系我们\n\n如需投诉或举报，请发送邮件至 kids@example.cn。\n',
      status: 'weak',
      findings: [
        { kind: 'no-storage', line: 0 },
        { kind: 'no-refusal-consequences', line: 0 },
        { kind: 'no-correction-deletion', line: 0 },
      ],
    },
    {
      name: 'a children’s rules document that sets out none of the items',
      lang: 'zh',
      markdown: '# 儿童个人信息保护规则\n\n本规则适用于我们面向不满十四周岁儿童提供的在线学习服务，请监护人仔细阅读。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'a complete children’s notice',
      lang: 'en',
      markdown:
        "# Children's Privacy Notice\n\n" +
        '## What we collect and why\n\nWith a parent’s consent we collect a child’s nickname and school year, used to create the child’s account.\n\n' +
        'If a parent refuses to provide the school year, the child can still use the other features.\n\n' +
        '## Storage\n\nWe store this information on servers in China and delete it 30 days after the account is closed.\n\n' +
        '## Security\n\nWe encrypt the data and restrict access to trained staff.\n\n' +
        '## Parents’ rights\n\nParents can ask us to correct or delete their child’s information at any time.\n\n' +
        '## Contact\n\nTo make a complaint, write to kids@example.com.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'only what is collected',
      lang: 'en',
      markdown:
        "# Children's Privacy Notice\n\n" +
        '## What we collect and why\n\nWith a parent’s consent we collect a child’s nickname and school year, used to create the child’s account.\n',
      status: 'weak',
      findings: [
        { kind: 'no-storage', line: 0 },
        { kind: 'no-security', line: 0 },
        { kind: 'no-refusal-consequences', line: 0 },
        { kind: 'no-complaint-channel', line: 0 },
        { kind: 'no-correction-deletion', line: 0 },
      ],
    },
    {
      name: 'a children’s notice that sets out none of the items',
      lang: 'en',
      markdown: "# Children's Privacy Notice\n\nThis notice applies to our online learning service for children under 14. Parents and guardians should read it carefully.\n",
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'COPPA: a privacy policy that gives every item of the online notice',
      lang: 'en',
      profiles: ['coppa'],
      markdown:
        '# Privacy Policy for Star Sums\n\nStar Sums is a maths game for children operated by Brightleaf Games LLC, 200 Pine Street, Portland, OR 97204, USA; phone +1 503 555 0142; e-mail privacy@brightleaf.example.\n\n' +
        '## What we collect from children and why\n\nWe collect a child’s first name and game progress, used to save the game and show the name on the score board.\n\n' +
        '## Sharing\n\nWe share game progress with our hosting provider Example Cloud Inc. only to store it, and we do not disclose children’s information to other third parties.\n\n' +
        '## Parents’ rights\n\nParents can review their child’s information and ask us to delete it by writing to privacy@brightleaf.example. Parents can also refuse further collection or use of their child’s information at any time.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'COPPA: no word on disclosure to third parties or on refusing further collection',
      lang: 'en',
      profiles: ['coppa'],
      markdown:
        '# Privacy Policy for Star Sums\n\nStar Sums is a maths game for children operated by Brightleaf Games LLC, 200 Pine Street, Portland, OR 97204, USA; phone +1 503 555 0142; e-mail privacy@brightleaf.example.\n\n' +
        '## What we collect from children and why\n\nWe collect a child’s first name and game progress, used to save the game and show the name on the score board.\n\n' +
        '## Parents’ rights\n\nParents can review their child’s information and ask us to delete it by writing to privacy@brightleaf.example.\n',
      status: 'weak',
      findings: [
        { kind: 'no-disclosure-practices', line: 0 },
        { kind: 'no-parent-refusal', line: 0 },
      ],
    },
    {
      name: 'PIPL: an ordinary privacy policy is no children’s notice',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## What we collect\n\nWe collect your e-mail address, used to create your account.\n',
      status: 'not-applicable',
      findings: [],
    },
  ],
};
