import type { Root, RootContent } from 'mdast';
import type { Node, Point } from 'unist';
import { parseMarkdown } from './parse';

/** Markdown text with its syntax tree. A tree passed to `reparse` belongs to the result afterwards. */
export interface ParsedText {
  readonly text: string;
  readonly tree: Root;
}

export function parseText(text: string): ParsedText {
  return { text, tree: parseMarkdown(text) };
}

/**
 * The tree of `text`, re-parsing only the top-level blocks an edit can have changed: from the last
 * block that ends before the edit to the first block that starts on a line after it. Those two
 * blocks are parsed again as anchors; the result is spliced in only when the closing anchor comes
 * out exactly as before (same type and span), which shows the edit did not open a fence, HTML block
 * or list that runs on. Everything else falls back to a full parse: link reference and footnote
 * definitions (they change inline parsing anywhere), and a front-matter fence at the start of the
 * re-parsed region. The nodes after the region are shifted in place: `previous` must not be used
 * again.
 */
export function reparse(previous: ParsedText, text: string): ParsedText {
  const old = previous.text;
  if (old === text) return previous;
  if (mayHaveDefinitions(text) || mayHaveDefinitions(old)) return parseText(text);

  const limit = Math.min(old.length, text.length);
  let prefix = 0;
  while (prefix < limit && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const oldChangeEnd = old.length - suffix;
  const delta = text.length - old.length;

  const children = previous.tree.children;
  // The opening anchor: the last block that ends before the edit (its first line is unchanged).
  let from = -1;
  while (from + 1 < children.length && endOf(children[from + 1]!) < prefix) from++;
  // The closing anchor: the first block whose line starts after the edit.
  let to = Math.max(from, 0);
  while (to < children.length && lineStart(old, startOf(children[to]!)) <= oldChangeEnd) to++;

  const regionStart = from < 0 ? 0 : lineStart(old, startOf(children[from]!));
  const regionEnd = to < children.length ? endOf(children[to]!) + delta : text.length;
  const source = text.slice(regionStart, regionEnd);
  // Front matter: a fence can open it only at the start, and close it anywhere below.
  if (startsWithFence(source) || (regionStart === 0 && startsWithFence(old))) return parseText(text);

  const region = parseMarkdown(source).children;
  const lineOffset = countLines(text, 0, regionStart);
  for (const node of region) shift(node, regionStart, lineOffset);
  if (to < children.length) {
    const anchor = children[to]!;
    const reparsed = region.at(-1);
    if (!reparsed || reparsed.type !== anchor.type || startOf(reparsed) !== startOf(anchor) + delta || endOf(reparsed) !== endOf(anchor) + delta) {
      return parseText(text);
    }
  }

  const lineDelta = countLines(text, prefix, text.length - suffix) - countLines(old, prefix, oldChangeEnd);
  const after = children.slice(to + 1);
  if (delta !== 0 || lineDelta !== 0) for (const node of after) shift(node, delta, lineDelta);
  const tree: Root = {
    type: 'root',
    children: [...children.slice(0, Math.max(from, 0)), ...region, ...after],
    position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) },
  };
  return { text, tree };
}

/**
 * Whether a line may hold a link reference or footnote definition ("[id]: url", "> [^1]: note"):
 * "]:" after nothing but indentation and container markers. Text such as "wp-settings-[UID]:" in a
 * sentence is no definition and does not force a full parse.
 */
function mayHaveDefinitions(text: string): boolean {
  for (let at = text.indexOf(']:'); at >= 0; at = text.indexOf(']:', text.indexOf('\n', at) + 1)) {
    const start = lineStart(text, at);
    const bracket = text.indexOf('[', start);
    // No "[" on the line: the label may have begun on an earlier line.
    if (bracket < 0 || bracket > at || DEFINITION_PREFIX.test(text.slice(start, bracket))) return true;
    if (text.indexOf('\n', at) < 0) return false;
  }
  return false;
}

/** What may precede a definition's "[" on its line: indentation, quote and list markers. */
const DEFINITION_PREFIX = /^[ \t>*+\-\d.)]*$/;

function startsWithFence(text: string): boolean {
  return text.startsWith('---') || text.startsWith('+++');
}

function startOf(node: RootContent): number {
  return node.position?.start.offset ?? 0;
}

function endOf(node: RootContent): number {
  return node.position?.end.offset ?? 0;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function countLines(text: string, start: number, end: number): number {
  let lines = 0;
  for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

function endPoint(text: string): Point {
  const lastBreak = text.lastIndexOf('\n');
  return { line: countLines(text, 0, text.length) + 1, column: text.length - lastBreak, offset: text.length };
}

/** Moves a subtree by `offset` characters and `lines` lines (columns are unchanged: regions start at a line start). */
function shift(node: Node, offset: number, lines: number): void {
  const position = node.position;
  if (position) {
    position.start = movePoint(position.start, offset, lines);
    position.end = movePoint(position.end, offset, lines);
  }
  if ('children' in node) for (const child of node.children as Node[]) shift(child, offset, lines);
}

function movePoint(point: Point, offset: number, lines: number): Point {
  return { line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + offset };
}
