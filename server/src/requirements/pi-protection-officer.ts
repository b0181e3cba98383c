import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { GBT35273, GDPR, gdprBasis, NDSR, PIPL, SELF_ASSESSMENT } from '../profiles/citations';
import { channelFor, contactOfferCues, contactPointerCues, hasConcreteChannel, hasWritableChannel, inContactSection, mailOfferCues } from './channels';
import { introductionOf, linesWith, offerCues, sectionsTitled, spanOf } from './evidence';
import type { Requirement } from './requirement';

/** The officer or department responsible for personal-information protection. */
export const officerCues = defineCues('pi-officer', {
  zh: [
    '个人信息保护负责人', '个人信息保护专职部门', '个人信息保护专职人员', '个人信息保护专员', '个人信息保护部门', '个人信息保护机构', '个人信息保护官',
    '个人信息保护团队', '个人信息保护小组', '个人信息保护工作组', '个人信息保护委员会', '个人信息保护专门机构', '个人信息保护的负责人', '个人信息保护相关负责人',
    '个人信息安全负责人', '个人信息安全专职', '隐私保护负责人', '隐私保护专员', '隐私保护部门', '隐私保护团队', '隐私保护专职部门', '隐私保护小组', '隐私保护官',
    '隐私官', '首席隐私官', '数据保护官', '数据保护负责人', '数据保护专员', '数据安全负责人', '隐私专员', '个人信息保护专职', '个保负责人',
  ],
  en: ['data protection officer', 'dpo', 'privacy officer', 'chief privacy officer', 'data protection lead', 'data protection manager', 'privacy lead', 'encarregado', 'personal information protection officer', 'data privacy officer', 'privacy manager', 'data protection team', 'privacy team',
    'privacy compliance officer', 'compliance officer', 'protection officer', 'privacy administrator', 'data protection department', 'personal data protection department', 'data protection specialist', 'privacy specialist', 'data protection contact', 'privacy contact'],
});

/** Nouns of a responsible unit; with ZH_UNIT they name departments such as 数据安全与隐私保护中心. */
const unitNounCues = defineCues('pi-officer-unit', {
  zh: ['负责人', '部门', '中心', '团队', '小组', '委员会', '办公室', '专员', '机构', '专职'],
  en: ['privacy office', 'privacy department', 'data protection office', 'privacy desk', 'privacy and data protection team'],
});
const ZH_UNIT = /(?:个人信息|个人隐私|隐私|数据)[\u4e00-\u9fff]{0,4}(?:保护|安全)[\u4e00-\u9fff]{0,4}?(?:负责人|责任部门|专职部门|部门|中心|团队|小组|委员会|办公室|专员|机构)/g;

/** 儿童个人信息保护负责人 is the children's designated person (minors-designated-person), not the officer. */
const CHILDREN_BEFORE = /(?:儿童|未成年人|未成年|青少年|children's|child)(?:的)? ?$/;

function forChildren(model: DocumentModel, offset: number): boolean {
  return CHILDREN_BEFORE.test(model.plain.slice(Math.max(0, offset - 12), offset));
}

/** The officer or unit named in a sentence, apart from the children's designated person. */
function officerNamed(model: DocumentModel, sentence: Sentence): { start: number; end: number } | undefined {
  const hit = model.hitsIn(officerCues, sentence.plainStart, sentence.plainEnd).find((h) => !forChildren(model, h.start));
  if (hit) return hit;
  const unit = model.firstHit(unitNounCues, sentence.plainStart, sentence.plainEnd);
  if (!unit) return undefined;
  if (model.language === 'en') return unit;
  for (const match of model.textOf(sentence).matchAll(ZH_UNIT)) {
    const start = sentence.plainStart + match.index;
    if (!forChildren(model, start)) return { start, end: start + match[0].length };
  }
  return undefined;
}

/** Whether a sentence names the responsible officer or unit. */
function namesOfficer(model: DocumentModel, sentence: Sentence): boolean {
  return officerNamed(model, sentence) !== undefined;
}

/** Headings of a section about the officer. */
const officerHeadingCues = defineCues('pi-officer-heading', {
  zh: ['个人信息保护负责人', '数据保护官', '个人信息保护专职部门', '隐私保护负责人', '个人信息保护机构'],
  en: ['data protection officer', 'dpo', 'privacy officer'],
});

/** Whether a sentence offers a way to reach the officer, rather than only saying one exists. */
function offers(model: DocumentModel, sentence: Sentence): boolean {
  if (model.has(contactOfferCues, sentence) || (model.has(contactPointerCues, sentence) && model.has(offerCues, sentence)) || hasWritableChannel(model, spanOf(sentence))) return true;
  const intro = introductionOf(model, sentence);
  return intro !== undefined && (model.has(contactOfferCues, intro) || model.has(mailOfferCues, intro));
}

export const piProtectionOfficer: Requirement = {
  id: 'pi-protection-officer',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'warning', 'no-contact': 'warning' },
  basis: {
    pipl: [PIPL.art52, SELF_ASSESSMENT.item9, GBT35273.s11_1, NDSR.art30],
    ...gdprBasis([GDPR.art13_1_b, GDPR.art37_7]),
  },
  primaryCues: officerCues,
  detect({ model }) {
    const mentions = [...new Set([...linesWith(model, officerCues), ...linesWith(model, unitNounCues)])]
      .filter((sentence) => namesOfficer(model, sentence))
      .sort((a, b) => a.plainStart - b.plainStart);
    const sections = sectionsTitled(model, officerHeadingCues, 6);
    let unreachable: Sentence | undefined;
    const evidence: Span[] = [];
    for (const section of sections) {
      const span = { start: model.blocks[section.block]!.plainStart, end: model.body(section).end };
      if (hasWritableChannel(model, span)) evidence.push(span);
    }
    for (const sentence of mentions) {
      const inContact = inContactSection(model, sentence);
      // "我们设立了个人信息保护专职部门" in a security section says one exists, not how to reach it.
      if (!inContact && !offers(model, sentence)) continue;
      const channel = channelFor(model, sentence, (span) => hasWritableChannel(model, span));
      if (channel) evidence.push(spanOf(sentence));
      else if (!unreachable && (offers(model, sentence) || hasConcreteChannel(model, spanOf(sentence)))) unreachable = sentence;
    }
    if (evidence.length > 0) return { evidence, issues: [] };
    if (unreachable) {
      const cue = model.sourceTextOf(officerNamed(model, unreachable)!);
      return { evidence: [spanOf(unreachable)], issues: [{ kind: 'no-contact', span: spanOf(unreachable), args: { cue }, cue }] };
    }
    return { evidence: [], issues: [] };
  },
  fix: { section: 'contact' },
  examples: [
    {
      name: 'an officer with an e-mail address',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 联系我们\n\n我们设立了个人信息保护负责人，您可以通过 dpo@example.cn 与其联系。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'an officer reachable only through customer service',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 其他\n\n如有疑问，您可以联系我们的个人信息保护负责人，请通过在线客服提交。\n',
      status: 'weak',
      findings: [{ kind: 'no-contact', line: 4 }],
    },
    {
      name: 'an officer mentioned among security measures is not a disclosure',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 安全措施\n\n我们设立了个人信息保护专职部门，并定期开展培训。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'DPO with an e-mail address',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact\n\nYou can reach our Data Protection Officer at dpo@example.com.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'DPO named without contact details',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Questions\n\nPlease contact our Data Protection Officer with any question.\n',
      status: 'weak',
      findings: [{ kind: 'no-contact', line: 4 }],
    },
    {
      name: 'no officer',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Contact\n\nWrite to privacy@example.com.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
