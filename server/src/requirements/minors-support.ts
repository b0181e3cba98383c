import { defineCues } from '../document/cues';
import type { DocumentModel, Section, Sentence } from '../document/model';
import { sectionsTitled, sentencesWith, uniqueSentences } from './evidence';
import { guardianCues, minorsHeadingCues } from './minors-age-and-guardian-consent';

/** Who counts as a minor or a child, and where a document addresses them: shared by the minors requirements. */

/**
 * Words naming minors or children as a group of users. Stricter than `minorsHeadingCues`, whose 不满 and
 * 未满 also match 不满意 and 未满足; English "minor" alone would match "minor changes".
 */
export const minorsSubjectCues = defineCues('minors-subject', {
  zh: ['未成年人', '未成年', '儿童', '青少年', '少儿', '未满十四', '不满十四', '未满14', '不满14', '14周岁以下', '十四周岁以下', '14岁以下', '十四岁以下', '未满十八', '不满十八', '未满18', '不满18', '18周岁以下', '十八周岁以下'],
  en: ['child', 'children', "children's", "child's", 'minors', 'a minor', "minor's", 'kids', 'teen', 'teens', 'teenager*', 'coppa', 'under the age of', 'under 13', 'under 14', 'under 16', 'under 18'],
});

/** Children in the statutory sense (under 14, Children's Personal Information Provisions Art. 2). */
export const statutoryChildrenCues = defineCues('statutory-children', {
  zh: ['儿童', '未满十四', '不满十四', '未满14', '不满14', '14周岁以下', '十四周岁以下', '14岁以下', '十四岁以下', '14岁', '14周岁', '十四周岁'],
  en: ['child', 'children', "children's", "child's", 'kids', 'coppa', 'under 13', 'under 14', 'under the age of 13', 'under the age of 14'],
});

/** A definition that lists minors' data as sensitive is not about minors as users. */
const sensitiveDefinitionCues = defineCues('sensitive-definition', {
  zh: ['敏感个人信息', '个人敏感信息', '敏感信息'],
  en: ['sensitive personal', 'sensitive data', 'sensitive information', 'special categor*'],
});

/** A separate children's document or a children's area, referred to by name. */
export const childrenRulesDocumentCues = defineCues('children-rules-document', {
  zh: [
    '儿童个人信息保护规则', '儿童个人信息保护政策', '儿童个人信息保护指引', '儿童个人信息保护声明', '儿童个人信息处理规则',
    '儿童隐私政策', '儿童隐私保护政策', '儿童隐私保护指引', '儿童隐私保护声明', '儿童隐私权政策', '儿童隐私声明',
    '未成年人个人信息保护规则', '未成年人个人信息保护政策', '未成年人隐私政策', '未成年人隐私保护政策', '未成年人隐私保护指引', '未成年人个人信息处理规则',
    '儿童用户协议', '儿童服务协议', '儿童专区', '儿童版', '青少年版', '青少年模式',
  ],
  en: ["children's privacy notice", "children's privacy policy", "children's privacy statement", 'notice to parents', 'kids privacy policy', "kids' privacy policy", 'coppa notice', 'parental notice'],
});

export interface MinorsContext {
  /** Sections whose heading names minors or children and whose body has text. */
  sections: Section[];
  /** Sentences outside headings that speak of minors or children as users. */
  sentences: Sentence[];
}

/** A titled children's document: 《…儿童…规则》, 《…未成年人…指引》. */
const CHILDREN_DOCUMENT_TITLE = /《[^》]{0,30}(?:儿童|未成年人|青少年)[^》]{0,20}(?:政策|规则|指引|声明|须知|协议)[^》]{0,12}》/;

/** Sentences that refer to a separate children's document by name. */
export function childrenDocumentReferences(model: DocumentModel): Sentence[] {
  const byCue = sentencesWith(model, childrenRulesDocumentCues);
  const byTitle = sentencesWith(model, minorsSubjectCues).filter((s) => CHILDREN_DOCUMENT_TITLE.test(model.textOf(s)));
  return uniqueSentences([...byCue, ...byTitle]);
}

/** Whether a heading names minors (not 不满意: one of its minors cues must be a subject word or an age). */
function isMinorsHeading(model: DocumentModel, section: Section): boolean {
  const heading = model.blocks[section.block]!;
  return model.has(minorsSubjectCues, heading) || (model.has(minorsHeadingCues, heading) && /(?:不满|未满)\s{0,2}[\d一二三四五六七八九十]/.test(model.textOf(heading)));
}

/** Sections and sentences showing that the document addresses minors or children as users. */
export function minorsContext(model: DocumentModel): MinorsContext {
  const sections = sectionsTitled(model, minorsHeadingCues, 20).filter((section) => isMinorsHeading(model, section));
  const sentences = sentencesWith(model, minorsSubjectCues).filter((sentence) => !(model.has(sensitiveDefinitionCues, sentence) && !model.has(guardianCues, sentence)));
  return { sections, sentences };
}
