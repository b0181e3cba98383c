import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence } from '../document/model';
import { CIVIL_CODE, CONSUMER_PROTECTION } from '../profiles/citations';
import { spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';
import { bodySentencesOf, isUnfair } from './user-agreement-support';

/** "本协议适用中华人民共和国法律", "governed by the laws of England". Bounded, starts with a literal. */
const GOVERNING_LAW_ZH = /适用[^。;,]{0,16}?法律|受[^。;,]{0,16}?法律(?:管辖|约束)|依据[^。;,]{0,16}?法律(?:解释|执行)|法律适用|准据法/;
const lawObjectZhCues = defineCues('ua-law-object', {
  zh: ['本协议', '协议', '本条款', '订立', '履行', '解释', '争议', '纠纷'],
});
/** Phrases that state the governing law on their own. */
const governingLawEnCues = defineCues('ua-governing-law', {
  en: ['governed by the law*', 'governed by and construed', 'governing law', 'construed in accordance with the law*', 'law applies', 'laws apply', 'law shall apply', 'law will apply', 'law governs', 'laws govern', 'laws of the state of', 'laws of england', "laws of the people's republic"],
});
/** Phrases that do so only about the agreement or disputes ("governed by our Privacy Policy" is not). */
const weakGoverningLawEnCues = defineCues('ua-governing-law-weak', {
  en: ['governed by', 'subject to the laws of', 'the laws of'],
});

/** Forum: a court, arbitration or jurisdiction; courts only in a dispute context. */
const strongForumCues = defineCues('ua-forum-strong', {
  zh: ['管辖', '仲裁'],
  en: ['jurisdiction', 'arbitrat*', 'venue', 'tribunal'],
});
/** A court as the forum ("诉讼费" is a cost, not a forum). */
const courtCues = defineCues('ua-forum-court', {
  zh: ['法院', '起诉', '提起诉讼', '诉讼解决', '通过诉讼'],
  en: ['court', 'courts', 'sue', 'proceedings'],
});
const disputeCues = defineCues('ua-dispute', {
  zh: ['争议', '纠纷', '争执'],
  en: ['dispute*', 'claim*', 'proceedings', 'conflict*'],
});
const disputeHeadingCues = defineCues('ua-dispute-heading', {
  zh: ['争议', '纠纷', '法律适用', '适用法律', '管辖'],
  en: ['dispute*', 'governing law', 'law and', 'jurisdiction', 'arbitration'],
});

export const disputeResolutionCues = defineCues('ua-dispute-resolution', {
  zh: ['法律适用', '争议解决', '管辖', '人民法院', '仲裁'],
  en: ['governing law', 'disputes', 'jurisdiction', 'courts', 'arbitration'],
});

function statesGoverningLaw(model: DocumentModel, s: Sentence): boolean {
  if (model.language === 'zh' || /[\u4e00-\u9fff]/.test(model.textOf(s))) return GOVERNING_LAW_ZH.test(model.textOf(s)) && (model.has(lawObjectZhCues, s) || inDisputeSection(model, s));
  if (model.has(governingLawEnCues, s)) return true;
  return model.has(weakGoverningLawEnCues, s) && (model.has(disputeCues, s) || /\b(?:terms|agreement)\b/.test(model.textOf(s)) || inDisputeSection(model, s));
}

function inDisputeSection(model: DocumentModel, s: Sentence): boolean {
  return model.sectionChain(s.plainStart).some((section) => model.has(disputeHeadingCues, model.blocks[section.block]!));
}

function statesForum(model: DocumentModel, s: Sentence): boolean {
  if (isUnfair(model, s, ['waiver-of-suit'])) return false;
  if (model.has(strongForumCues, s)) return true;
  return model.has(courtCues, s) && (model.has(disputeCues, s) || inDisputeSection(model, s));
}

export const uaDisputeResolution: Requirement = {
  id: 'ua-dispute-resolution',
  appliesTo: ['user-agreement'],
  severities: { missing: 'warning', 'no-forum': 'info', 'no-governing-law': 'info' },
  basis: {
    pipl: [CIVIL_CODE.art496, CONSUMER_PROTECTION.law_art26],
  },
  primaryCues: disputeResolutionCues,
  detect({ model }) {
    const sentences = bodySentencesOf(model);
    const law = sentences.filter((s) => statesGoverningLaw(model, s));
    const forum = sentences.filter((s) => statesForum(model, s));
    const evidence = [...law, ...forum].sort((a, b) => a.plainStart - b.plainStart).map(spanOf);
    const issues: Issue[] = [];
    if (law.length > 0 && forum.length === 0) issues.push({ kind: 'no-forum', span: spanOf(law[0]!) });
    if (forum.length > 0 && law.length === 0) issues.push({ kind: 'no-governing-law', span: spanOf(forum[0]!) });
    return { evidence, issues };
  },
  fix: { section: 'disputes' },
  examples: [
    {
      name: 'governing law and the competent court',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 法律适用与争议解决\n\n本协议适用中华人民共和国法律。因本协议产生的争议，由被告住所地人民法院管辖。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a court but no governing law',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 争议解决\n\n因本协议产生的争议，提交本公司所在地人民法院诉讼解决。\n',
      status: 'weak',
      findings: [{ kind: 'no-governing-law', line: 4 }],
    },
    {
      name: 'no dispute clause',
      lang: 'zh',
      markdown: '# 用户协议\n\n## 服务\n\n我们为您提供在线记账服务。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'governing law and arbitration',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Disputes\n\nThese Terms are governed by the laws of Singapore. Any dispute will be resolved by arbitration in Singapore.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'governing law only',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Law\n\nThese Terms are governed by the laws of the State of New York.\n',
      status: 'weak',
      findings: [{ kind: 'no-forum', line: 4 }],
    },
    {
      name: 'no dispute clause',
      lang: 'en',
      markdown: '# Terms of Service\n\n## Service\n\nWe provide an online diary.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
