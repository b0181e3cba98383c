import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { startServer, testUri, type ServerClient } from './helpers';
import { applyAction, codeActions } from './lsp-edits';

/**
 * Fix all (`source.fixAll.disclose`, what fix-on-save runs) on every example: the first application
 * makes exactly the corrections offered as preferred quick fixes, nothing else, and the findings they
 * correct go away; the second changes nothing.
 */
const EXAMPLES = readdirSync('examples').filter((name) => name.endsWith('.md')).sort();

let client: ServerClient;
beforeAll(async () => {
  ({ client } = await startServer({ locale: 'en' }));
});
afterAll(() => client.shutdown());

const editsOf = (action: CodeAction): TextEdit[] => (action.edit!.documentChanges![0] as TextDocumentEdit).edits;
const key = (edit: TextEdit) => JSON.stringify([edit.range, edit.newText]);

async function fixAllOf(uri: string, text: string): Promise<{ diagnostics: Diagnostic[]; fixAll: CodeAction | undefined }> {
  await client.open(uri, text, 1);
  const diagnostics = (await client.diagnosticsFor(uri, 1)).params.diagnostics;
  const actions = await codeActions(client, uri, [], ['source.fixAll.disclose']);
  expect(actions.length).toBeLessThanOrEqual(1);
  return { diagnostics, fixAll: actions[0] };
}

describe.each(EXAMPLES)('fix all on examples/%s', (name) => {
  const text = readFileSync(`examples/${name}`, 'utf8');

  it('makes exactly the preferred corrections, and a second run changes nothing', async () => {
    const { diagnostics, fixAll } = await fixAllOf(testUri(`idempotence-1-${name}`), text);
    expect(fixAll, `examples/${name} has automatic corrections`).toBeDefined();
    const preferred: TextEdit[] = [];
    const corrected: Diagnostic[] = [];
    for (const diagnostic of diagnostics) {
      const edits = (await codeActions(client, testUri(`idempotence-1-${name}`), [diagnostic], ['quickfix'])).filter((a) => a.isPreferred).flatMap(editsOf);
      if (edits.length > 0) corrected.push(diagnostic);
      preferred.push(...edits);
    }
    expect(editsOf(fixAll!).map(key).sort()).toEqual([...new Set(preferred.map(key))].sort());

    const once = applyAction(text, 1, fixAll!);
    expect(once).not.toBe(text);
    const second = await fixAllOf(testUri(`idempotence-2-${name}`), once);
    expect(second.fixAll).toBeUndefined();
    // Each corrected finding is gone (the rest may change: a corrected age can make other rules apply).
    const messages = new Set(second.diagnostics.map((d) => `${String(d.code)}|${d.message}`));
    expect(corrected.length).toBeGreaterThan(0);
    expect(corrected.filter((d) => messages.has(`${String(d.code)}|${d.message}`)).map((d) => d.message)).toEqual([]);
  });
});
