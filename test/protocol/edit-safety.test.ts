import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { startServer, testUri, type ServerClient } from './helpers';
import { applyAction, codeActions } from './lsp-edits';

/**
 * Every edit the server proposes is tied to the version it was computed for, is not offered for a
 * newer one, and keeps the document's line endings, byte-order mark and final newline.
 */
const ZH = readFileSync('examples/privacy-policy.zh-cn.md', 'utf8');
const RESPONSE = '我们将在30天内回复您的请求。';

let client: ServerClient;
let counter = 0;
beforeAll(async () => {
  ({ client } = await startServer({ locale: 'en' }));
});
afterAll(() => client.shutdown());

async function open(text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = testUri(`edit-safety-${++counter}.md`);
  await client.open(uri, text, 1);
  return { uri, diagnostics: (await client.diagnosticsFor(uri, 1)).params.diagnostics };
}

/** Every kind of edit for the example: clause insertions, the correction, both disable directives, fix all. */
async function everyEdit(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  const of = (code: string) => diagnostics.find((d) => d.code === code)!;
  const quick = [...(await codeActions(client, uri, [of('complaint-channel')])), ...(await codeActions(client, uri, [of('complaint-response-time')]))].filter((a) => a.edit);
  const fixAll = await codeActions(client, uri, [], ['source.fixAll.disclose']);
  return [...quick, ...fixAll];
}

/** The text around a change: what the edit removed from `before` and what it put in its place. */
function changeOf(before: string, after: string): { removed: string; inserted: string } {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { removed: before.slice(start, before.length - end), inserted: after.slice(start, after.length - end) };
}

const LF_EXAMPLE = ZH.replace(/\r\n/g, '\n').replace(/\n+$/, '');
const VARIANTS = (['\n', '\r\n'] as const).flatMap((eol) =>
  ['', '\ufeff'].flatMap((bom) => [true, false].map((finalNewline) => ({ name: `${eol === '\n' ? 'LF' : 'CRLF'}${bom ? ', BOM' : ''}, ${finalNewline ? 'final newline' : 'no final newline'}`, eol, bom, finalNewline }))),
);

describe('edits keep line endings, the byte-order mark and the final newline', () => {
  it.each(VARIANTS.map((v) => [v.name, v] as const))('%s', async (_name, { eol, bom, finalNewline }) => {
    const text = bom + LF_EXAMPLE.replace(/\n/g, eol) + (finalNewline ? eol : '');
    const { uri, diagnostics } = await open(text);
    const actions = await everyEdit(uri, diagnostics);
    expect(actions.map((a) => a.title)).toEqual([
      'Insert clause: 投诉、举报渠道：电子邮件',
      'Insert clause: 投诉、举报渠道：电话',
      'Insert clause: 投诉、举报渠道：在线表单或应用内入口',
      'Disable complaint-channel for this line',
      'Disable complaint-channel for this file',
      'Replace “30天” with “15个工作日”',
      'Disable complaint-response-time for this line',
      'Disable complaint-response-time for this file',
      'Fix all auto-fixable problems',
    ]);
    for (const action of actions) {
      const fixed = applyAction(text, 1, action);
      const { removed, inserted } = changeOf(text, fixed);
      expect([action.title, fixed.startsWith('\ufeff'), fixed.indexOf('\ufeff', 1)]).toEqual([action.title, bom !== '', -1]);
      expect([action.title, fixed.endsWith(eol)]).toEqual([action.title, finalNewline]);
      const lineBreaks = fixed.match(/\r\n|\r|\n/g) ?? [];
      expect([action.title, lineBreaks.filter((b) => b !== eol).length]).toEqual([action.title, 0]);
      // Only the target changes: an insertion, or 30天 replaced.
      expect([action.title, removed]).toEqual([action.title, action.title.startsWith('Replace') || action.title.startsWith('Fix all') ? '30天' : '']);
      expect(inserted.length).toBeGreaterThan(0);
    }
  });
});

describe('a fix applies only to the version it was computed for', () => {
  it('names its version in every edit and in the snippet command, and is not offered once the document changed', async () => {
    const { uri, diagnostics } = await open(ZH);
    for (const action of await everyEdit(uri, diagnostics)) expect((action.edit!.documentChanges![0] as TextDocumentEdit).textDocument.version).toBe(1);
    const stale = diagnostics.filter((d) => d.code === 'complaint-channel' || d.code === 'complaint-response-time');
    await client.change(uri, `${ZH}\n`, 2);
    await client.diagnosticsFor(uri, 2);
    expect(await codeActions(client, uri, stale, ['quickfix'])).toEqual([]);
    const [fixAll] = await codeActions(client, uri, [], ['source.fixAll.disclose']);
    expect((fixAll!.edit!.documentChanges![0] as TextDocumentEdit).textDocument.version).toBe(2);
  });

  it('computes fix all for the version that arrived just before the request, not the one diagnosed last', async () => {
    const { uri } = await open(ZH);
    // Version 2 moves every line down: an edit computed for version 1 would land on the wrong text.
    const moved = `# 说明\n\n本政策自发布之日起生效。\n\n${ZH}`;
    await client.change(uri, moved, 2);
    const [fixAll] = await codeActions(client, uri, [], ['source.fixAll.disclose']);
    expect(() => applyAction(moved, 3, fixAll!)).toThrow('edit for version 2 refused on version 3');
    expect(applyAction(moved, 2, fixAll!)).toBe(moved.replace(RESPONSE, '我们将在15个工作日内回复您的请求。'));
  });

  it('offers nothing for diagnostics of a version it has not linted yet or no longer holds', async () => {
    const { uri, diagnostics } = await open(ZH);
    await client.change(uri, ZH.replace(RESPONSE, ''), 2);
    // Asked at once, before version 2 is linted: the version 1 diagnostics get no fixes.
    expect(await codeActions(client, uri, diagnostics.filter((d) => d.code === 'complaint-response-time'), ['quickfix'])).toEqual([]);
  });
});

describe('the snippet command carries its version', () => {
  it('names the version the clause position was computed for', async () => {
    const { client: snippets } = await startServer({ locale: 'en', initializationOptions: { snippetCommand: true } });
    const uri = testUri('edit-safety-snippet.md');
    await snippets.open(uri, ZH, 5);
    const complaint = (await snippets.diagnosticsFor(uri, 5)).params.diagnostics.find((d) => d.code === 'complaint-channel')!;
    const inserts = (await codeActions(snippets, uri, [complaint])).filter((a) => a.command?.command === 'disclose.insertSnippet');
    expect(inserts.map((a) => [a.command!.arguments![0], a.command!.arguments![1]])).toEqual([
      [uri, 5],
      [uri, 5],
      [uri, 5],
    ]);
    await snippets.shutdown();
  });
});
