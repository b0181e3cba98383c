import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { FACE_MEASURES, GBT42574, NDSR, PIPL } from '../profiles/citations';
import { processingVerbCues, sensitiveCues, separateConsentCues, separateConsentSentences } from './consent-sharing-support';
import { crossBorderStatements } from './cross-border-transfer';
import { affirmedHits, sectionSpan, sectionsTitled, sentencesWithAll, spanOf } from './evidence';
import { recipientCues, sharingHeadingCues } from './third-party-sharing';
import type { Issue, Requirement } from './requirement';

/** Public disclosure (PIPL Art. 25). */
const publicDisclosureCues = defineCues('separate-public-disclosure', {
  zh: ['公开披露', '公开您的个人信息', '公开你的个人信息', '向公众披露'],
  en: ['publicly disclose', 'public disclosure', 'make public', 'disclose publicly'],
});

/** Provision to another processor (PIPL Art. 23): not entrusted processing on the operator's behalf (Art. 21). */
const provisionCues = defineCues('separate-provision', {
  zh: ['共享', '提供给', '对外提供', '向第三方提供', '披露给', '转让', '分享给', '出售'],
  en: ['share', 'shares', 'shared', 'sharing', 'disclose*', 'sell', 'sold', 'transfer*', 'provide your'],
});
const entrustedCues = defineCues('separate-entrusted', {
  zh: ['委托', '受托', '代表我们', '按照我们的指示', '按照我们的要求'],
  en: ['on our behalf', 'processor*', 'our instructions', 'service provider*'],
});

/** Definitions and lists of what counts as sensitive are not processing. */
const definitionCues = defineCues('separate-definition', {
  zh: ['是指', '指的是', '定义', '一旦泄露', '包括但不限于'],
  en: ['means', 'refers to', 'defined as', 'definition'],
});

const sensitiveHeadingCues = defineCues('separate-sensitive-heading', { zh: ['敏感'], en: ['sensitive', 'special categor*'] });

type Trigger = 'sharing' | 'disclosure' | 'sensitive';

interface Found {
  trigger: Trigger;
  /** Where a separate-consent statement for it may stand: its sections, innermost first. */
  scopes: Span[];
  anchor: Sentence;
  topic: Parameters<DocumentModel['has']>[0];
}

/** The sentence's own section (the nearest heading), where a statement about it belongs. */
function innermost(model: DocumentModel, s: Sentence): Span[] {
  const section = model.sectionOf(s.plainStart);
  return section ? [sectionSpan(model, section)] : [];
}

function findTriggers(model: DocumentModel): Found[] {
  const found: Found[] = [];
  // Art. 23: provision to other processors, described in a sharing section or in sentences.
  const sharingSentences = sentencesWithAll(model, provisionCues, recipientCues).filter((s) => affirmedHits(model, provisionCues, s).length > 0 && !model.has(entrustedCues, s));
  const sharingSections = sectionsTitled(model, sharingHeadingCues, 20).filter((section) => {
    const body = model.body(section);
    return sharingSentences.some((s) => s.plainStart >= body.start && s.plainEnd <= body.end);
  });
  const sharingAnchor = sharingSentences[0];
  if (sharingAnchor) {
    const scopes = [...sharingSections.map((s) => sectionSpan(model, s)), ...sharingSentences.flatMap((s) => innermost(model, s))];
    found.push({ trigger: 'sharing', scopes, anchor: sharingAnchor, topic: provisionCues });
  }
  // Art. 25: public disclosure that may happen (not only "we never disclose publicly").
  const disclosures = sentencesWithAll(model, publicDisclosureCues).filter((s) => affirmedHits(model, publicDisclosureCues, s).length > 0);
  if (disclosures.length > 0) {
    found.push({ trigger: 'disclosure', scopes: disclosures.flatMap((s) => innermost(model, s)), anchor: disclosures[0]!, topic: publicDisclosureCues });
  }
  // Art. 29: sensitive personal information that is processed (not a definition).
  const sensitive = sentencesWithAll(model, sensitiveCues, processingVerbCues).filter((s) => !model.has(definitionCues, s) && affirmedHits(model, sensitiveCues, s).length > 0);
  const sensitiveSections = sectionsTitled(model, sensitiveHeadingCues);
  if (sensitive.length > 0) {
    const scopes = [...sensitiveSections.map((s) => sectionSpan(model, s)), ...sensitive.flatMap((s) => innermost(model, s))];
    found.push({ trigger: 'sensitive', scopes, anchor: sensitive[0]!, topic: sensitiveCues });
  }
  return found;
}

const KIND: Record<Trigger, string> = {
  sharing: 'no-separate-consent-sharing',
  disclosure: 'no-separate-consent-disclosure',
  sensitive: 'no-separate-consent-sensitive',
};

export const separateConsentTriggers: Requirement = {
  id: 'separate-consent-triggers',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: {
    missing: 'error',
    'no-separate-consent-sharing': 'error',
    'no-separate-consent-disclosure': 'error',
    'no-separate-consent-sensitive': 'error',
  },
  basis: {
    pipl: [PIPL.art23, PIPL.art25, PIPL.art29, PIPL.art39, PIPL.art26, NDSR.art22_2, GBT42574],
    'cn-face': [FACE_MEASURES.art6, FACE_MEASURES.art8],
  },
  primaryCues: separateConsentCues,
  trigger: 'The policy describes provision to other processors (PIPL Art. 23), public disclosure (Art. 25), sensitive personal information (Art. 29) or a transfer abroad (Art. 39).',
  detect({ model }) {
    const triggers = findTriggers(model);
    const abroad = crossBorderStatements(model).some((s) => s.mode !== 'negative');
    if (triggers.length === 0 && !abroad) return { applicable: false, evidence: [], issues: [] };
    const statements = separateConsentSentences(model);
    if (statements.length === 0) return { evidence: [], issues: [] };

    const issues: Issue[] = [];
    for (const found of triggers) {
      const inSection = found.scopes.some((span) => statements.some((s) => s.plainStart >= span.start && s.plainEnd <= span.end));
      const onTopic = statements.some((s) => model.has(found.topic, s));
      if (!inSection && !onTopic) issues.push({ kind: KIND[found.trigger], span: spanOf(found.anchor) });
    }
    return { evidence: statements.map(spanOf), issues, matched: model.firstHit(separateConsentCues, statements[0]!.plainStart, statements[0]!.plainEnd)?.phrase };
  },
  fix: { section: 'collection' },
  examples: [
    {
      name: 'separate consent stated where sharing and sensitive data are described',
      lang: 'zh',
      markdown:
        '# 隐私政策\n\n## 我们收集的敏感个人信息\n\n使用刷脸登录时，我们会收集您的人脸信息，并在收集前通过弹窗单独征得您的同意。\n\n## 我们如何共享您的个人信息\n\n我们向第三方提供您的个人信息前，会告知接收方名称和联系方式，并取得您的单独同意。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'sharing described, separate consent only for sensitive data',
      lang: 'zh',
      markdown:
        '# 隐私政策\n\n## 敏感个人信息\n\n我们收集您的身份证号码用于实名认证，收集前会单独征得您的同意。\n\n## 共享\n\n我们会与合作伙伴共享您的订单信息，以完成配送。\n',
      status: 'weak',
      findings: [{ kind: 'no-separate-consent-sharing', line: 8 }],
    },
    {
      name: 'sensitive data collected, separate consent never mentioned',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的信息\n\n为完成实名认证，我们会收集您的身份证号码和人脸信息。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'no trigger processing',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的信息\n\n我们收集您的昵称用于展示。\n',
      status: 'not-applicable',
      findings: [],
    },
    {
      name: 'sensitive data with a separate consent screen',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Sensitive data\n\nWe collect your fingerprint only after you give separate consent on a dedicated screen.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'sharing with partners, no separate consent',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Sensitive data\n\nWe process health data only with your explicit consent.\n\n## Sharing\n\nWe share your purchase history with advertising partners.\n',
      status: 'weak',
      findings: [{ kind: 'no-separate-consent-sharing', line: 8 }],
    },
    {
      name: 'sharing with a named courier, separate consent never mentioned',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Sharing\n\nWe share your name and delivery address with our delivery partner, Example Logistics Ltd., so that it can deliver your parcel.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
