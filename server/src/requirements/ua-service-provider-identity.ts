import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence } from '../document/model';
import { ONLINE_TRANSACTIONS_MEASURES, PIPL, SELF_ASSESSMENT } from '../profiles/citations';
import { spanOf } from './evidence';
import type { Requirement } from './requirement';
import { bodySentencesOf, namesLegalEntity } from './user-agreement-support';

/** Words that make a named company the party the user contracts with, or the operator. */
const partyRoleCues = defineCues('ua-party-role', {
  zh: ['本协议是', '本协议由', '您与', '与您', '之间', '订立', '签订', '签署', '缔结', '以下简称', '以下称', '运营', '经营者', '服务提供者', '服务提供方', '提供方', '运营方', '运营者', '开发者', '甲方', '协议双方', '协议主体', '由我们', '我们是', '提供'],
  en: ['between you and', 'agreement between', 'contract between', 'you and', 'operated by', 'provided by', 'owned by', 'offered by', 'published by', 'developed by', 'referred to as', '"we"', '"us"', 'entered into', 'operator', 'provider', 'we are', 'operates', 'provides', 'runs', 'owns'],
});

/** The party clause proper: "本协议是您与……之间的协议", "an agreement between you and …". */
const partyClauseCues = defineCues('ua-party-clause', {
  zh: ['本协议是您与', '本协议由您与', '是您与', '您与', '与您之间', '之间订立', '之间签订', '之间缔结', '协议主体', '甲方'],
  en: ['between you and', 'agreement between', 'contract between', 'entered into by', 'operated by', 'provided by'],
});

/** Definitions that make the named company the provider even where partners are mentioned too. */
const definingRoleCues = defineCues('ua-defining-role', {
  zh: ['以下简称', '以下称', '运营方', '运营者', '经营者', '服务提供者', '服务提供方', '开发和运营', '负责运营'],
  en: ['referred to as', '("', 'operated by', 'provided by', 'operates', 'we are'],
});

/** A company named in these sentences is a partner, not the provider. */
const partnerCues = defineCues('ua-partner', {
  zh: ['第三方', '合作方', '合作伙伴', '商家', '支付机构', '关联公司', '电信运营商', '受托'],
  en: ['third part*', 'partner*', 'seller*', 'merchant*', 'payment provider*', 'affiliate*', 'app store'],
});

export const serviceProviderCues = defineCues('ua-service-provider', {
  zh: ['本协议是您与', '有限公司', '运营方', '经营者', '服务提供者', '以下简称'],
  en: ['agreement between you and', 'operated by', 'provided by', 'ltd', 'inc', 'llc'],
});

function entitySentence(model: DocumentModel, sentences: readonly Sentence[]): Sentence | undefined {
  return sentences.find((s) => namesLegalEntity(model, spanOf(s)) && model.has(partyRoleCues, s) && (!model.has(partnerCues, s) || model.has(partyClauseCues, s) || model.has(definingRoleCues, s)));
}

export const uaServiceProviderIdentity: Requirement = {
  id: 'ua-service-provider-identity',
  appliesTo: ['user-agreement'],
  severities: { missing: 'warning', 'not-legal-entity': 'warning' },
  basis: {
    pipl: [PIPL.art17_1_i, SELF_ASSESSMENT.item9],
    'cn-ecommerce': [ONLINE_TRANSACTIONS_MEASURES],
  },
  primaryCues: serviceProviderCues,
  detect({ model }) {
    const sentences = bodySentencesOf(model);
    const named = entitySentence(model, sentences);
    if (named) return { evidence: [spanOf(named)], issues: [], matched: model.firstHit(partyRoleCues, named.plainStart, named.plainEnd)?.phrase };
    // "XX有限公司用户协议": the title names the company.
    if (model.titleBlock >= 0 && namesLegalEntity(model, spanOf(model.blocks[model.titleBlock]!))) return { evidence: [spanOf(model.blocks[model.titleBlock]!)], issues: [] };
    const party = sentences.find((s) => model.has(partyClauseCues, s));
    if (!party) return { evidence: [], issues: [] };
    const cue = model.firstHit(partyClauseCues, party.plainStart, party.plainEnd)?.phrase;
    return { evidence: [spanOf(party)], issues: [{ kind: 'not-legal-entity', span: spanOf(party), cue }] };
  },
  fix: { section: 'parties' },
  examples: [
    {
      name: 'the agreement names the company the user contracts with',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 一、协议主体\n\n本协议是您与杭州示例网络科技有限公司（以下简称“我们”）之间关于使用示例App的协议。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'the party is only the app or its developer',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 一、总则\n\n本协议是您与示例App开发者之间关于使用示例App的协议。\n',
      status: 'weak',
      findings: [{ kind: 'not-legal-entity', line: 4 }],
    },
    {
      name: 'no contracting party at all',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 一、服务内容\n\n示例App为您提供在线记账服务。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'an agreement between the user and a named company',
      lang: 'en',
      markdown: '# Terms of Service\n\n## 1. About these terms\n\nThese Terms are an agreement between you and Example Apps Ltd ("we").\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'an agreement with a brand name only',
      lang: 'en',
      markdown: '# Terms of Service\n\n## 1. About these terms\n\nThese Terms are an agreement between you and Starlight.\n',
      status: 'weak',
      findings: [{ kind: 'not-legal-entity', line: 4 }],
    },
    {
      name: 'nobody named',
      lang: 'en',
      markdown: '# Terms of Service\n\n## 1. The service\n\nStarlight lets you keep a diary online.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
