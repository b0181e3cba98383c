import { defineCues, type CueSet } from '../document/cues';
import { detectDocumentType } from '../document/doctype';
import type { DocumentModel, Section, Sentence, Span } from '../document/model';
import { hasConcreteChannel, hasInAppPath } from './channels';
import { isHeading, sectionSpan, sectionsTitled, sentencesWith, spanOf } from './evidence';
import { minorsHeadingCues } from './minors-age-and-guardian-consent';

/**
 * Helpers shared by the minors, personalisation, automated-decision, face-recognition, security and
 * policy-meta requirements (catalogue §§8–12). Candidates for the shared modules are marked
 * "proposed shared": the date scanner for document/entities.ts, the looser in-app path for
 * requirements/channels.ts, the guardian cues exported by minors-age-and-guardian-consent.ts.
 */

// ---------------------------------------------------------------------------------------------
// Minors and children
// ---------------------------------------------------------------------------------------------

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

/** Parents and guardians (proposed shared: minors-age-and-guardian-consent.ts could export its `guardianCues`). */
export const guardianWordCues = defineCues('guardian-word', {
  zh: ['监护人', '父母', '家长'],
  en: ['parent', 'parents', "parent's", "parents'", 'parental', 'guardian*'],
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
  /** Bodies of numbered list items that act as minors headings ("6. 未成年人条款" written as a Markdown list). */
  listSections: Span[];
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
export function isMinorsHeading(model: DocumentModel, section: Section): boolean {
  const heading = model.blocks[section.block]!;
  return model.has(minorsSubjectCues, heading) || (model.has(minorsHeadingCues, heading) && /(?:不满|未满)\s{0,2}[\d一二三四五六七八九十]/.test(model.textOf(heading)));
}

/** Sections and sentences showing that the document addresses minors or children as users. */
export function minorsContext(model: DocumentModel): MinorsContext {
  const sections = sectionsTitled(model, minorsHeadingCues, 20).filter((section) => isMinorsHeading(model, section));
  const sentences = sentencesWith(model, minorsSubjectCues).filter(
    (sentence) => !(model.has(sensitiveDefinitionCues, sentence) && !model.has(guardianWordCues, sentence)),
  );
  const listSections = listHeadingSections(model, (block) => model.has(minorsSubjectCues, model.blocks[block]!));
  return { sections, sentences, listSections };
}

/** The document is itself a children's policy (its title names children and privacy). */
export function isChildrenPolicy(model: DocumentModel): boolean {
  return detectDocumentType(model) === 'children-policy';
}

/**
 * Converted policies often write their numbered headings as a Markdown ordered list ("6. 关于未成年人保护"),
 * which the outline does not treat as headings (proposed shared: document/outline.ts). A short list item
 * without sentence punctuation, starting a run of paragraphs, is read here as a heading; its body runs to
 * the next such item or real heading.
 */
export function listHeadingSections(model: DocumentModel, matches: (block: number) => boolean): Span[] {
  const spans: Span[] = [];
  for (let b = 0; b < model.blocks.length; b++) {
    if (!isListHeading(model, b) || !matches(b)) continue;
    let end = b + 1;
    while (end < model.blocks.length && end - b <= 40 && model.blocks[end]!.kind !== 'heading' && !isListHeading(model, end)) end++;
    if (end > b + 1) spans.push({ start: model.blocks[b]!.plainEnd, end: model.blocks[end - 1]!.plainEnd });
  }
  return spans;
}

function isListHeading(model: DocumentModel, index: number): boolean {
  const block = model.blocks[index]!;
  if (!block.inList || block.inTable) return false;
  const text = model.textOf(block);
  return text.length >= 2 && text.length <= 24 && !/[。.;；,，:：!?、]$/.test(text) && model.sectionOf(block.plainStart)?.block !== index;
}

// ---------------------------------------------------------------------------------------------
// Scopes and small text tests
// ---------------------------------------------------------------------------------------------

/** A sentence's neighbourhood: its block and the next `after` blocks. */
export function blockScope(model: DocumentModel, sentence: Sentence, after = 1): Span {
  const first = model.blocks[sentence.block]!;
  const last = model.blocks[Math.min(sentence.block + after, model.blocks.length - 1)]!;
  return { start: first.plainStart, end: Math.max(first.plainEnd, last.plainEnd) };
}

/**
 * Where a disclosure about the practice of a sentence is expected: its paragraph and the next one, and
 * its innermost section when that section is short enough to be about one topic.
 */
export function localScopes(model: DocumentModel, sentence: Sentence, maxSectionLength = 1500): Span[] {
  const scopes: Span[] = [blockScope(model, sentence)];
  const section = model.sectionOf(sentence.plainStart);
  if (section && model.bodyLength(section) <= maxSectionLength) scopes.push(sectionSpan(model, section));
  return scopes;
}

/** Non-heading sentences of a span. */
export function bodySentences(model: DocumentModel, span: Span): Sentence[] {
  const result: Sentence[] = [];
  if (span.end <= span.start) return result;
  const first = model.blockAt(span.start);
  const last = model.blockAt(Math.max(span.start, span.end - 1));
  for (let b = first; b <= last; b++) {
    for (const sentence of model.sentencesOfBlock(b)) {
      if (sentence.plainStart >= span.start && sentence.plainEnd <= span.end && !isHeading(model, sentence)) result.push(sentence);
    }
  }
  return result;
}

/** Distinct sentences in document order. */
export function uniqueSentences(sentences: Iterable<Sentence>): Sentence[] {
  const byStart = new Map<number, Sentence>();
  for (const sentence of sentences) byStart.set(sentence.plainStart, sentence);
  return [...byStart.values()].sort((a, b) => a.plainStart - b.plainStart);
}

/** The document's title block, or its first block, as a span for document-level issues. */
export function titleSpan(model: DocumentModel): Span {
  const block = model.blocks[model.titleBlock >= 0 ? model.titleBlock : 0];
  return block ? spanOf(block) : { start: 0, end: 0 };
}

/**
 * In-app paths, a little looser than `hasInAppPath` (proposed shared): also two quoted or bracketed
 * steps ("设置"-"隐私"), arrows written "->" or "=>", and steps separated by "," around the dash.
 */
const TWO_STEP_PATH_ZH = /[【「"'][\u4e00-\u9fff a-z]{1,12}[】」"'] {0,2}(?:->|=>|[->→»]) {0,2}[【「"'][\u4e00-\u9fff a-z]{1,12}[】」"']/;
const ARROW_PATH_ZH = /[\u4e00-\u9fff]{1,10}[】」"']? {0,2}(?:->|=>|,-,|, -,) {0,2}[【「"']?[\u4e00-\u9fff]{1,10}/;
const EN_MENU_PATH = /\b(?:settings|preferences|account|profile|privacy|menu) {0,2}(?:>|->|→|»|\/) {0,2}[a-z]{2,20}/;

export function hasMenuPath(text: string): boolean {
  return hasInAppPath(text) || TWO_STEP_PATH_ZH.test(text) || ARROW_PATH_ZH.test(text) || EN_MENU_PATH.test(text);
}

/** A quoted or bracketed name in a sentence (“个性化推荐”, 【设置】, "Ad Settings"), up to 24 characters. */
const QUOTED_NAME = /["【「『《]([^"】」』》]{1,24})["】」』》]/g;

export function quotedNames(text: string): string[] {
  return [...text.matchAll(QUOTED_NAME)].map((m) => m[1]!);
}

/** Channel or pointer to one: the sentence's paragraph or the next one has a channel, or the sentence points to the contact section. */
export function hasChannelNear(model: DocumentModel, sentence: Sentence, pointerCues: CueSet): boolean {
  return hasConcreteChannel(model, blockScope(model, sentence, 2)) || model.has(pointerCues, sentence);
}

// ---------------------------------------------------------------------------------------------
// Dates (proposed shared: document/entities.ts)
// ---------------------------------------------------------------------------------------------

export interface DateMention extends Span {
  year: number;
  month: number;
  /** Day of the month; undefined when only a month and year are given ("March 2024", 2024年3月). */
  day?: number;
  /** The calendar has this date (month 1–12, day within the month, year 1990–2100). */
  valid: boolean;
}

const ZH_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 2022, 二〇二二 (digit by digit), 12, 十二, 二十一. */
function dateNumber(token: string): number | null {
  if (/^\d{1,4}$/.test(token)) return Number(token);
  if (token.length === 4 && [...token].every((ch) => ch in ZH_DIGITS)) return Number([...token].map((ch) => ZH_DIGITS[ch]).join(''));
  let total = 0;
  let current = 0;
  for (const ch of token) {
    if (ch in ZH_DIGITS) current = ZH_DIGITS[ch]!;
    else if (ch === '十') {
      total += (current === 0 ? 1 : current) * 10;
      current = 0;
    } else return null;
  }
  return token.length > 0 ? total + current : null;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';

/** 2022年5月1日, 【2022】年【9】月【9】日, 二〇二二年五月一日, 2022 年 5 月 (no day). */
const ZH_DATE = /(\d{4}|[〇零一二三四五六七八九]{4}) {0,2}[】\]]? {0,2}年 {0,2}[【\[]? {0,2}(\d{1,2}|[一二三四五六七八九十]{1,3}) {0,2}[】\]]? {0,2}月(?: {0,2}[【\[]? {0,2}(\d{1,2}|[一二三四五六七八九十]{1,3}) {0,2}[】\]]? {0,2}[日号])?/g;
/** 2022-05-01, 2022/5/1, 2022.05.01. */
const ISO_DATE = /(\d{4}) {0,1}([-/.]) {0,1}(\d{1,2}) {0,1}[-/.] {0,1}(\d{1,2})(?!\d)/g;
/** May 1, 2022; May 1st 2022; 1 May 2022; 1st of May, 2022; May 2022. */
const EN_MONTH_FIRST = new RegExp(`\\b(${MONTH_NAMES})\\.? {1,2}(?:(\\d{1,2})(?:st|nd|rd|th)?,? {1,2})?(\\d{4})\\b`, 'g');
const EN_DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? {1,2}(?:of )?(${MONTH_NAMES})\\.?,? {1,2}(\\d{4})\\b`, 'g');
/** 05/01/2022 (month first unless the first number cannot be a month). */
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function makeDate(year: number, month: number, day: number | undefined, start: number, end: number): DateMention {
  const valid = year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && (day === undefined || (day >= 1 && day <= daysInMonth(year, month)));
  return { year, month, day, valid, start, end };
}

/** Calendar dates in normalised text (Chinese, ISO-like and English forms), with offsets shifted by `offset`. */
export function findDates(text: string, offset: number): DateMention[] {
  const found: DateMention[] = [];
  const taken = (start: number) => found.some((d) => d.start <= start && start < d.end);
  for (const m of text.matchAll(ZH_DATE)) {
    const year = dateNumber(m[1]!);
    const month = dateNumber(m[2]!);
    const day = m[3] === undefined ? undefined : dateNumber(m[3]);
    if (year === null || month === null || day === null) continue;
    found.push(makeDate(year, month, day, offset + m.index!, offset + m.index! + m[0].length));
  }
  for (const m of text.matchAll(ISO_DATE)) {
    if (/\d/.test(text.charAt(m.index! - 1)) || taken(offset + m.index!)) continue;
    found.push(makeDate(Number(m[1]), Number(m[3]), Number(m[4]), offset + m.index!, offset + m.index! + m[0].length));
  }
  for (const m of text.matchAll(EN_DAY_FIRST)) {
    found.push(makeDate(Number(m[3]), MONTHS[m[2]!]!, Number(m[1]), offset + m.index!, offset + m.index! + m[0].length));
  }
  for (const m of text.matchAll(EN_MONTH_FIRST)) {
    if (taken(offset + m.index!)) continue;
    // "may 2022" is a month only after a date label; "we may 2022" does not occur, but "may" as a verb followed by a year is rare enough.
    found.push(makeDate(Number(m[3]), MONTHS[m[1]!]!, m[2] === undefined ? undefined : Number(m[2]), offset + m.index!, offset + m.index! + m[0].length));
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    if (taken(offset + m.index!)) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [month, day] = a > 12 ? [b, a] : [a, b];
    found.push(makeDate(Number(m[3]), month, day, offset + m.index!, offset + m.index! + m[0].length));
  }
  return found.sort((x, y) => x.start - y.start);
}
