import type { Nodes, Root, RootContent, PhrasingContent } from 'mdast';
import type { DocumentLanguage, Range } from '../types';
import { parseText, reparse, type ParsedText } from './incremental';
import { isCjk, isInvisible, LineIndex, normalizeCode, splitSentences } from './text';
import { matchAllCues, type CueHit, type CueSet } from './cues';
import { classifyHeading, numberingLabel, numberingStyle, outlineLevels, withoutContentsLists, type HeadingStyle } from './outline';
import { parseDirectives, type Directive } from './directives';

export type BlockKind = 'heading' | 'paragraph' | 'tableCell';

/** A leaf block of text: a heading, a paragraph (also inside lists and quotes) or a table cell. */
export interface Block {
  kind: BlockKind;
  /** Markdown heading depth (1-6); 0 for other blocks. */
  depth: number;
  /** Span in the model's normalised plain text. */
  plainStart: number;
  plainEnd: number;
  srcStart: number;
  srcEnd: number;
  inList: boolean;
  inTable: boolean;
  /** The whole block is strong emphasis (a bold paragraph used as a heading). */
  allStrong: boolean;
  /** Plain spans rendered bold, italic or underlined. */
  emphasis: Array<[number, number]>;
  /** Number of the ordered-list item whose only content this paragraph is ("5. 您的权利" gives 5), else null. */
  listNumber: number | null;
}

export interface Sentence {
  plainStart: number;
  plainEnd: number;
  block: number;
}

export interface Section {
  /** Index of the heading block. */
  block: number;
  level: number;
  style: HeadingStyle;
  /** Normalised heading text. */
  title: string;
  /** Blocks of the section's subtree after the heading: [firstBlock, endBlock). */
  firstBlock: number;
  endBlock: number;
  parent: number;
}

export interface Link {
  url: string;
  plainStart: number;
  plainEnd: number;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * The parsed document shared by all requirement checks: the original text, one normalised plain text
 * of all prose (markup removed) with a per-character map back to the source, blocks, sentences,
 * sections inferred from Markdown headings and from numbered or bold paragraphs, and the language.
 */
export class DocumentModel {
  readonly lines: LineIndex;
  readonly plain: string;
  readonly blocks: Block[];
  readonly sentences: Sentence[];
  readonly sections: Section[];
  readonly links: Link[];
  readonly language: DocumentLanguage;
  readonly frontMatter: string | null;
  /** Source offset where the front matter's YAML text starts, or -1. */
  readonly frontMatterOffset: number;
  /** Inline `<!-- disclose-… -->` directives, in document order. */
  readonly directives: Directive[];
  /** Source spans of the top-level Markdown blocks (paragraphs, headings, lists, tables, quotes…), comments excluded. */
  readonly rootBlocks: Array<{ start: number; end: number }>;
  /** Heading block that names the document, or -1. */
  readonly titleBlock: number;
  /** Innermost section of each block, or -1. */
  readonly sectionOfBlock: Int32Array;
  private readonly toSource: Int32Array;
  private readonly firstSentenceOfBlock: Int32Array;
  private cueHits: CueHit[][] | null = null;

  /** The parsed text, for re-parsing the next version incrementally. */
  readonly parsed: ParsedText;

  /** `previous`: the parse of an earlier version of this document, which this model takes over. */
  constructor(readonly text: string, previous?: ParsedText) {
    this.lines = new LineIndex(text);
    const builder = new PlainBuilder(text);
    // A byte-order mark is parsed as a space, so offsets stay those of the text.
    const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
    this.parsed = previous ? reparse(previous, source) : parseText(source);
    builder.walkRoot(this.parsed.tree);
    this.plain = builder.plain;
    this.toSource = builder.toSource();
    this.blocks = builder.blocks;
    this.links = builder.links;
    this.frontMatter = builder.frontMatter;
    this.frontMatterOffset = builder.frontMatterOffset;
    this.directives = builder.directives;
    this.rootBlocks = builder.rootBlocks;
    this.language = detectLanguage(this.plain);

    this.sentences = [];
    this.firstSentenceOfBlock = new Int32Array(this.blocks.length + 1);
    this.blocks.forEach((block, index) => {
      this.firstSentenceOfBlock[index] = this.sentences.length;
      for (const [s, e] of splitSentences(this.plain.slice(block.plainStart, block.plainEnd))) {
        this.sentences.push({ plainStart: block.plainStart + s, plainEnd: block.plainStart + e, block: index });
      }
    });
    this.firstSentenceOfBlock[this.blocks.length] = this.sentences.length;

    const { sections, titleBlock } = buildSections(this);
    this.sections = sections;
    this.titleBlock = titleBlock;
    this.sectionOfBlock = new Int32Array(this.blocks.length).fill(-1);
    for (let s = 0; s < sections.length; s++) {
      const section = sections[s]!;
      // Sections are in document order and nested ones come later, so the innermost wins.
      for (let b = section.block; b < section.endBlock; b++) this.sectionOfBlock[b] = s;
    }
  }

  /** Hits of a cue set, in document order. All sets are matched in one pass on first use. */
  hits(set: CueSet): CueHit[] {
    if (!this.cueHits) this.cueHits = matchAllCues(this.plain);
    return this.cueHits[set.id] ?? [];
  }

  /** Hits of a cue set inside a plain span. */
  hitsIn(set: CueSet, start: number, end: number): CueHit[] {
    const all = this.hits(set);
    const result: CueHit[] = [];
    for (let i = lowerBound(all, start); i < all.length && all[i]!.start < end; i++) {
      if (all[i]!.end <= end) result.push(all[i]!);
    }
    return result;
  }

  has(set: CueSet, span: Span | Sentence | Block): boolean {
    const [start, end] = 'start' in span ? [span.start, span.end] : [span.plainStart, span.plainEnd];
    const all = this.hits(set);
    const i = lowerBound(all, start);
    return i < all.length && all[i]!.start < end && all[i]!.end <= end;
  }

  firstHit(set: CueSet, start: number, end: number): CueHit | undefined {
    const all = this.hits(set);
    const i = lowerBound(all, start);
    const hit = all[i];
    return hit && hit.start < end && hit.end <= end ? hit : undefined;
  }

  blockAt(plainOffset: number): number {
    let low = 0;
    let high = this.blocks.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.blocks[mid]!.plainStart <= plainOffset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  sentenceAt(plainOffset: number): Sentence | undefined {
    if (this.blocks.length === 0) return undefined;
    const block = this.blockAt(plainOffset);
    for (let i = this.firstSentenceOfBlock[block]!; i < this.firstSentenceOfBlock[block + 1]!; i++) {
      const sentence = this.sentences[i]!;
      if (sentence.plainEnd > plainOffset) return sentence;
    }
    return undefined;
  }

  sentencesOfBlock(block: number): Sentence[] {
    return this.sentences.slice(this.firstSentenceOfBlock[block]!, this.firstSentenceOfBlock[block + 1]!);
  }

  sectionOf(plainOffset: number): Section | undefined {
    if (this.blocks.length === 0) return undefined;
    const index = this.sectionOfBlock[this.blockAt(plainOffset)]!;
    return index >= 0 ? this.sections[index] : undefined;
  }

  /** The section and its ancestors, innermost first. */
  sectionChain(plainOffset: number): Section[] {
    const chain: Section[] = [];
    if (this.blocks.length === 0) return chain;
    for (let index = this.sectionOfBlock[this.blockAt(plainOffset)]!; index >= 0; index = this.sections[index]!.parent) {
      chain.push(this.sections[index]!);
    }
    return chain;
  }

  /** Plain span of a section's body (everything after its heading, subsections included). */
  body(section: Section): Span {
    const start = this.blocks[section.block]!.plainEnd;
    const end = section.endBlock > section.firstBlock ? this.blocks[section.endBlock - 1]!.plainEnd : start;
    return { start, end };
  }

  /** Characters of prose in a section's body, ignoring spaces: tells a real section from a table-of-contents entry. */
  bodyLength(section: Section): number {
    let length = 0;
    for (let b = section.firstBlock; b < section.endBlock; b++) {
      const block = this.blocks[b]!;
      length += block.plainEnd - block.plainStart;
    }
    return length;
  }

  textOf(span: Span | Sentence | Block): string {
    return 'start' in span ? this.plain.slice(span.start, span.end) : this.plain.slice(span.plainStart, span.plainEnd);
  }

  /** Original (un-normalised) text of a plain span. */
  sourceTextOf(span: Span | Sentence | Block): string {
    const range = this.sourceOffsets('start' in span ? span.start : span.plainStart, 'start' in span ? span.end : span.plainEnd);
    return this.text.slice(range[0], range[1]);
  }

  sourceOffsets(plainStart: number, plainEnd: number): [number, number] {
    if (this.toSource.length === 0) return [0, 0];
    const last = this.toSource.length - 1;
    const start = this.toSource[Math.min(Math.max(plainStart, 0), last)]!;
    const end = plainEnd > plainStart ? this.toSource[Math.min(plainEnd - 1, last)]! + 1 : start;
    return [start, Math.max(start, end)];
  }

  /** Source range of a plain span. */
  range(span: Span | Sentence | Block): Range {
    const [startOffset, endOffset] = 'start' in span ? this.sourceOffsets(span.start, span.end) : this.sourceOffsets(span.plainStart, span.plainEnd);
    return this.rangeOfOffsets(startOffset, endOffset);
  }

  rangeOfOffsets(startOffset: number, endOffset: number): Range {
    const start = this.outsideLineBreak(startOffset);
    const end = Math.max(start, this.outsideLineBreak(endOffset));
    return { start: this.lines.positionAt(start), end: this.lines.positionAt(end), startOffset: start, endOffset: end };
  }

  /** An offset between the \r and the \n of a CRLF has no editor position: it moves before the \r. */
  private outsideLineBreak(offset: number): number {
    return this.text.charCodeAt(offset) === 0x0a && this.text.charCodeAt(offset - 1) === 0x0d ? offset - 1 : offset;
  }

  /** Where document-level findings go: the title, else the first line with text. */
  anchorRange(): Range {
    if (this.titleBlock >= 0) return this.range(this.blocks[this.titleBlock]!);
    const first = this.blocks[0];
    if (first) {
      const line = this.lines.positionAt(first.srcStart).line;
      return this.rangeOfOffsets(this.lines.lineStart(line), this.lines.lineEnd(line));
    }
    return this.rangeOfOffsets(0, this.lines.lineEnd(0));
  }
}

export function lowerBound(hits: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (hits[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function detectLanguage(plain: string): DocumentLanguage {
  let cjk = 0;
  let latin = 0;
  for (let i = 0; i < plain.length; i++) {
    const code = plain.charCodeAt(i);
    if (isCjk(code)) cjk++;
    else if (code >= 0x61 && code <= 0x7a) latin++;
  }
  // A Chinese character carries about as much as an English word of five letters.
  return cjk * 5 >= latin && cjk > 0 ? 'zh' : 'en';
}

/** Builds the normalised plain text of all prose blocks from mdast, with a map back to source offsets. */
class PlainBuilder {
  readonly blocks: Block[] = [];
  readonly links: Link[] = [];
  readonly directives: Directive[] = [];
  readonly rootBlocks: Array<{ start: number; end: number }> = [];
  frontMatter: string | null = null;
  frontMatterOffset = -1;
  // Plain text and its map to the source, in typed arrays that grow by doubling.
  private codes: Uint16Array;
  private sourceMap: Int32Array;
  private length = 0;
  private current: Block | null = null;
  private underlineStart = -1;

  constructor(private readonly source: string) {
    // Prose is rarely longer than its source; one separator per block may add a little.
    this.codes = new Uint16Array(source.length + 64);
    this.sourceMap = new Int32Array(source.length + 64);
  }

  get plain(): string {
    let text = '';
    for (let i = 0; i < this.length; i += 8192) text += String.fromCharCode(...this.codes.subarray(i, Math.min(i + 8192, this.length)));
    return text;
  }

  toSource(): Int32Array {
    return this.sourceMap.slice(0, this.length);
  }

  walkRoot(root: Root): void {
    for (const child of root.children) {
      if (child.type !== 'html' && child.type !== 'yaml' && child.type !== 'definition' && child.position) {
        this.rootBlocks.push({ start: child.position.start.offset ?? 0, end: child.position.end.offset ?? 0 });
      }
      this.walkBlock(child, false, false);
    }
  }

  private walkBlock(node: RootContent, inList: boolean, inTable: boolean, listNumber: number | null = null): void {
    switch (node.type) {
      case 'yaml':
        this.frontMatter = node.value;
        this.frontMatterOffset = node.value === '' ? -1 : this.source.indexOf(node.value, node.position?.start.offset ?? 0);
        return;
      case 'heading':
        this.leaf(node, 'heading', node.depth, node.children, inList, inTable);
        return;
      case 'paragraph':
        this.leaf(node, 'paragraph', 0, node.children, inList, inTable, listNumber);
        return;
      case 'list':
        node.children.forEach((item, index) => {
          const only = node.ordered && item.children.length === 1 ? item.children[0] : undefined;
          for (const child of item.children) this.walkBlock(child, true, inTable, child === only ? (node.start ?? 1) + index : null);
        });
        return;
      case 'tableCell':
        this.leaf(node, 'tableCell', 0, node.children, inList, true);
        return;
      case 'html':
        this.collectDirectives(node.value, node.position?.start.offset ?? 0);
        return;
      case 'code':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) {
          for (const child of node.children as RootContent[]) this.walkBlock(child, inList || node.type === 'listItem', inTable || node.type === 'table');
        }
    }
  }

  private leaf(node: Nodes, kind: BlockKind, depth: number, children: PhrasingContent[], inList: boolean, inTable: boolean, listNumber: number | null = null): void {
    const srcStart = node.position?.start.offset ?? 0;
    const srcEnd = node.position?.end.offset ?? srcStart;
    if (this.blocks.length > 0) this.push(0x0a, srcStart);
    const block: Block = { kind, depth, plainStart: this.length, plainEnd: 0, srcStart, srcEnd, inList, inTable, allStrong: false, emphasis: [], listNumber };
    this.current = block;
    this.underlineStart = -1;
    for (const child of children) this.walkInline(child, false);
    block.plainEnd = this.length;
    block.allStrong = children.some((child) => child.type === 'strong') && children.every((child) => child.type === 'strong' || (child.type === 'text' && child.value.trim() === ''));
    while (block.plainStart < block.plainEnd && this.codes[block.plainStart] === 0x20) block.plainStart++;
    while (block.plainEnd > block.plainStart && this.codes[block.plainEnd - 1] === 0x20) block.plainEnd--;
    this.current = null;
    this.blocks.push(block);
  }

  private walkInline(node: PhrasingContent, emphasised: boolean): void {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        this.appendNode(node.value, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0, node.type === 'inlineCode');
        return;
      case 'break':
        this.push(0x20, node.position?.start.offset ?? 0);
        return;
      case 'html': {
        this.collectDirectives(node.value, node.position?.start.offset ?? 0);
        const tag = node.value.trim().toLowerCase();
        if (tag === '<u>' || tag === '<ins>') this.underlineStart = this.length;
        else if ((tag === '</u>' || tag === '</ins>') && this.underlineStart >= 0) {
          this.current?.emphasis.push([this.underlineStart, this.length]);
          this.underlineStart = -1;
        } else if (/^<br\s*\/?>$/.test(tag)) this.push(0x20, node.position?.start.offset ?? 0);
        return;
      }
      case 'strong':
      case 'emphasis': {
        const start = this.length;
        for (const child of node.children) this.walkInline(child, true);
        if (!emphasised) this.current?.emphasis.push([start, this.length]);
        return;
      }
      case 'link': {
        const start = this.length;
        for (const child of node.children) this.walkInline(child, emphasised);
        this.links.push({ url: node.url, plainStart: start, plainEnd: this.length });
        return;
      }
      default:
        if ('children' in node) for (const child of node.children as PhrasingContent[]) this.walkInline(child, emphasised);
    }
  }

  private collectDirectives(html: string, offset: number): void {
    if (html.includes('disclose-')) this.directives.push(...parseDirectives(html, offset));
  }

  private appendNode(value: string, srcStart: number, srcEnd: number, verbatim: boolean): void {
    const exact = verbatim ? this.source.indexOf(value, srcStart) : this.source.slice(srcStart, srcEnd) === value ? srcStart : -1;
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (isInvisible(code)) continue;
      this.push(normalizeCode(code), exact >= 0 ? exact + i : Math.min(srcStart + i, Math.max(srcStart, srcEnd - 1)));
    }
  }

  private push(code: number, sourceOffset: number): void {
    if (this.length === this.codes.length) {
      const codes = new Uint16Array(this.codes.length * 2);
      codes.set(this.codes);
      this.codes = codes;
      const sourceMap = new Int32Array(this.sourceMap.length * 2);
      sourceMap.set(this.sourceMap);
      this.sourceMap = sourceMap;
    }
    this.codes[this.length] = code;
    this.sourceMap[this.length++] = sourceOffset;
  }
}

function buildSections(model: DocumentModel): { sections: Section[]; titleBlock: number } {
  const found: Array<{ block: number; style: HeadingStyle; title: string; label: string }> = [];
  const numberingOfMarkdownHeadings = new Map<string, HeadingStyle>();
  let titleBlock = -1;
  model.blocks.forEach((block, index) => {
    const title = model.textOf(block);
    const next = model.blocks[index + 1];
    const style = classifyHeading(block, title, model.sourceTextOf(block), model.language, next ? next.plainEnd - next.plainStart : 0);
    if (!style) return;
    if (titleBlock < 0 && found.length === 0 && index <= 2 && block.kind === 'heading' && block.depth === 1) {
      titleBlock = index;
      return;
    }
    const numbering = block.kind === 'heading' ? numberingStyle(title) : null;
    if (numbering && !numberingOfMarkdownHeadings.has(numbering)) numberingOfMarkdownHeadings.set(numbering, style);
    found.push({ block: index, style, title, label: block.listNumber !== null ? `${block.listNumber}.` : numberingLabel(title) ?? title });
  });
  const candidates = withoutContentsLists(found, model.blocks.length);
  const levels = outlineLevels(candidates.map((c) => c.style), numberingOfMarkdownHeadings);
  const sections: Section[] = candidates.map((c, i) => ({
    block: c.block,
    level: levels[i]!,
    style: c.style,
    title: c.title,
    firstBlock: c.block + 1,
    endBlock: model.blocks.length,
    parent: -1,
  }));
  const stack: number[] = [];
  sections.forEach((section, index) => {
    while (stack.length > 0 && sections[stack[stack.length - 1]!]!.level >= section.level) {
      sections[stack.pop()!]!.endBlock = section.block;
    }
    section.parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
    stack.push(index);
  });
  return { sections, titleBlock };
}
