import type { DocumentLanguage } from '../types';

/**
 * Outline inference. Real policies mark sections with Markdown headings, with numbered paragraphs
 * (一、 （一） 1. 第一条), with one-item numbered lists ("5. 您的权利") or with bold paragraphs, and
 * often mix them. Each heading gets a style key; levels follow the order in which styles first
 * appear, corrected by the known hierarchies (h1 above h2; 第一章 above 一、 above （一） above 1.
 * above 1.1 above 1.1.1 above (1)).
 */
export type HeadingStyle = string;

export interface HeadingCandidateBlock {
  kind: 'heading' | 'paragraph' | 'tableCell';
  depth: number;
  inList: boolean;
  inTable: boolean;
  allStrong: boolean;
  /** Number of the ordered-list item whose only content this block is ("5. 您的权利" gives 5), else null. */
  listNumber: number | null;
}

/** Numbering styles in match order (the more specific pattern first). */
const NUMBERING: Array<[string, RegExp]> = [
  ['zh-chapter', /^第[一二三四五六七八九十百零〇两\d]{1,5}章/],
  ['zh-section', /^第[一二三四五六七八九十百零〇两\d]{1,5}节/],
  ['zh-article', /^第[一二三四五六七八九十百零〇两\d]{1,5}条/],
  ['en-article', /^(?:article|section|part|chapter) {1,3}\d{1,3}/],
  ['zh-num', /^[一二三四五六七八九十]{1,3}(?:、|\.|:| )/],
  ['zh-paren', /^\([一二三四五六七八九十]{1,3}\)/],
  ['num-dot2', /^\d{1,2}\.\d{1,2}\.\d{1,2}(?!\d)/],
  ['num-dot', /^\d{1,2}\.\d{1,2}\.?(?![\d.])/],
  ['num', /^\d{1,2}(?:、|\.|:| )(?!\d)/],
  ['num-paren', /^\(\d{1,2}\)/],
];
/** Numbering styles from the outermost to the innermost. */
const HIERARCHY = ['zh-chapter', 'zh-section', 'zh-article', 'en-article', 'zh-num', 'zh-paren', 'num', 'num-dot', 'num-dot2', 'num-paren'];

export function numberingStyle(title: string): string | null {
  for (const [style, pattern] of NUMBERING) if (pattern.test(title)) return style;
  return null;
}

/** The numbering of a title as written ("一、", "7.2", "(3)"), or null. */
export function numberingLabel(title: string): string | null {
  for (const [, pattern] of NUMBERING) {
    const match = pattern.exec(title);
    if (match) return match[0].trim();
  }
  return null;
}

const TERMINAL = /[。;,，、.!]$/;
const ANY_PUNCTUATION = /[。;,，:：、.!?()]/;
/** An e-mail address, a URL or a long number: a line of contact details ("By email: info@x.com"), not a heading. */
const CONTACT_DETAIL = /@|https?:\/\/|www\.|\d[\d -]{5,}\d/;
/** A label and a year ("Last updated: March 3, 2023", "更新日期：2024年1月1日"): a date stamp, not a heading. */
const DATE_STAMP = /:[^:]{0,40}(?:\d{4}|[〇零一二三四五六七八九]{4}年)/;

/**
 * Decides whether a block acts as a heading, and returns its style key (or null). `title` is the
 * normalised text, `sourceTitle` the original one (case matters for English), `nextLength` the
 * length of the following block.
 */
export function classifyHeading(block: HeadingCandidateBlock, title: string, sourceTitle: string, language: DocumentLanguage, nextLength: number): HeadingStyle | null {
  if (block.inTable || title.length === 0) return null;
  const numbering = numberingStyle(title);
  if (block.kind === 'heading') return title.length <= 80 ? `h${block.depth}` : null;
  if (block.kind !== 'paragraph' || (block.inList && block.listNumber === null) || CONTACT_DETAIL.test(title) || DATE_STAMP.test(title)) return null;
  const words = language === 'en' ? title.split(' ').length : 0;
  const short = language === 'zh' ? title.length <= 40 : title.length <= 100 && words <= 14;
  if (!short) return null;
  if (block.inList) return TERMINAL.test(title) ? null : '~num';
  if (numbering) {
    const rest = title.replace(NUMBERING.find(([style]) => style === numbering)![1], '').trim();
    return rest.length > 0 && !TERMINAL.test(title) ? `~${numbering}` : null;
  }
  if (block.allStrong) return TERMINAL.test(title) ? null : '~bold';
  const followedByText = nextLength > title.length;
  if (language === 'zh') return title.length <= 20 && !ANY_PUNCTUATION.test(title) && followedByText ? '~plain' : null;
  const first = sourceTitle.trimStart().charCodeAt(0);
  const capitalised = first >= 0x41 && first <= 0x5a;
  return words <= 8 && capitalised && !/[.;,:]$/.test(title) && followedByText ? '~plain' : null;
}

/**
 * Assigns levels (1 = top) to heading styles listed in document order. Pseudo-heading styles
 * (prefixed with `~`) that use the same numbering as a Markdown heading take that heading's level.
 */
export function outlineLevels(styles: readonly HeadingStyle[], numberingOfMarkdownHeadings: ReadonlyMap<string, HeadingStyle>): number[] {
  const keys = styles.map((style) => (style.startsWith('~') ? numberingOfMarkdownHeadings.get(style.slice(1)) ?? style : style));
  const order: string[] = [];
  for (const key of keys) {
    if (order.includes(key)) continue;
    const before = order.findIndex((other) => mustPrecede(key, other));
    if (before < 0) order.push(key);
    else order.splice(before, 0, key);
  }
  return keys.map((key) => order.indexOf(key) + 1);
}

function mustPrecede(a: string, b: string): boolean {
  if (a.startsWith('h') && b.startsWith('h')) return Number(a.slice(1)) < Number(b.slice(1));
  const rankA = HIERARCHY.indexOf(a.replace('~', ''));
  const rankB = HIERARCHY.indexOf(b.replace('~', ''));
  return a.startsWith('~') && b.startsWith('~') && rankA >= 0 && rankB >= 0 && rankA < rankB;
}

export interface HeadingCandidate {
  block: number;
  style: HeadingStyle;
  /** Numbering as written, or the list number, or the title when unnumbered: what a contents list repeats. */
  label: string;
}

/**
 * Drops tables of contents: runs of pseudo-headings of one style with nothing between them
 * ("1、我行如何收集…" to "8、如何联系我行", then the real chapters). Without this the last entry
 * would hold every later heading. Unnumbered lines need a run of three (a title line followed by the
 * first heading is no contents list). The last entry stays when it has a body and repeats the label
 * of an earlier one: it is the first real heading, right after the contents.
 */
export function withoutContentsLists<T extends HeadingCandidate>(candidates: readonly T[], blockCount: number): T[] {
  const kept: T[] = [];
  let i = 0;
  while (i < candidates.length) {
    let j = i;
    const style = candidates[i]!.style;
    while (style.startsWith('~') && j + 1 < candidates.length && candidates[j + 1]!.style === style && candidates[j + 1]!.block === candidates[j]!.block + 1) j++;
    const numbered = style !== '~plain' && style !== '~bold';
    if (j - i < (numbered ? 1 : 2)) kept.push(...candidates.slice(i, j + 1));
    else {
      const last = candidates[j]!;
      const hasBody = (candidates[j + 1]?.block ?? blockCount) > last.block + 1;
      if (hasBody && candidates.slice(i, j).some((entry) => entry.label === last.label)) kept.push(last);
    }
    i = j + 1;
  }
  return kept;
}
