import type { DocumentModel, Section } from '../document/model';
import { numberingStyle } from '../document/outline';
import { parseNumber } from '../document/entities';
import type { DocumentType } from '../types';
import type { Clause } from './clauses';
import { canonicalIndex, canonicalKind, sectionFor, type CanonicalSection } from './sections';
import { chineseNumeral } from './numerals';
import { escapeSnippet, renderSnippet } from './snippet';

/** Where and what to insert for a clause: the same insertion as a snippet and as plain text. */
export interface Insertion {
  offset: number;
  snippet: string;
  text: string;
}

/**
 * Places a clause: appended to the existing section of its kind, or as a new section after the
 * section that precedes it in the canonical order of the document type (a privacy policy's or a user
 * agreement's), with a heading of the same level, form (Markdown heading, bold or plain paragraph)
 * and numbering style as its neighbours (## 七、 / ## 7. / ## Contact).
 */
export function placeClause(model: DocumentModel, section: CanonicalSection, clause: Clause, type: DocumentType = 'privacy-policy'): Insertion {
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  const body = clause.body.join(eol);
  const top = topSections(model);
  const kind = sectionFor(type, section);
  const classified = top.map((s) => ({ section: s, kind: canonicalKind(model, s, type) }));

  const same = classified.find((c) => c.kind === kind);
  if (same) return insertAfter(model, same.section, top, eol + eol + body);

  const target = canonicalIndex(kind, type);
  const before = classified.filter((c) => c.kind !== null && canonicalIndex(c.kind, type) < target).pop();
  if (before) return insertAfter(model, before.section, top, eol + eol + headingLine(model, before.section, 1, clause) + eol + eol + body);
  const after = classified.find((c) => c.kind !== null && canonicalIndex(c.kind, type) > target);
  if (after) {
    return make(lineStartOf(model, model.blocks[after.section.block]!.srcStart), headingLine(model, after.section, 0, clause) + eol + eol + body + eol + eol);
  }
  const last = top[top.length - 1];
  if (last) return insertAfter(model, last, top, eol + eol + headingLine(model, last, 1, clause) + eol + eol + body);
  const end = model.rootBlocks.length > 0 ? model.rootBlocks[model.rootBlocks.length - 1]!.end : model.text.length;
  const heading = `## ${clause.heading}`;
  return end > 0 ? make(end, eol + eol + heading + eol + eol + body) : make(0, heading + eol + eol + body + eol);
}

/**
 * The heading line a clause gets when it is inserted at `offset` (Insert clause… at the cursor): in
 * the style of the top-level section before it, numbered after it; `## heading` in a document
 * without sections.
 */
export function headingAt(model: DocumentModel, offset: number, clause: Clause): string {
  const top = topSections(model);
  const before = top.filter((section) => model.blocks[section.block]!.srcStart < offset).pop();
  if (before) return headingLine(model, before, 1, clause);
  return top[0] ? headingLine(model, top[0], 0, clause) : `## ${clause.heading}`;
}

/** The start of the line holding `offset`; on the first line, after a byte-order mark, which stays first. */
export function lineStartOf(model: DocumentModel, offset: number): number {
  const start = model.lines.lineStart(model.lines.positionAt(offset).line);
  return start === 0 && model.text.charCodeAt(0) === 0xfeff ? 1 : start;
}

/** Top-level sections that have a body (a table of contents line is not a section). */
function topSections(model: DocumentModel): Section[] {
  const real = model.sections.filter((s) => model.bodyLength(s) > 0);
  const level = Math.min(...real.map((s) => s.level));
  return real.filter((s) => s.level === level);
}

/** Inserts after the last top-level Markdown block of a section's subtree. */
function insertAfter(model: DocumentModel, section: Section, top: Section[], addition: string): Insertion {
  const next = top[top.indexOf(section) + 1];
  const boundary = next ? model.blocks[next.block]!.srcStart : model.text.length + 1;
  const start = model.blocks[section.block]!.srcStart;
  let offset = model.blocks[section.block]!.srcEnd;
  for (const block of model.rootBlocks) if (block.start >= start && block.end < boundary) offset = Math.max(offset, block.end);
  return make(offset, addition);
}

function make(offset: number, snippet: string): Insertion {
  return { offset, snippet, text: renderSnippet(snippet) };
}

/** A heading for the new section in the style of a neighbour; `step` is 1 after it, 0 before it. */
function headingLine(model: DocumentModel, neighbour: Section, step: number, clause: Clause): string {
  const block = model.blocks[neighbour.block]!;
  const sourceTitle = model.sourceTextOf(block).trim();
  const number = nextNumber(sourceTitle, neighbour.title, step);
  const text = number + clause.heading;
  if (block.kind === 'heading') return `${'#'.repeat(block.depth)} ${text}`;
  if (block.allStrong) return `**${text}**`;
  return text;
}

/** The numbering prefix that follows (step 1) or repeats (step 0) the neighbour's, or '' when unnumbered. */
function nextNumber(sourceTitle: string, normalisedTitle: string, step: number): string {
  const style = numberingStyle(normalisedTitle);
  const zh = /^(第)?([一二三四五六七八九十百]{1,4})([章节条]?)([、.．:：]?)( ?)/.exec(sourceTitle);
  const arabic = /^((?:article|section|part|chapter) {1,3})?(\d{1,3})([、.．:：]?)( ?)/i.exec(sourceTitle);
  if ((style === 'zh-num' || style === 'zh-chapter' || style === 'zh-section' || style === 'zh-article') && zh) {
    const value = (parseNumber(zh[2]!) ?? 0) + step;
    return escapeSnippet(`${zh[1] ?? ''}${chineseNumeral(value)}${zh[3]}${zh[4]}${zh[5] || (zh[3] && !zh[4] ? ' ' : '')}`);
  }
  if ((style === 'num' || style === 'en-article') && arabic) {
    const value = Number(arabic[2]) + step;
    return escapeSnippet(`${arabic[1] ?? ''}${value}${arabic[3]}${arabic[4] || ' '}`);
  }
  return '';
}
