import type { Position } from '../types';

/**
 * Normalises one UTF-16 code unit for matching without changing text length: full-width ASCII to
 * half-width, ideographic and no-break spaces to spaces, curly quotes to straight ones, ASCII to
 * lower case. Chinese punctuation without a half-width twin (。、) is kept.
 */
export function normalizeCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  else if (code === 0x3000 || code === 0x00a0 || code === 0x2002 || code === 0x2003 || code === 0x2009) return 0x20;
  else if (code === 0x2018 || code === 0x2019) return 0x27;
  else if (code === 0x201c || code === 0x201d) return 0x22;
  else if (code === 0x2013 || code === 0x2014 || code === 0x2015 || code === 0x2012) return 0x2d;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code === 0x0a || code === 0x0d || code === 0x09) return 0x20;
  return code;
}

export function normalize(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(normalizeCode(text.charCodeAt(i)));
  return out;
}

/** Characters that carry no meaning and break matching when pasted from Word or the web. */
export function isInvisible(code: number): boolean {
  return code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0x00ad || code === 0x200e || code === 0x200f;
}

export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

export function isAsciiWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
}

/** Maps UTF-16 offsets to 0-based line/character positions (LSP's default encoding). */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) this.lineStarts.push(i + 1);
      else if (c === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        this.lineStarts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.lineStarts[position.line]!;
    const end = this.lineEnd(position.line);
    return Math.min(start + Math.max(0, position.character), end);
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.min(Math.max(line, 0), this.lineStarts.length - 1)]!;
  }

  /** Offset of the end of the line's content, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1]!;
    if (this.text.charCodeAt(end - 1) === 0x0a) end--;
    if (this.text.charCodeAt(end - 1) === 0x0d) end--;
    return end;
  }
}

const SENTENCE_END = new Set(['。', '!', '?', ';', '！', '？', '；']);
const CLOSERS = new Set(['"', "'", ')', ']', '」', '』', '》', '】', '”', '’']);
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'inc', 'ltd', 'co', 'no', 'art', 'mr', 'mrs', 'ms', 'dr', 'u.s', 'vs', 'para', 'sec', 'st', 'corp', 'jr', 'sr', 'approx', 'cf']);

/**
 * Splits normalised text into sentence spans [start, end), relative to `text`. Splits at Chinese and
 * English terminal punctuation and at semicolons; a full stop ends a sentence only before a space
 * (or the end) and not after a common abbreviation or between digits.
 */
export function splitSentences(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && text.charCodeAt(s) === 0x20) s++;
    while (e > s && text.charCodeAt(e - 1) === 0x20) e--;
    if (e > s) spans.push([s, e]);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    let boundary = SENTENCE_END.has(ch);
    if (!boundary && ch === '.') {
      const next = text.charCodeAt(i + 1);
      const followedByBreak = i + 1 >= text.length || next === 0x20 || isCjk(next);
      boundary = followedByBreak && !endsWithAbbreviation(text, i) && !isLeadingNumber(text, start, i);
    }
    if (!boundary) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return spans;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** "1." or "2.3." opening a sentence is list numbering, not a sentence end. */
function isLeadingNumber(text: string, sentenceStart: number, dotIndex: number): boolean {
  let s = sentenceStart;
  while (s < dotIndex && text.charCodeAt(s) === 0x20) s++;
  if (s === dotIndex) return false;
  for (let i = s; i < dotIndex; i++) {
    const c = text.charCodeAt(i);
    if (!isDigitCode(c) && c !== 0x2e) return false;
  }
  return true;
}

function endsWithAbbreviation(text: string, dotIndex: number): boolean {
  let s = dotIndex;
  while (s > 0 && dotIndex - s < 8) {
    const c = text.charCodeAt(s - 1);
    if (!((c >= 0x61 && c <= 0x7a) || c === 0x2e)) break;
    s--;
  }
  const word = text.slice(s, dotIndex);
  return word.length > 0 && (ABBREVIATIONS.has(word) || (word.length === 1 && s > 0 && text.charCodeAt(s - 1) === 0x20));
}
