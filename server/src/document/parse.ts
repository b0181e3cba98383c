import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkCjkFriendly);

/** Parses Markdown (CommonMark + GFM + YAML front matter, CJK-friendly emphasis) into mdast. */
export function parseMarkdown(text: string): Root {
  return processor.runSync(processor.parse(withBoundedNesting(text))) as Root;
}

/** Deeper nesting than any real document has; micromark's time grows with the square of the depth. */
export const MAX_NESTING = 20;

/**
 * The text with the container markers (>, -, *, +, 1.) beyond MAX_NESTING at the start of a line
 * defused: each one's first character becomes a no-break space, which no Markdown construct starts
 * with, so the rest of the line is a paragraph in the deepest container. The length and every offset
 * stay the same.
 */
export function withBoundedNesting(text: string): string {
  let result: string[] | null = null;
  let copied = 0;
  for (let lineStart = 0; lineStart < text.length; ) {
    let at = lineStart;
    let depth = 0;
    for (;;) {
      while (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09) at++;
      const marker = containerMarkerLength(text, at);
      if (marker === 0) break;
      depth++;
      if (depth > MAX_NESTING) {
        result ??= [];
        result.push(text.slice(copied, at), '\u00a0');
        copied = at + 1;
      }
      at += marker;
    }
    const lineEnd = text.indexOf('\n', at);
    lineStart = lineEnd < 0 ? text.length : lineEnd + 1;
  }
  if (!result) return text;
  result.push(text.slice(copied));
  return result.join('');
}

/** The length of a block-quote or list marker at `at` (with the space after a list marker), or 0. */
function containerMarkerLength(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === 0x3e) return 1;
  const spaceAfter = (offset: number) => text.charCodeAt(offset) === 0x20 || text.charCodeAt(offset) === 0x09;
  if ((code === 0x2d || code === 0x2a || code === 0x2b) && spaceAfter(at + 1)) return 2;
  let digits = 0;
  while (digits < 9 && text.charCodeAt(at + digits) >= 0x30 && text.charCodeAt(at + digits) <= 0x39) digits++;
  const delimiter = text.charCodeAt(at + digits);
  return digits > 0 && (delimiter === 0x2e || delimiter === 0x29) && spaceAfter(at + digits + 1) ? digits + 2 : 0;
}
