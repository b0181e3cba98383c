import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { CAC_METHODS, CCPA_REGS, CHILDREN_PROVISIONS, CSL, GBT35273, GDPR, gdprBasis, NDSR, PIPL, UK_GDPR } from '../profiles/citations';
import { contactHeadingCues, contactOfferCues, contactPointerCues, contactSections, hasConcreteChannel } from './channels';
import { offerCues, sectionSpan, sectionsTitled, sentencesIn, sentencesWith, spanOf } from './evidence';
import type { Detection, Requirement } from './requirement';

export const complaintCues = defineCues('complaint', {
  zh: ['投诉', '举报', '反映'],
  en: ['complaint*', 'complain*', 'grievance*', 'report a concern', 'report a violation'],
});

/** "If you believe your rights were infringed" is a complaint when the sentence says whom to contact. */
const infringementCues = defineCues('infringement', {
  zh: ['权利受到侵害', '权益受到侵害', '侵害个人信息权利', '侵害您的个人信息', '违反法律法规', '违反了法律法规'],
  en: ['infringe*', 'violated your', 'violation of your'],
});

const contactVerbCues = defineCues('contact-verb', {
  zh: ['联系'],
  en: ['contact*'],
});

/** Authorities and courts: complaining to them is external recourse, not the operator's own channel. */
const externalBodyCues = defineCues('external-body', {
  zh: ['网信', '监管部门', '主管部门', '有关部门', '相关部门', '公安', '市场监督', '市监', '消费者权益保护', '消费者协会', '12315', '12321', '人民法院', '法院', '仲裁'],
  en: ['supervisory authority', 'data protection authority', 'regulator', 'attorney general', 'information commissioner', 'court'],
});

/** The user as the one who complains ("如您对…有投诉", "a complaint from you"), or submitting one. */
const complainantCues = defineCues('complainant', {
  zh: ['如您', '如果您', '若您', '您对', '您的投诉', '提交'],
  en: ['if you', 'complaint from you', 'your complaint', 'you believe', 'submit'],
});

/** Data-protection authorities the GDPR and the UK GDPR send complaints to (Art. 77). */
const supervisoryAuthorityCues = defineCues('supervisory-authority', {
  zh: ['监管机构', '数据保护机构', '数据保护监管机构'],
  en: ['supervisory authorit*', 'data protection authorit*', 'data protection supervisory', 'data protection regulator', 'data protection commission*', 'privacy regulator', 'information commissioner*', 'cnil', 'garante', 'aepd', 'supervisory bod*', 'regulatory authorit*', 'competent authorit*', 'supervising authorit*', 'control authorit*'],
});

const lodgeCues = defineCues('lodge-complaint', {
  zh: ['投诉', '申诉'],
  en: ['complaint*', 'complain*', 'lodge', 'appeal', 'right to contact', 'raise a concern', 'raise your concern*', 'enforce'],
});

/** The operator working with authorities on complaints ("we will cooperate with … authorities to resolve complaints"): no right of the reader's. */
const operatorCooperationCues = defineCues('authority-cooperation', {
  en: ['cooperate', 'co-operate', 'work with'],
});

const readerRightCues = defineCues('reader-right', {
  zh: ['有权', '您可以', '你可以'],
  en: ['right to', 'you may', 'you can', 'you have', 'you are entitled'],
});

/** Sentences that tell the reader they may complain to a supervisory authority. */
function authorityComplaints(model: DocumentModel): Sentence[] {
  return sentencesWith(model, supervisoryAuthorityCues).filter(
    (s) => model.has(lodgeCues, s) && (!model.has(operatorCooperationCues, s) || model.has(readerRightCues, s)),
  );
}

/** A way to complain is offered: to the user (您可以, please), as an invitation to get in touch (请联系, write to), or to the user as complainant. */
function offersAWay(model: DocumentModel, sentence: Sentence): boolean {
  return model.has(offerCues, sentence) || model.has(contactOfferCues, sentence) || model.has(complainantCues, sentence);
}

/** Where to look for the channel of a complaint mention: its paragraph, what it points to, its section. */
function channelScopes(model: DocumentModel, sentence: Sentence): Span[] {
  const block = model.blocks[sentence.block]!;
  const scopes: Span[] = [spanOf(block)];
  if (model.has(contactPointerCues, block)) {
    const following = model.blocks[Math.min(sentence.block + 4, model.blocks.length - 1)]!;
    scopes.push({ start: block.plainEnd, end: following.plainEnd });
    const sections = contactSections(model);
    for (const section of sections) scopes.push(sectionSpan(model, section));
    // "the contact details published in this policy": without a contact section, anywhere in it.
    if (sections.length === 0) scopes.push({ start: 0, end: model.plain.length });
  }
  for (const section of model.sectionChain(sentence.plainStart)) {
    if (model.has(contactHeadingCues, model.blocks[section.block]!)) scopes.push(sectionSpan(model, section));
  }
  return scopes;
}

/**
 * Sentences that offer a way to complain: a complaint cue with an offer (您可以 / 请 / you can), or
 * any offering sentence in a section titled for complaints. Complaints directed only at authorities
 * or courts are external recourse, not the operator's channel.
 */
function complaintMentions(model: DocumentModel): Sentence[] {
  const found = new Map<number, Sentence>();
  // An offer (您可以… / you can…), or a label with its channel ("投诉邮箱：…", "Complaints: x@y").
  for (const sentence of sentencesWith(model, complaintCues)) {
    if (offersAWay(model, sentence) || hasConcreteChannel(model, spanOf(sentence))) found.set(sentence.plainStart, sentence);
  }
  for (const sentence of sentencesWith(model, infringementCues)) {
    if (model.has(contactVerbCues, sentence)) found.set(sentence.plainStart, sentence);
  }
  for (const section of sectionsTitled(model, complaintCues)) {
    for (const sentence of sentencesIn(model, model.body(section))) {
      if (offersAWay(model, sentence) || hasConcreteChannel(model, spanOf(sentence))) found.set(sentence.plainStart, sentence);
    }
  }
  return [...found.values()]
    .filter((sentence) => !model.has(externalBodyCues, sentence) || hasConcreteChannel(model, spanOf(sentence)))
    .sort((a, b) => a.plainStart - b.plainStart);
}

/** Profiles whose law wants the operator's own complaint channel (CSL Art. 51; CCPA Regulations §7011(e)(3)(J)). */
const OWN_CHANNEL_GROUPS = ['pipl', 'cn-minors', 'ccpa'];

/** The operator's own complaint channel: a complaint mention with a concrete channel in reach. */
function ownChannel(model: DocumentModel): Detection {
  const mentions = complaintMentions(model);
  for (const sentence of mentions) {
    if (channelScopes(model, sentence).some((scope) => hasConcreteChannel(model, scope))) {
      return { evidence: [spanOf(sentence)], issues: [], matched: model.firstHit(complaintCues, sentence.plainStart, sentence.plainEnd)?.phrase };
    }
  }
  const first = mentions[0];
  if (!first) return { evidence: [], issues: [] };
  const cue = model.firstHit(complaintCues, first.plainStart, first.plainEnd)?.phrase ?? model.textOf(first).slice(0, 20);
  return { evidence: [spanOf(first)], issues: [{ kind: 'not-concrete', span: spanOf(first), cue }] };
}

export const complaintChannel: Requirement = {
  id: 'complaint-channel',
  appliesTo: ['privacy-policy', 'children-policy', 'user-agreement'],
  severities: { missing: 'error', 'not-concrete': 'warning', 'no-authority': 'error' },
  basis: {
    pipl: [CSL.art51, CAC_METHODS.s6_5, NDSR.art20, GBT35273.s8_8, PIPL.art50],
    'cn-minors': [CHILDREN_PROVISIONS.art10_5],
    ...gdprBasis([GDPR.art13_2_d, GDPR.art77], [UK_GDPR.dpa164a]),
    ccpa: [CCPA_REGS.s7011_e_3_J],
  },
  primaryCues: complaintCues,
  detect({ model, groups }) {
    const own = ownChannel(model);
    if (!groups.has('gdpr') && !groups.has('uk-gdpr')) return own;
    // GDPR Art. 13(2)(d): the right to complain to a supervisory authority is the disclosure; other
    // profiles also want the operator's own channel.
    // Without it, the operator's own channel is a complaint disclosure that lacks the authority.
    const authority = authorityComplaints(model);
    const ownNeeded = OWN_CHANNEL_GROUPS.some((group) => groups.has(group));
    if (authority.length === 0) {
      if (own.evidence.length === 0) return { evidence: [], issues: [] };
      return { evidence: own.evidence, issues: [...(ownNeeded ? own.issues : []), { kind: 'no-authority', span: own.evidence[0]! }] };
    }
    const matched = model.firstHit(supervisoryAuthorityCues, authority[0]!.plainStart, authority[0]!.plainEnd)?.phrase;
    return { evidence: [...authority.map(spanOf), ...(ownNeeded ? own.evidence : [])], issues: ownNeeded ? own.issues : [], matched };
  },
  fix: { section: 'contact' },
  examples: [
    {
      name: 'complaint channel with an e-mail address',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n如您对个人信息处理有任何投诉或举报，可发送邮件至 privacy@example.cn，我们将在十五个工作日内答复。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'complaints mentioned, the channel is in the contact section',
      lang: 'zh',
      markdown: '# 隐私政策\n\n如您需要投诉，请通过本政策“联系我们”一节所列方式联系我们。\n\n## 联系我们\n\n电话：400-800-1234\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'complaints mentioned without any channel',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 其他\n\n如您有投诉，请联系我们的客服人员。\n',
      status: 'weak',
      findings: [{ kind: 'not-concrete', line: 4 }],
    },
    {
      name: 'no complaint channel at all',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n邮箱：privacy@example.cn\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'complaints by e-mail',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Complaints\n\nIf you want to complain about how we handle your data, write to complaints@example.com.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'complaints without a concrete channel',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Questions\n\nIf you have a complaint, please let our team know.\n',
      status: 'weak',
      findings: [{ kind: 'not-concrete', line: 4 }],
    },
    {
      name: 'no complaint channel',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact\n\nWrite to privacy@example.com with questions.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'GDPR: the right to complain to a supervisory authority',
      lang: 'en',
      profiles: ['gdpr'],
      markdown: '# Privacy Policy\n\n## Your rights\n\nYou have the right to lodge a complaint with the data protection authority of the EU country where you live.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'GDPR: complaints to us only',
      lang: 'en',
      profiles: ['gdpr'],
      markdown: '# Privacy Policy\n\n## Contact\n\nIf you have a complaint, write to privacy@example.com.\n',
      status: 'weak',
      findings: [{ kind: 'no-authority', line: 4 }],
    },
    {
      name: 'GDPR: the operator cooperates with authorities, the reader is not told of a right',
      lang: 'en',
      profiles: ['gdpr'],
      markdown: '# Privacy Policy\n\n## Disputes\n\nWe will cooperate with data protection authorities to resolve complaints about our handling of personal data.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'GDPR: the right to contact the supervisory authority',
      lang: 'en',
      profiles: ['gdpr'],
      markdown: '# Privacy Policy\n\n## Your rights\n\nYou have the right to contact the supervisory authority of your country to enforce your rights.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'PIPL and GDPR: our channel, no supervisory authority',
      lang: 'en',
      profiles: ['pipl', 'gdpr'],
      markdown: '# Privacy Policy\n\n## Contact\n\nIf you have a complaint, write to privacy@example.com.\n',
      status: 'weak',
      findings: [{ kind: 'no-authority', line: 4 }],
    },
  ],
};
