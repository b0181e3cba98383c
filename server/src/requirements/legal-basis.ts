import { defineCues } from '../document/cues';
import type { Span } from '../document/model';
import { GDPR, gdprBasis, PIPL, UK_GDPR } from '../profiles/citations';
import { forwardCues, linesWith, sectionSpan, sectionsTitled, spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

/** Lawful bases and the sections that state them. */
export const legalBasisCues = defineCues('legal-basis', {
  zh: [
    '合法性基础', '合法基础', '法律依据', '法律基础', '处理依据', '处理的依据', '合法依据', '征得授权同意的例外', '征得同意的例外', '同意的例外', '授权同意的例外', '无需征得', '无需事先征得',
    '无需征求', '无需取得', '无需经过您的同意', '无需您的同意', '无需再征得', '订立、履行', '订立或者履行', '订立或履行', '履行合同', '合同所必需', '法定职责', '法定义务',
  ],
  en: [
    'legal basis', 'legal bases', 'lawful basis', 'lawful bases', 'legal ground*', 'lawful ground*', 'article 6', 'art. 6', 'legitimate interest*', 'performance of a contract', 'performance of the contract',
    'perform a contract', 'perform our contract', 'contractual necessity', 'necessary for the performance', 'legal obligation*', 'comply with a legal', 'vital interest*', 'public interest',
  ],
});

const basisHeadingCues = defineCues('legal-basis-heading', {
  zh: ['合法性基础', '法律依据', '处理依据', '合法依据', '例外'],
  en: ['legal basis', 'legal bases', 'lawful basis', 'lawful bases', 'legal ground*', 'grounds for processing'],
});

/** A legitimate interest, and words that say what the interest is. */
const interestCues = defineCues('legitimate-interest', {
  en: ['legitimate interest*', 'legitimate business interest*'],
});
const INTEREST_DESCRIBED = /legitimate (?:business )?interests?(?: of [a-z ]{1,40}?)?[,:;(\- ]{1,3}(?:to|in|namely|such as|including|include|includes|which|that|for|being|is|are|e\.g|i\.e|like|as)\b/;

/** "You can object to processing based on our legitimate interests": a right, not a reliance. */
const rightCues = defineCues('legal-basis-right', {
  en: ['object', 'objection', 'restrict', 'right to', 'you can', 'you may', 'you have the right'],
});

export const legalBasis: Requirement = {
  id: 'legal-basis',
  appliesTo: ['privacy-policy', 'children-policy'],
  severities: { missing: 'info', 'undescribed-interest': 'info' },
  // GDPR / UK GDPR Art. 13(1)(c) and (d): the basis, and the legitimate interest relied on, must be given.
  severitiesByGroup: { gdpr: { missing: 'error', 'undescribed-interest': 'warning' }, 'uk-gdpr': { missing: 'error', 'undescribed-interest': 'warning' } },
  basis: {
    pipl: [PIPL.art13],
    ...gdprBasis([GDPR.art13_1_c, GDPR.art13_1_d, GDPR.art6_1], [UK_GDPR.art6_1_ea]),
  },
  primaryCues: legalBasisCues,
  detect({ model }) {
    const sections = sectionsTitled(model, basisHeadingCues);
    const statements = linesWith(model, legalBasisCues).filter((s) => model.blocks[s.block]!.kind !== 'heading');
    if (sections.length === 0 && statements.length === 0) return { evidence: [], issues: [] };
    const evidence: Span[] = [...sections.map((s) => sectionSpan(model, s)), ...statements.map(spanOf)];
    const issues: Issue[] = [];
    // One described interest anywhere is enough; otherwise flag the first reliance on one.
    const mentions = linesWith(model, interestCues);
    const described = mentions.some((sentence) => INTEREST_DESCRIBED.test(model.textOf(sentence)) || model.has(forwardCues, sentence) || /:\s{0,2}$/.test(model.textOf(sentence)));
    const first = mentions.find((sentence) => !model.has(rightCues, sentence));
    if (!described && first) {
      const hit = model.firstHit(interestCues, first.plainStart, first.plainEnd)!;
      const cue = model.sourceTextOf(hit);
      issues.push({ kind: 'undescribed-interest', span: spanOf(first), args: { cue }, cue });
    }
    return { evidence, issues };
  },
  fix: { section: 'collection' },
  examples: [
    {
      name: 'processing without consent where a contract requires it',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 征得授权同意的例外\n\n根据法律规定，以下情形中我们处理您的个人信息无需征得您的同意：为订立、履行您作为一方当事人的合同所必需。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'no lawful basis is stated',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 我们收集的信息\n\n我们收集您的手机号码用于登录。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'bases with the legitimate interest described',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Legal basis\n\nWe process your data to perform our contract with you, and on our legitimate interest in preventing fraud.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'legitimate interests without saying which',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Legal basis\n\nWe may also process your data based on our legitimate interests.\n',
      status: 'weak',
      findings: [{ kind: 'undescribed-interest', line: 4 }],
    },
    {
      name: 'no lawful basis',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## Information we collect\n\nWe collect your e-mail address.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
