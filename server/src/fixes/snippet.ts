/**
 * VS Code snippet syntax, as the clause library uses it: `$1`, `${1}`, `${1:default}` (nestable),
 * `${1|one,two|}` choices, `\$ \} \\` escapes. Renders a snippet to the text a plain edit inserts:
 * every placeholder becomes its default (or first choice), tab stops disappear.
 */
export function renderSnippet(snippet: string): string {
  let i = 0;
  const parse = (until: string | null): string => {
    let text = '';
    while (i < snippet.length) {
      const ch = snippet[i]!;
      if (ch === '\\' && i + 1 < snippet.length && '$}\\,|'.includes(snippet[i + 1]!)) {
        text += snippet[i + 1];
        i += 2;
      } else if (until !== null && ch === until) {
        return text;
      } else if (ch === '$') {
        text += parseDollar();
      } else {
        text += ch;
        i++;
      }
    }
    return text;
  };
  const parseDollar = (): string => {
    i++;
    if (/[0-9]/.test(snippet[i] ?? '')) {
      while (/[0-9]/.test(snippet[i] ?? '')) i++;
      return '';
    }
    if (snippet[i] !== '{') return '$';
    i++;
    while (/[0-9]/.test(snippet[i] ?? '')) i++;
    if (snippet[i] === '}') {
      i++;
      return '';
    }
    if (snippet[i] === ':') {
      i++;
      const value = parse('}');
      i++;
      return value;
    }
    if (snippet[i] === '|') {
      i++;
      const choices = parse('|');
      i += 2;
      return choices.split(',')[0] ?? '';
    }
    return '';
  };
  return parse(null);
}

/** Escapes text so that a snippet inserts it literally. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (ch) => `\\${ch}`);
}

/**
 * Renumbers tab stops by `offset` (`$1` -> `$11`), so that several clauses can be joined into one
 * snippet without their blanks mirroring each other. `$0` (the final cursor) is dropped. Returns the
 * snippet and the highest tab stop it uses.
 */
export function shiftTabStops(snippet: string, offset: number): { text: string; highest: number } {
  let highest = offset;
  let text = '';
  for (let i = 0; i < snippet.length; i++) {
    const ch = snippet[i]!;
    if (ch === '\\' && i + 1 < snippet.length) {
      text += ch + snippet[i + 1];
      i++;
      continue;
    }
    if (ch !== '$') {
      text += ch;
      continue;
    }
    const braced = snippet[i + 1] === '{';
    let j = braced ? i + 2 : i + 1;
    const start = j;
    while (j < snippet.length && /[0-9]/.test(snippet[j]!)) j++;
    if (j === start) {
      text += ch;
      continue;
    }
    const number = Number(snippet.slice(start, j));
    if (number === 0 && !braced) {
      i = j - 1;
      continue;
    }
    const shifted = number === 0 ? 0 : number + offset;
    highest = Math.max(highest, shifted);
    text += braced ? `\${${shifted}` : `$${shifted}`;
    i = j - 1;
  }
  return { text, highest };
}
