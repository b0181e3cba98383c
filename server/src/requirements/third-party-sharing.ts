import { defineCues } from '../document/cues';
import type { DocumentModel, Section, Sentence, Span } from '../document/model';
import { CAC_METHODS, CCPA, CIVIL_CODE, COPPA, CSL, GBT35273, GDPR, gdprBasis, NDSR, ONLINE_TRANSACTIONS_MEASURES, PIPL, SELF_ASSESSMENT } from '../profiles/citations';
import { namesOrganisation } from './consent-sharing-support';
import { affirmedHits, blockOf, bodySentences, cueText, followingBlocks, sectionHasTable, sectionSpan, sectionsTitled, sentencesWithAll, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

export const sharingHeadingCues = defineCues('sharing-heading', {
  zh: ['共享', '转让', '公开披露', '对外提供', '委托处理', '分享', '披露', '提供给第三方', '向第三方提供', '第三方'],
  en: ['share', 'sharing', 'shared', 'disclos*', 'third part*', 'recipient*', 'who we share', 'transfer of your', 'transfers of your', 'service providers', 'selling', 'sale of'],
});

/** Giving personal information to someone else. */
export const sharingVerbCues = defineCues('sharing-verb', {
  zh: ['共享', '提供给', '对外提供', '向第三方提供', '披露给', '转让', '委托', '分享', '提供您的', '提供你的', '发送给', '传输给', '传递给', '出售', '出租', '转交'],
  en: ['share', 'shares', 'shared', 'sharing', 'disclose*', 'disclosing', 'disclosure*', 'sell', 'sold', 'rent', 'transfer*', 'provide your', 'provide it', 'provide this', 'provide such', 'pass', 'passed', 'give access', 'make available', 'made available', 'distribut*', 'disseminat*', 'employ', 'engage'],
});

/** Who receives it. */
export const recipientCues = defineCues('sharing-recipient', {
  zh: ['第三方', '合作伙伴', '合作方', '关联公司', '关联方', '关联企业', '服务商', '服务提供商', '服务提供方', '供应商', '接收方', '受托方', '受托者', '其他公司', '任何公司', '任何第三方', '商家', '机构', '政府部门'],
  en: ['third part*', 'partner*', 'affiliate*', 'service provider*', 'vendor*', 'processor*', 'sub-processor*', 'recipient*', 'advertiser*', 'contractor*', 'companies', 'company', 'agents', 'authorities', 'law enforcement', 'subsidiar*'],
});

/** Third parties that collect data in the service: SDK vendors, ad networks, analytics. */
const thirdPartyCollectorCues = defineCues('sharing-collector', {
  zh: ['第三方sdk', '第三方服务商', '第三方服务提供商', '第三方合作伙伴', '广告合作伙伴', '合作方sdk', '第三方平台', '第三方支付'],
  en: ['third-party service*', 'third party service*', 'third-party provider*', 'third party provider*', 'service provider*', 'advertising partner*', 'ad network*', 'advertisers', 'analytics provider*', 'third-party vendor*', 'third party vendor*', 'google analytics', 'admob', 'firebase', 'google play services', 'facebook'],
});
/** Vendors whose kits collect data in other companies' apps (not login or payment providers). */
const collectorVendorCues = defineCues('sharing-collector-vendor', {
  zh: ['友盟', '极光', '个推', '穿山甲', '广点通', 'bugly', '神策', 'talkingdata', '热云', '数美'],
  en: ['google', 'firebase', 'admob', 'crashlytics', 'facebook', 'appsflyer', 'adjust sdk', 'onesignal', 'mixpanel', 'amplitude', 'sentry', 'applovin', 'unity ads', 'ironsource', 'vungle', 'chartboost', 'mopub', 'inmobi', 'flurry', 'hotjar', 'bugsnag'],
});
const thirdPartyCollectCues = defineCues('sharing-collect', {
  zh: ['收集', '获取', '采集', '读取', '接收'],
  en: ['collect*', 'receive*', 'gather*', 'access*', 'obtain*', 'record*', 'track*', 'provided by', 'is used to', 'are used to', 'to process', 'processes'],
});
/** Data coming from third parties is collection, not sharing. */
const fromThirdPartyCues = defineCues('sharing-from-third-party', {
  zh: ['从第三方', '自第三方', '来自第三方', '第三方来源', '从关联公司', '从合作伙伴', '从我们的合作伙伴', '向第三方获取', '从第三方获取'],
  en: ['from third part*', 'from other sources', 'from our partners', 'from partners', 'from third-party', 'from service providers'],
});

/** Mentions that are not the operator's sharing: a copy sent where the user asks, the scope of the policy. */
const notOurSharingCues = defineCues('sharing-not-ours', {
  zh: ['您指定的第三方', '你指定的第三方', '您指定的其他', '不适用于', '其自己的隐私政策', '其隐私政策'],
  en: ['does not apply', 'do not apply', 'their own privacy polic*', 'you direct', 'at your direction', 'you choose to share'],
});

/** Recipients named only by kind (catalogue §15). */
const genericRecipientCues = defineCues('sharing-generic-recipient', {
  zh: ['合作伙伴', '合作方', '关联公司', '关联方', '关联企业', '第三方服务商', '第三方服务提供商', '服务提供商', '供应商', '受信任的第三方', '授权合作伙伴', '业务合作伙伴'],
  en: ['partners', 'trusted third part*', 'selected third part*', 'affiliates', 'service providers', 'vendors', 'third parties', 'third-party companies'],
});

/** A list or table of recipients published elsewhere (MIIT 2021 third-party sharing list). */
export const sharingListCues = defineCues('sharing-list', {
  zh: ['共享清单', '共享信息清单', '共享个人信息清单', '第三方信息共享清单', '第三方共享清单', '合作方清单', '合作方列表', '第三方列表', '第三方清单', 'sdk清单', 'sdk列表', 'sdk目录', 'sdk说明', 'sdk情况', '服务商说明', '服务商列表', '合作伙伴列表', '合作伙伴清单', '接收方清单', '接收方名称', '对外提供个人信息清单', '提供个人信息清单'],
  en: ['list of third part*', 'list of our partners', 'list of partners', 'list of service providers', 'list of sub-processors', 'list of subprocessors', 'list of processors', 'list of recipients', 'list of vendors', 'following third parties', 'following service providers', 'following partners', 'following companies', 'such as google', 'including google'],
});

/** "We may disclose your information to:" followed by a list of recipients. */
function introducedLists(model: DocumentModel): Sentence[] {
  return sentencesWithAll(model, sharingVerbCues).filter((s) => {
    if (!/[:：]$/.test(model.textOf(s))) return false;
    const next = model.blocks[s.block + 1];
    return next !== undefined && model.has(recipientCues, next);
  });
}

function sharingScopes(model: DocumentModel, sections: readonly Section[], sentences: readonly Sentence[]): Span[] {
  return [...sections.map((s) => sectionSpan(model, s)), ...sentences.map((s) => blockOf(model, s))];
}

/** Whether recipients are identified: by name, in a table, or by reference to a published list. */
export function recipientsIdentified(model: DocumentModel, scopes: readonly Span[], sections: readonly Section[]): boolean {
  if (model.hits(sharingListCues).length > 0) return true;
  if (sections.some((section) => sectionHasTable(model, section))) return true;
  return scopes.some((span) => namesOrganisation(model, span));
}

export const thirdPartySharing: Requirement = {
  id: 'third-party-sharing',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'error', 'unnamed-recipients': 'warning' },
  basis: {
    pipl: [PIPL.art23, PIPL.art22, PIPL.art25, CSL.art44, CIVIL_CODE.art1038, CAC_METHODS.s5_1to3, NDSR.art21_2para, SELF_ASSESSMENT.item14, GBT35273.s9_1to4],
    'cn-ecommerce': [ONLINE_TRANSACTIONS_MEASURES],
    ...gdprBasis([GDPR.art13_1_e]),
    ccpa: [CCPA.s110_c, CCPA.s115, CCPA.s130_a_5_C],
    coppa: [COPPA.s312_4_d_2],
  },
  primaryCues: sharingHeadingCues,
  detect({ model }) {
    const named = sentencesWithAll(model, sharingVerbCues).filter((s) => namesOrganisation(model, spanOf(s)));
    const given = [...sentencesWithAll(model, sharingVerbCues, recipientCues), ...named, ...introducedLists(model)];
    // Third parties that collect through the service (SDKs, ad networks, analytics) receive data too.
    const collected = [...sentencesWithAll(model, thirdPartyCollectorCues, thirdPartyCollectCues), ...sentencesWithAll(model, collectorVendorCues, thirdPartyCollectCues)];
    const sentences = [...new Map([...given, ...collected].map((s) => [s.plainStart, s])).values()]
      .sort((a, b) => a.plainStart - b.plainStart)
      .filter((s) => !model.has(notOurSharingCues, s) && !model.has(fromThirdPartyCues, s));
    // A sharing heading counts when its body says who receives what (a heading over leftovers does not).
    const sections = sectionsTitled(model, sharingHeadingCues, 20).filter((section) => {
      const body = model.body(section);
      return sentences.some((s) => s.plainStart >= body.start && s.plainEnd <= body.end);
    });
    // One statement is enough when a list of named recipients follows it.
    const listed = sentences.length === 1 && namesOrganisation(model, followingBlocks(model, sentences[0]!, 6));
    if (sections.length === 0 && sentences.length < 2 && !listed) return { evidence: [], issues: [] };

    const evidence = [...sections.map((s) => model.body(s)), ...sentences.map(spanOf)];
    const scopes = sharingScopes(model, sections, sentences);
    const issues: Issue[] = [];
    if (!recipientsIdentified(model, scopes, sections)) {
      const candidates = [...bodySentences(model, sections.map((s) => model.body(s))), ...sentences];
      const vague = candidates.find((s) => model.has(genericRecipientCues, s) && affirmedHits(model, sharingVerbCues, s).length > 0);
      if (vague) {
        const cue = cueText(model, model.firstHit(genericRecipientCues, vague.plainStart, vague.plainEnd)!);
        issues.push({ kind: 'unnamed-recipients', span: spanOf(vague), args: { cue }, cue });
      }
    }
    return { evidence, issues, matched: sections[0]?.title ?? (sentences[0] ? model.firstHit(sharingVerbCues, sentences[0].plainStart, sentences[0].plainEnd)?.phrase : undefined) };
  },
  fix: { section: 'sharing' },
  examples: [
    {
      name: 'recipients named with what they receive',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们如何共享您的个人信息\n\n为完成支付，我们会将订单号和支付金额提供给支付宝（中国）网络技术有限公司。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'only "partners", no list',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们如何共享您的个人信息\n\n我们可能会与合作伙伴共享您的设备信息，用于广告投放。\n',
      status: 'weak',
      findings: [{ kind: 'unnamed-recipients', line: 4 }],
    },
    {
      name: 'partners listed in a published sharing list',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们如何共享您的个人信息\n\n我们可能会与合作伙伴共享您的设备信息，具体请见《第三方信息共享清单》。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'nothing on sharing',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n邮箱：privacy@example.cn\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'named processors',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## How we share your information\n\nWe share crash reports with Sentry and payment details with Stripe, Inc. to process your orders.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'trusted partners only',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## How we share your information\n\nWe may share your information with trusted third parties for marketing.\n',
      status: 'weak',
      findings: [{ kind: 'unnamed-recipients', line: 4 }],
    },
    {
      name: 'nothing on sharing',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact\n\nWrite to privacy@example.com.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
