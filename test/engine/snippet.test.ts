import { describe, expect, it } from 'vitest';
import { escapeSnippet, renderSnippet } from '../../server/src/fixes/snippet';

describe('snippet rendering', () => {
  it('replaces placeholders by their defaults and choices by the first choice', () => {
    expect(renderSnippet('发送至 ${1:[投诉邮箱]}，${2|必需,可选|}；$3结束$0')).toBe('发送至 [投诉邮箱]，必需；结束');
    expect(renderSnippet('${1:outer ${2:inner}} and ${3}')).toBe('outer inner and ');
  });

  it('keeps escaped characters and a lone dollar', () => {
    expect(renderSnippet('costs \\$5 and \\} and US$')).toBe('costs $5 and } and US$');
    expect(renderSnippet(escapeSnippet('a $1 {b} \\ c'))).toBe('a $1 {b} \\ c');
  });
});

describe('tab stop renumbering', () => {
  it('shifts numbered tab stops and placeholders, keeps escapes and prices', async () => {
    const { shiftTabStops } = await import('../../server/src/fixes/snippet');
    expect(shiftTabStops('a ${1:x} $2 ${3|p,q|} \\$4 US$ 5 $0', 10)).toEqual({ text: 'a ${11:x} $12 ${13|p,q|} \\$4 US$ 5 ', highest: 13 });
    expect(shiftTabStops('no stops', 4)).toEqual({ text: 'no stops', highest: 4 });
  });
});
