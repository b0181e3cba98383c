import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeActionRequest, HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer, testUri, type ServerClient } from '../protocol/helpers';
import { decodedBytes, grammarMarkdown } from './inputs';

/**
 * The server over stdio, fed fuzzed documents one after another: every document gets diagnostics
 * whose ranges lie inside it, the process stays alive, and it answers the next request.
 */
const SEED = 7_2024;
const INPUTS = [...fc.sample(grammarMarkdown, { seed: SEED, numRuns: 24 }), ...fc.sample(decodedBytes, { seed: SEED, numRuns: 12 })];

let client: ServerClient;
beforeAll(async () => {
  ({ client } = await startServer({ locale: 'en' }));
});
afterAll(() => client.shutdown());

function outside(document: TextDocument, diagnostic: Diagnostic): boolean {
  const { start, end } = diagnostic.range;
  const inside = (p: { line: number; character: number }) => p.line >= 0 && p.line < document.lineCount && p.character >= 0 && document.positionAt(document.offsetAt(p)).character === p.character;
  return !inside(start) || !inside(end) || document.offsetAt(start) > document.offsetAt(end);
}

describe('the language server on fuzzed documents', () => {
  it(`publishes diagnostics inside each of ${INPUTS.length} documents and keeps answering`, async () => {
    for (const [i, text] of INPUTS.entries()) {
      const uri = testUri(`fuzz-${i}.md`);
      await client.open(uri, text, 1);
      const { params } = await client.diagnosticsFor(uri, 1, 20_000);
      const document = TextDocument.create(uri, 'markdown', 1, text);
      expect(params.diagnostics.filter((d) => outside(document, d)).map((d) => `${String(d.code)} ${JSON.stringify(d.range)}`), JSON.stringify(text)).toEqual([]);
      await client.close(uri);
    }
    const uri = testUri('after-fuzz.md');
    await client.open(uri, '# Privacy Policy\n\nWe collect your e-mail address.\n', 1);
    expect((await client.diagnosticsFor(uri, 1)).params.diagnostics.length).toBeGreaterThan(0);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 3 } });
    expect(hover).not.toBeNull();
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.disclose'] } });
    expect(actions).toEqual([]);
    expect(client.exitCode).toBeNull();
  }, 60_000);
});
