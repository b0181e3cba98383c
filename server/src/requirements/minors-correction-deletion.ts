import { defineCues } from '../document/cues';
import { CHILDREN_PROVISIONS, COPPA, MINORS_ONLINE_REGULATIONS, MINORS_PROTECTION_LAW } from '../profiles/citations';
import { channelNearOrPointed } from './channels';
import { sentencesIn, sentencesWith, spanOf, uniqueSentences, within } from './evidence';
import { guardianCues } from './minors-age-and-guardian-consent';
import { minorsContext, minorsSubjectCues } from './minors-support';
import type { Requirement } from './requirement';

export const correctionDeletionCues = defineCues('correction-deletion', {
  zh: ['更正', '删除', '修改', '修正', '补充'],
  en: ['correct', 'correction*', 'rectif*', 'delete', 'deletion', 'erase', 'erasure', 'remove', 'removal', 'amend'],
});

/** What makes a sentence an offer to the user rather than a description of what the operator does. */
export const requestOfferCues = defineCues('request-offer', {
  zh: ['有权', '可以', '可通过', '可向', '可联系', '可随时', '可在', '要求我们', '要求更正', '要求删除', '要求修改', '请求', '申请', '联系我们', '请通过', '请联系', '请与我们联系', '通知后', '通知我们', '提出'],
  en: ['can', 'right to', 'rights to', 'request*', 'ask us', 'ask that', 'contact us', 'please contact', 'write to', 'email us', 'e-mail us', 'direct us', 'review'],
});

/** "If we find that we collected a child's data without consent, we delete it", "deleted when the period ends": the operator acts, not the guardian. */
export const operatorDiscoveryCues = defineCues('operator-discovery', {
  zh: ['我们发现', '如发现', '若发现', '一经发现', '一旦发现', '我们知晓', '我们得知', '我们获悉', '我们意识到', '发现自己', '我们知悉', '到期后', '超出保留', '保留期间后', '期限后', '期限届满', '终止服务或运营', '停止运营'],
  en: ['retention period', 'no longer necessary', 'we learn', 'we discover', 'we become aware', 'we find out', 'we are made aware', 'come to our attention', 'comes to our attention', 'we have learned', 'we learned'],
});

/** Where the way to make the request is given or pointed to. */
const methodPointerCues = defineCues('request-method-pointer', {
  zh: ['联系我们', '联系方式', '途径', '渠道', '方式', '本政策', '本规则', '本指引', '设置', '客服', '邮箱', '电话', '邮件', '反馈'],
  en: ['contact us', 'contacting us', 'contact details', 'contact information', 'email', 'e-mail', 'settings', 'via', 'through', 'below', 'above', 'section'],
});

export const minorsCorrectionDeletion: Requirement = {
  id: 'minors-correction-deletion',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', 'no-method': 'warning' },
  basis: {
    'cn-minors': [MINORS_PROTECTION_LAW.art72_2, MINORS_ONLINE_REGULATIONS.art34, CHILDREN_PROVISIONS.provisions],
    coppa: [COPPA.s312_6],
  },
  primaryCues: correctionDeletionCues,
  trigger: 'The document speaks of minors or children as users, or is a children’s policy.',
  detect({ model, documentType }) {
    const childrenPolicy = documentType === 'children-policy';
    const context = minorsContext(model);
    if (!childrenPolicy && context.sections.length === 0 && context.sentences.length === 0) return { applicable: false, evidence: [], issues: [] };

    const candidates = uniqueSentences([...sentencesIn(model, context.sections.map((section) => model.body(section))), ...sentencesWith(model, correctionDeletionCues)]);
    const offers = candidates.filter((sentence) => {
      if (!model.has(correctionDeletionCues, sentence) || !model.has(requestOfferCues, sentence) || model.has(operatorDiscoveryCues, sentence)) return false;
      // In a children's policy every right is the child's or the guardian's; elsewhere the sentence or its section must say so.
      return childrenPolicy || model.has(guardianCues, sentence) || model.has(minorsSubjectCues, sentence) || within(model, sentence, context.sections);
    });
    if (offers.length === 0) return { evidence: [], issues: [] };
    const evidence = offers.map(spanOf);
    if (offers.some((sentence) => channelNearOrPointed(model, sentence, methodPointerCues))) return { evidence, issues: [] };
    const first = offers[0]!;
    return { evidence, issues: [{ kind: 'no-method', span: spanOf(first), cue: model.firstHit(correctionDeletionCues, first.plainStart, first.plainEnd)?.phrase }] };
  },
  fix: { section: 'children' },
  examples: [
    {
      name: 'guardians may ask for correction or deletion, with a channel',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 未成年人保护\n\n儿童或其监护人有权要求我们更正或删除儿童的个人信息，可发送邮件至 kids@example.cn 提出请求。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'the operator deletes what it finds, the guardian cannot ask',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 未成年人保护\n\n如果我们发现在未事先获得可证实的监护人同意的情况下收集了未成年人的个人信息，则会设法尽快删除相关数据。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'a right without a way to use it',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 未成年人保护\n\n监护人有权要求更正或删除未成年人的个人信息。\n',
      status: 'weak',
      findings: [{ kind: 'no-method', line: 4 }],
    },
    {
      name: 'no minors at all',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 您的权利\n\n您可以在“我的-设置-账号”中更正您的手机号码。\n',
      status: 'not-applicable',
      findings: [],
    },
    {
      name: 'parents can review and delete, by e-mail',
      lang: 'en',
      markdown: "# Privacy Policy\n\n## Children's privacy\n\nA parent or guardian can ask us to correct or delete their child's information by writing to kids@example.com.\n",
      status: 'present',
      findings: [],
    },
    {
      name: 'we delete what we learn about',
      lang: 'en',
      markdown: "# Privacy Policy\n\n## Children's privacy\n\nIf we learn that we have collected data from a child under 14 without parental consent, we will delete it.\n",
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
