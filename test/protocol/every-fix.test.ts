import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, type CodeAction, type Diagnostic, type TextDocumentEdit } from 'vscode-languageserver-protocol';
import { format } from '../../server/src/l10n';
import { messageDefaults, strictestParameters } from '../../server/src/profiles';
import { REQUIREMENTS } from '../../server/src/requirements';
import type { Requirement } from '../../server/src/requirements/requirement';
import { startServer, testUri, type ServerClient } from './helpers';

/**
 * For every requirement that can be missing, in both languages: each clause the server offers is
 * applied to a document that lacks the disclosure; the disclosure is then found, no other finding
 * appears (the clause's own blanks are reported by placeholder-unfilled, as they should be), and
 * the text outside the insertion is unchanged. The same for every targeted correction.
 */
let client: ServerClient;
let counter = 0;

beforeAll(async () => {
  ({ client } = await startServer({ locale: 'en' }));
});
afterAll(() => client.shutdown());

async function diagnosticsOf(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = testUri(`fix-${++counter}.md`);
  await client.open(uri, text, 1);
  return { uri, diagnostics: (await client.diagnosticsFor(uri, 1)).params.diagnostics };
}

function actionsFor(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as Promise<CodeAction[]>;
}

function offsetAt(text: string, line: number, character: number): number {
  let offset = 0;
  for (let i = 0; i < line; i++) offset = text.indexOf('\n', offset) + 1;
  return offset + character;
}

/** Applies a single-edit code action; returns the new text and the edited span in it. */
function apply(text: string, action: CodeAction): { text: string; start: number; end: number } {
  const edits = (action.edit!.documentChanges![0] as TextDocumentEdit).edits;
  expect(edits).toHaveLength(1);
  const { range, newText } = edits[0]!;
  const start = offsetAt(text, range.start.line, range.start.character);
  const end = offsetAt(text, range.end.line, range.end.character);
  return { text: text.slice(0, start) + newText + text.slice(end), start, end: start + newText.length };
}

const key = (d: Diagnostic) => `${String(d.code)}|${d.message.replace(/[“"][^”"]*[”"]/g, '“…”')}`;
function counts(diagnostics: Diagnostic[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const d of diagnostics) map.set(key(d), (map.get(key(d)) ?? 0) + 1);
  return map;
}

/**
 * Nothing new: every finding after the fix existed before, except blanks inside the inserted clause
 * and a rule that already fired reporting what is still lacking once the clause gave it something to
 * read (a clause's [e-mail] blank turns "no way to reach the operator" into "operator not named").
 */
function expectNothingNew(before: Diagnostic[], after: Diagnostic[], text: string, start: number, end: number): void {
  const old = counts(before);
  // The most severe level (1 = error) each rule reported before the fix.
  const worstBefore = new Map<unknown, number>();
  for (const d of before) worstBefore.set(d.code, Math.min(worstBefore.get(d.code) ?? 4, d.severity ?? 1));
  const added = after.filter((d) => {
    const at = offsetAt(text, d.range.start.line, d.range.start.character);
    if (d.code === 'placeholder-unfilled' && at >= start && at < end) return false;
    if ((d.severity ?? 1) > (worstBefore.get(d.code) ?? 4)) return false;
    const k = key(d);
    const left = old.get(k) ?? 0;
    if (left > 0) {
      old.set(k, left - 1);
      return false;
    }
    return true;
  });
  expect(added.map((d) => `${String(d.code)}: ${d.message}`)).toEqual([]);
}

/** An example's text as the server sees it: its profiles (`pipl` when it names none) in front matter. */
function exampleText(example: { markdown: string; profiles?: readonly string[] }): string {
  return `---\ndisclose:\n  profiles: [${(example.profiles ?? ['pipl']).join(', ')}]\n---\n${example.markdown}`;
}

const fixable = REQUIREMENTS.filter((r): r is Requirement & { fix: NonNullable<Requirement['fix']> } => r.fix !== undefined && r.kind !== 'pattern');

describe.each(fixable.map((r) => [r.id, r] as const))('%s', (id, requirement) => {
  it.each(['zh', 'en'] as const)('clauses fix the missing disclosure (%s)', async (lang) => {
    const example = requirement.examples.find((e) => e.lang === lang && e.findings.some((f) => f.kind === 'missing'));
    expect(example, `a ${lang} example where ${id} is missing`).toBeDefined();
    const markdown = exampleText(example!);
    const { uri, diagnostics } = await diagnosticsOf(markdown);
    const missingMessage = format('en', `${id}.missing`, messageDefaults(strictestParameters(['pipl'])));
    const missing = diagnostics.find((d) => d.code === id && d.message.startsWith(missingMessage));
    expect(missing, `${id} reported missing`).toBeDefined();
    const clauses = (await actionsFor(uri, missing!)).filter((a) => a.title.startsWith('Insert clause'));
    expect(clauses.length, `clauses for ${id} in ${lang}`).toBeGreaterThan(0);
    for (const clause of clauses) {
      const fixed = apply(markdown, clause);
      expect(fixed.text.slice(0, fixed.start) + fixed.text.slice(fixed.end)).toBe(markdown);
      const after = await diagnosticsOf(fixed.text);
      expect(after.diagnostics.filter((d) => d.code === id).map((d) => d.message), clause.title).toEqual([]);
      expectNothingNew(diagnostics, after.diagnostics, fixed.text, fixed.start, fixed.end);
    }
  });
});

describe('targeted corrections', () => {
  const withCorrections = REQUIREMENTS.flatMap((r) => r.examples.filter((e) => e.findings.some((f) => f.kind !== 'missing')).map((e) => [`${r.id}: ${e.lang}: ${e.name}`, r.id, exampleText(e)] as const));
  it.each(withCorrections)('%s', async (_name, id, markdown) => {
    const { uri, diagnostics } = await diagnosticsOf(markdown);
    for (const diagnostic of diagnostics.filter((d) => d.code === id)) {
      const corrections = (await actionsFor(uri, diagnostic)).filter((a) => a.title.startsWith('Replace'));
      for (const correction of corrections) {
        const fixed = apply(markdown, correction);
        const after = await diagnosticsOf(fixed.text);
        expect(after.diagnostics.filter((d) => d.code === id && d.range.start.line === diagnostic.range.start.line && key(d) === key(diagnostic))).toEqual([]);
        expectNothingNew(diagnostics, after.diagnostics, fixed.text, fixed.start, fixed.end);
      }
    }
  });
});
