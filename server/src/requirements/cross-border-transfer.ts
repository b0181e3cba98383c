import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { CROSS_BORDER, GBT35273, GDPR, gdprBasis, PIPL, SELF_ASSESSMENT } from '../profiles/citations';
import { hasConcreteChannel } from './channels';
import { isHeading, negatedBefore, sectionSpan, sectionsTitled, sentencesIn, sentencesWith, sentencesWithAll, spanOf, titleSpan } from './evidence';
import { dataTypeCues } from './data-categories';
import { namesOrganisation, separateConsentCues } from './consent-sharing-support';
import { recipientCues as sharingRecipientCues, sharingVerbCues } from './third-party-sharing';
import { placeCues, storeVerbCues } from './storage-location';
import type { Issue, Requirement } from './requirement';

/** Outside the jurisdiction. */
export const crossBorderCues = defineCues('cross-border', {
  zh: ['境外', '跨境', '出境', '海外', '国外', '全球范围', '其他国家', '其他司法管辖区', '境外管辖区', '所在国家/地区以外', '所在国家以外', '中国以外', '境内外', '向境外', '法域', '司法管辖', '并非位于您所在', '不在您所在的国家'],
  en: ['outside of your', 'outside your', 'outside the country', 'outside of the country', 'outside the eea', 'outside of the eea', 'outside the european', 'outside of the european', 'outside the eu', 'outside of the eu', 'outside the uk', 'outside the united', 'outside of the united', 'outside china', 'outside of china', 'outside mainland china', 'outside of mainland china', 'outside the mainland', 'outside of the mainland', 'outside the prc', 'outside of the prc', "outside the people's republic", 'international transfer*', 'international data transfer*', 'transferred internationally', 'transfer internationally', 'cross-border', 'cross border', 'other countries', 'another country', 'countries other than', 'country other than', 'third countr*', 'abroad', 'overseas', 'standard contractual clauses', 'adequacy decision*', 'privacy shield', 'data privacy framework', 'binding corporate rules', 'different jurisdiction*', 'other jurisdictions', 'countries outside', 'outside of europe', 'outside europe', 'outside of eu', 'outside eu', 'outside of eea', 'outside eea', 'eu/us', 'eu-us', 'eu-u.s.', 'eu-u.s', 'not located in your', 'within or outside', 'inside or outside'],
});

/** Safeguards that exist only for transfers abroad: naming one is a statement about a transfer. */
const transferMechanismCues = defineCues('cross-border-mechanism', {
  en: ['standard contractual clauses', 'adequacy decision*', 'privacy shield', 'data privacy framework', 'binding corporate rules'],
});

export const crossBorderHeadingCues = defineCues('cross-border-heading', {
  zh: ['境外', '跨境', '出境', '全球范围', '国际'],
  en: ['international', 'cross-border', 'cross border', 'transfers outside', 'transfer outside', 'outside china', 'outside mainland china', 'outside of mainland china', 'outside the prc', 'outside the eea', 'outside the eu', 'outside your country', 'global transfer*', 'overseas', 'transfer of data abroad', 'third countr*'],
});

/** Moving or keeping data somewhere. */
const transferVerbCues = defineCues('cross-border-verb', {
  zh: ['传输', '提供', '转移', '存储', '储存', '传送', '发送', '共享', '访问', '处理', '存放', '保存', '传递', '流动'],
  en: ['transfer*', 'transmit*', 'store*', 'stored', 'process*', 'shar*', 'disclos*', 'hosted', 'maintain*', 'located', 'sent', 'send', 'moved', 'access*'],
});

/** Sending data to a named country is a transfer abroad for most readers. */
const strictTransferCues = defineCues('cross-border-strict-verb', {
  zh: ['传输至', '传输到', '转移至', '转移到', '传送至', '传送到', '发送至', '发送到'],
  en: ['transfer*', 'transmit*'],
});
const foreignPlaceCues = defineCues('cross-border-foreign-place', {
  zh: ['美国', '新加坡', '日本', '韩国', '英国', '印度', '加拿大', '澳大利亚', '香港'],
  en: ['united states', 'usa', 'u.s.', 'canada', 'singapore', 'india', 'japan', 'united kingdom', 'australia', 'hong kong'],
});

/** Places in the EEA: abroad for a service in China, home for a GDPR controller. */
const eeaPlaceCues = defineCues('cross-border-eea-place', {
  zh: ['欧盟', '欧洲', '爱尔兰', '德国'],
  en: ['europe', 'ireland', 'germany'],
});

/** Servers or storage in a named country: 服务器位于新加坡, stored on servers in the United States. */
const foreignStorageCues = defineCues('cross-border-foreign-storage', {
  zh: ['服务器位于', '服务器设在', '服务器设于', '服务器部署在', '存储于', '存储在', '存放于', '存放在', '储存于', '储存在', '数据中心'],
  en: ['servers located', 'servers are located', 'server is located', 'servers in', 'stored in', 'stored on servers', 'hosted in', 'data center*', 'data centre*'],
});

/** A conditional or future transfer ("如需跨境传输……"), not one that happens now. */
const conditionalCues = defineCues('cross-border-conditional', {
  zh: ['如果', '如需', '如我们', '如本公司', '如您', '若', '如涉及', '如有', '一旦', '将来', '未来', '假如', '倘若', '需要时', '如因'],
  en: ['if', 'should we', 'in the event', 'in case', 'where we need', 'where necessary', 'to the extent', 'when we need'],
});

/** Foreign processors whose use sends data abroad from a Chinese service (and from most others). */
const foreignVendorCues = defineCues('cross-border-foreign-vendor', {
  zh: ['谷歌'],
  en: ['google', 'firebase', 'admob', 'crashlytics', 'facebook', 'appsflyer', 'onesignal', 'amazon web services', 'mixpanel', 'amplitude', 'sentry', 'applovin', 'unity ads', 'ironsource', 'vungle', 'chartboost', 'mopub', 'flurry'],
});

/** The items of PIPL Art. 39, in groups that one message each can name. */
const recipientCues = defineCues('cross-border-recipient', {
  zh: ['接收方', '接收者', '名称', '姓名', '关联公司', '合作方', '开发商', '机构'],
  en: ['recipient*', 'affiliate*', 'processor*', 'provider*', 'vendor*', 'partner*', 'subsidiar*', 'company', 'companies'],
});
const contactCues = defineCues('cross-border-contact', { zh: ['联系方式', '联系电话', '邮箱', '通讯地址', '联系地址', '注册地址', '办公地址'], en: ['contact', 'e-mail', 'email', 'registered address', 'postal address'] });
const purposeCues = defineCues('cross-border-purpose', {
  zh: ['目的', '为了', '为处理', '为实现', '为完成', '用于', '以便'],
  en: ['purpose*', 'in order to', 'to provide', 'to process', 'to enable', 'so that', 'for the performance', 'necessary for'],
});
const typesCues = defineCues('cross-border-types', { zh: ['种类', '类型', '类别', '个人信息包括', '信息包括', '信息如', '信息(如', '信息,如'], en: ['categor*', 'types of', 'type of', 'information such as', 'data such as', 'including your'] });
const rightsCues = defineCues('cross-border-rights', {
  zh: ['行使', '权利', '权益'],
  en: ['your rights', 'exercise', 'copy of', 'obtain a copy', 'safeguard*', 'right to'],
});

export type CrossBorderStatement = { sentence: Sentence; mode: 'negative' | 'conditional' | 'actual' };
type Statement = CrossBorderStatement;

/**
 * Sentences about personal information leaving the country, each classified. Places in the EEA are
 * abroad for a service in China, not for a GDPR controller (`fromChina: false`).
 */
export function crossBorderStatements(model: DocumentModel, fromChina = true): CrossBorderStatement[] {
  const places = fromChina ? [foreignPlaceCues, eeaPlaceCues] : [foreignPlaceCues];
  const candidates = [
    ...sentencesWithAll(model, crossBorderCues, transferVerbCues),
    ...places.flatMap((placeCues) => [...sentencesWithAll(model, placeCues, strictTransferCues), ...sentencesWithAll(model, placeCues, foreignStorageCues)]),
    ...sentencesWith(model, transferMechanismCues),
  ];
  const unique = [...new Map(candidates.map((s) => [s.plainStart, s])).values()].sort((a, b) => a.plainStart - b.plainStart);
  return unique.map((sentence) => ({ sentence, mode: classify(model, sentence) }));
}

function classify(model: DocumentModel, s: Sentence): Statement['mode'] {
  const hits = [crossBorderCues, foreignPlaceCues, eeaPlaceCues].flatMap((cues) => model.hitsIn(cues, s.plainStart, s.plainEnd)).sort((a, b) => a.start - b.start);
  const affirmed = hits.filter((hit) => !negatedBefore(model, s, hit.start));
  if (affirmed.length === 0) return 'negative';
  return model.hitsIn(conditionalCues, s.plainStart, affirmed[0]!.start).length > 0 ? 'conditional' : 'actual';
}

/** Where the details of a transfer can be: its paragraph and, for a short section, the section. */
function scopeOf(model: DocumentModel, s: Sentence, sections: readonly Span[]): Span[] {
  const block = model.blocks[s.block]!;
  const scopes: Span[] = [{ start: block.plainStart, end: block.plainEnd }, ...sections];
  const section = model.sectionOf(s.plainStart);
  if (section && model.bodyLength(section) <= 1500) scopes.push(sectionSpan(model, section));
  return scopes;
}

/** Profiles under which giving data to any recipient calls for a word on transfers abroad: an EEA or UK controller's recipients are often elsewhere. */
const RECIPIENT_TRANSFER_GROUPS = ['gdpr', 'uk-gdpr'];

export const crossBorderTransfer: Requirement = {
  id: 'cross-border-transfer',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', 'no-recipient': 'error', 'no-details': 'error', 'no-rights-route': 'error', 'no-separate-consent': 'error', 'no-statement': 'info' },
  basis: {
    pipl: [PIPL.art39, PIPL.art38, PIPL.art40, CROSS_BORDER.assessmentMeasures, CROSS_BORDER.flowProvisions, GBT35273.s9_8, SELF_ASSESSMENT.guide],
    ...gdprBasis([GDPR.art13_1_f]),
  },
  primaryCues: crossBorderCues,
  trigger: 'The policy mentions personal information leaving the country (境外, 跨境, 出境, servers or recipients abroad, foreign processors such as Google or Firebase); under gdpr and uk-gdpr also when it gives personal data to any recipient.',
  detect({ model, groups }) {
    const sections = sectionsTitled(model, crossBorderHeadingCues).map((s) => sectionSpan(model, s));
    // PIPL Arts. 38-39 ask for the recipient, the details, the route to rights and separate consent; the GDPR for the fact of the transfer.
    const pipl = groups.has('pipl');
    const statements: Statement[] = crossBorderStatements(model, pipl);
    if (statements.length === 0 && sections.length > 0) {
      for (const span of sections) for (const sentence of sentencesIn(model, span)) if (!isHeading(model, sentence)) statements.push({ sentence, mode: 'actual' });
    }
    if (statements.length === 0) {
      // Data sent to foreign processors is a transfer the policy should explain.
      const vendor = model.hits(foreignVendorCues)[0];
      if (vendor) return { evidence: [], issues: [], matched: vendor.phrase };
      // Under the GDPR a policy that gives personal data to recipients says whether they are outside the EEA (Art. 13(1)(f)).
      const recipient = RECIPIENT_TRANSFER_GROUPS.some((group) => groups.has(group)) ? sentencesWithAll(model, sharingVerbCues, sharingRecipientCues)[0] : undefined;
      if (recipient) return { evidence: [], issues: [], matched: model.firstHit(sharingRecipientCues, recipient.plainStart, recipient.plainEnd)?.phrase };
      // The note goes where the policy says where data are stored, else on the title.
      const storage = sentencesWithAll(model, storeVerbCues, placeCues)[0];
      const span = storage ? spanOf(storage) : titleSpan(model);
      return { applicable: false, evidence: [], issues: [{ kind: 'no-statement', span }] };
    }

    const evidence = statements.map((s) => spanOf(s.sentence));
    const issues: Issue[] = [];
    const actual = statements.filter((s) => s.mode === 'actual');
    const consentScopes = statements.flatMap((s) => scopeOf(model, s.sentence, sections));
    const inScopes = (scopes: readonly Span[], test: (span: Span) => boolean) => scopes.some(test);
    const hasCue = (cues: Parameters<DocumentModel['hitsIn']>[0]) => (span: Span) => model.hitsIn(cues, span.start, span.end).length > 0;

    const matched = model.firstHit(crossBorderCues, evidence[0]!.start, evidence[0]!.end)?.phrase;
    if (!pipl) return { evidence, issues, matched };
    if (actual.length > 0) {
      const anchor = spanOf(actual[0]!.sentence);
      const scopes = actual.flatMap((s) => scopeOf(model, s.sentence, sections));
      const named = inScopes(scopes, (span) => namesOrganisation(model, span) || hasCue(recipientCues)(span));
      const reachable = inScopes(scopes, (span) => hasCue(contactCues)(span) || hasConcreteChannel(model, span));
      if (!named || !reachable) issues.push({ kind: 'no-recipient', span: anchor });
      const purpose = inScopes(scopes, hasCue(purposeCues));
      const types = inScopes(scopes, (span) => hasCue(typesCues)(span) || model.hitsIn(dataTypeCues, span.start, span.end).length > 0);
      if (!purpose || !types) issues.push({ kind: 'no-details', span: anchor });
      if (!inScopes(scopes, hasCue(rightsCues))) issues.push({ kind: 'no-rights-route', span: anchor });
    }
    const needsConsent = statements.filter((s) => s.mode !== 'negative');
    if (needsConsent.length > 0 && !inScopes(consentScopes, hasCue(separateConsentCues))) {
      issues.push({ kind: 'no-separate-consent', span: spanOf(needsConsent[0]!.sentence) });
    }
    return { evidence, issues, matched };
  },
  fix: { section: 'cross-border' },
  examples: [
    {
      name: 'no transfer abroad, said explicitly',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 存储地点\n\n我们在中华人民共和国境内收集的个人信息存储于境内，不会向境外提供。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a future transfer with separate consent',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 跨境传输\n\n如需向境外提供您的个人信息，我们将告知境外接收方的名称和联系方式、处理目的、处理方式、个人信息的种类以及您行使权利的方式，并取得您的单独同意。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a transfer without the Art. 39 details or separate consent',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 其他\n\n为处理跨境业务，您的个人信息可能需要传输至境外。\n',
      status: 'weak',
      findings: [
        { kind: 'no-recipient', line: 4 },
        { kind: 'no-details', line: 4 },
        { kind: 'no-rights-route', line: 4 },
        { kind: 'no-separate-consent', line: 4 },
      ],
    },
    {
      name: 'no mention of transfers abroad',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n邮箱：privacy@example.cn\n',
      status: 'not-applicable',
      findings: [{ kind: 'no-statement', line: 0 }],
    },
    {
      name: 'a foreign processor but no word on transfers',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 统计分析\n\n我们使用谷歌分析统计各页面的访问次数。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'a foreign processor but no word on transfers',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Analytics\n\nWe use Firebase Analytics to count how often each screen is opened.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'GDPR: data given to service providers, no word on where they are',
      lang: 'en',
      profiles: ['gdpr'],
      markdown: '# Privacy Policy\n\n## Sharing\n\nWe share your e-mail address with our service providers to deliver newsletters.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'GDPR: hosting in Germany is no transfer abroad; the fact of a transfer is the disclosure',
      lang: 'en',
      profiles: ['gdpr'],
      markdown:
        '# Privacy Policy\n\n## Where your data goes\n\nOur hosting provider stores your data on servers in Germany. Our support tool sends your e-mail address to its provider in the United States under the standard contractual clauses.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'transfers described with recipient, purpose, data and rights',
      lang: 'en',
      markdown:
        '# Privacy Policy\n\n## International transfers\n\nWe transfer your account data (name and e-mail address) to our hosting provider Example Cloud Inc., 1 Main Street, Dublin, Ireland, to provide the service, with your explicit consent. You can exercise your rights against the recipient by writing to privacy@example.com.\n',
      status: 'present',
      findings: [],
    },
  ],
};
