import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { CAC_METHODS, CHILDREN_PROVISIONS, CSL, GBT35273, NDSR, PIPL } from '../profiles/citations';
import { contactHeadingCues, hasConcreteChannel } from './channels';
import { inSectionTitled, sectionSpan, sectionsTitled, sentencesWith, spanOf } from './evidence';
import type { Requirement } from './requirement';

export const complaintCues = defineCues('complaint', {
  zh: ['投诉', '举报', '申诉'],
  en: ['complaint*', 'complain*', 'grievance*'],
});

/** Words that turn a mention of complaints into an offer of a way to make one. */
const offerCues = defineCues('complaint-offer', {
  zh: ['可以', '可通过', '可向', '请', '有权', '如您', '如果您', '若您', '联系', '发送', '拨打', '提交', '渠道', '途径'],
  en: ['you can', 'you may', 'please', 'contact', 'e-mail', 'email', 'call', 'write to', 'submit', 'send', 'right to', 'if you'],
});

/** A complaint sentence that points elsewhere for the channel. */
const pointerCues = defineCues('contact-pointer', {
  zh: ['联系我们', '联系方式', '以下', '如下', '下列', '下述', '上述', '前述'],
  en: ['contact us', 'contact details', 'contact information', 'below', 'following', 'above', 'set out'],
});

/** Where to look for the channel of a complaint mention: its paragraph, what it points to, its section. */
function channelScopes(model: DocumentModel, sentence: Sentence): Span[] {
  const block = model.blocks[sentence.block]!;
  const scopes: Span[] = [spanOf(block)];
  if (model.has(pointerCues, block)) {
    const following = model.blocks[Math.min(sentence.block + 4, model.blocks.length - 1)]!;
    scopes.push({ start: block.plainEnd, end: following.plainEnd });
    for (const section of sectionsTitled(model, contactHeadingCues)) scopes.push(sectionSpan(model, section));
  }
  for (const section of model.sectionChain(sentence.plainStart)) {
    if (model.has(contactHeadingCues, model.blocks[section.block]!)) scopes.push(sectionSpan(model, section));
  }
  return scopes;
}

export const complaintChannel: Requirement = {
  id: 'complaint-channel',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', 'not-concrete': 'warning' },
  basis: {
    pipl: [CSL.art51, CAC_METHODS.s6_5, NDSR.art20, GBT35273.s8_8, PIPL.art50],
    'cn-minors': [CHILDREN_PROVISIONS.art10_5],
  },
  primaryCues: complaintCues,
  detect({ model }) {
    const mentions = sentencesWith(model, complaintCues).filter(
      (sentence) => model.has(offerCues, sentence) || inSectionTitled(model, sentence.plainStart, complaintCues),
    );
    for (const sentence of mentions) {
      if (channelScopes(model, sentence).some((scope) => hasConcreteChannel(model, scope))) {
        return { evidence: [spanOf(sentence)], issues: [], matched: model.firstHit(complaintCues, sentence.plainStart, sentence.plainEnd)?.phrase };
      }
    }
    const first = mentions[0];
    if (!first) return { evidence: [], issues: [] };
    const cue = model.firstHit(complaintCues, first.plainStart, first.plainEnd)?.phrase;
    return { evidence: [spanOf(first)], issues: [{ kind: 'not-concrete', span: spanOf(first), cue }] };
  },
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
  ],
};
