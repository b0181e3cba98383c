/**
 * Inline directives are HTML comments, as Markdown linters use them:
 *   <!-- disclose-disable-next-line complaint-channel -->   the next block (paragraph, heading, list, table)
 *   <!-- disclose-disable complaint-channel, data-categories -->  ...  <!-- disclose-enable complaint-channel -->
 *   <!-- disclose-disable -->   every rule, until a matching enable or the end of the file
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named by the directive; empty means every rule. */
  ruleIds: string[];
  /** Source offsets of the whole comment. */
  start: number;
  end: number;
  /** Source offsets of each rule id, for reporting unknown ids. */
  idOffsets: number[];
}

const KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable', 'enable'];

/** Parses the directives in an HTML node's text (one node may hold several comments). */
export function parseDirectives(html: string, offset: number): Directive[] {
  const directives: Directive[] = [];
  let from = 0;
  for (;;) {
    const open = html.indexOf('<!--', from);
    if (open < 0) break;
    const close = html.indexOf('-->', open + 4);
    if (close < 0) break;
    from = close + 3;
    const inner = html.slice(open + 4, close);
    const trimmedStart = inner.length - inner.trimStart().length;
    const body = inner.trim();
    const kind = KINDS.find((k) => body === `disclose-${k}` || body.startsWith(`disclose-${k} `) || body.startsWith(`disclose-${k}\t`) || body.startsWith(`disclose-${k}\n`));
    if (!kind) continue;
    const rest = body.slice(`disclose-${kind}`.length);
    const restOffset = offset + open + 4 + trimmedStart + `disclose-${kind}`.length;
    const ruleIds: string[] = [];
    const idOffsets: number[] = [];
    for (const match of rest.matchAll(/[^\s,]{1,80}/g)) {
      ruleIds.push(match[0]);
      idOffsets.push(restOffset + match.index!);
    }
    directives.push({ kind, ruleIds, start: offset + open, end: offset + close + 3, idOffsets });
  }
  return directives;
}
