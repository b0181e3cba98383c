import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CodeActionRequest, ExecuteCommandRequest, type CodeAction, type Diagnostic, type TextDocumentEdit } from 'vscode-languageserver-protocol';
import { applyEdits } from '../support/edits';
import { shutdownAll, startServer, testUri, type ServerClient } from './helpers';

afterEach(shutdownAll);

const ZH = readFileSync('examples/privacy-policy.zh-cn.md', 'utf8');

function codeActions(client: ServerClient, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  return client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics, only },
  }) as Promise<CodeAction[]>;
}

/** Applies a code action's versioned edit the way an editor does, refusing another version. */
function applyAction(text: string, action: CodeAction, version: number): string {
  const change = action.edit!.documentChanges![0] as TextDocumentEdit;
  expect(change.textDocument.version).toBe(version);
  const offsetAt = (line: number, character: number) => text.split('\n').slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + character;
  return applyEdits(
    text,
    change.edits.map((e) => ({
      newText: e.newText,
      range: { ...e.range, startOffset: offsetAt(e.range.start.line, e.range.start.character), endOffset: offsetAt(e.range.end.line, e.range.end.character) },
    })),
  );
}

describe('code actions over LSP', () => {
  it('offer clause inserts, disable directives and documentation for a missing disclosure, and the fix removes it', async () => {
    const { client, init } = await startServer({ locale: 'en' });
    expect(init.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.disclose'] });
    const uri = testUri('actions.md');
    await client.open(uri, ZH, 1);
    const { params } = await client.diagnosticsFor(uri, 1);
    const complaint = params.diagnostics.find((d) => d.code === 'complaint-channel')!;
    const actions = await codeActions(client, uri, [complaint]);
    expect(actions.map((a) => a.title)).toEqual([
      'Insert clause: 投诉、举报渠道：电子邮件',
      'Insert clause: 投诉、举报渠道：电话',
      'Insert clause: 投诉、举报渠道：在线表单或应用内入口',
      'Disable complaint-channel for this line',
      'Disable complaint-channel for this file',
      'Show documentation for complaint-channel',
    ]);
    expect(actions.map((a) => a.isPreferred)).toEqual([false, false, false, false, false, undefined]);

    const fixed = applyAction(ZH, actions[0]!, 1);
    await client.change(uri, fixed, 2);
    const after = await client.diagnosticsFor(uri, 2);
    expect(after.params.diagnostics.map((d) => d.code)).not.toContain('complaint-channel');
    const before = params.diagnostics.filter((d) => d.code !== 'complaint-channel').map((d) => [d.code, d.message]);
    expect(after.params.diagnostics.map((d) => [d.code, d.message]).filter(([code]) => code !== 'placeholder-unfilled')).toEqual(before);
  });

  it('refuse to compute fixes for a diagnostic of an older version', async () => {
    const { client } = await startServer({ locale: 'en' });
    const uri = testUri('stale.md');
    await client.open(uri, ZH, 1);
    const old = (await client.diagnosticsFor(uri, 1)).params.diagnostics.find((d) => d.code === 'complaint-channel')!;
    await client.change(uri, `${ZH}\n`, 2);
    await client.diagnosticsFor(uri, 2);
    expect(await codeActions(client, uri, [old], ['quickfix'])).toEqual([]);
  });

  it('fix all applies every automatic correction of the current version', async () => {
    const { client } = await startServer({ locale: 'en' });
    const uri = testUri('fix-all.md');
    await client.open(uri, ZH, 1);
    await client.diagnosticsFor(uri, 1);
    const [fixAll, ...rest] = await codeActions(client, uri, [], ['source.fixAll.disclose']);
    expect(rest).toEqual([]);
    expect(fixAll).toMatchObject({ title: 'Fix all auto-fixable problems', kind: 'source.fixAll.disclose' });
    const fixed = applyAction(ZH, fixAll!, 1);
    expect(fixed).toBe(ZH.replace('我们将在30天内回复您的请求。', '我们将在15个工作日内回复您的请求。'));
    await client.change(uri, fixed, 2);
    expect((await client.diagnosticsFor(uri, 2)).params.diagnostics.map((d) => d.code)).not.toContain('complaint-response-time');
    expect(await codeActions(client, uri, [], ['source.fixAll.disclose'])).toEqual([]);
  });

  it('hand clause snippets to a client that inserts snippets, with the version they were made for', async () => {
    const { client } = await startServer({ locale: 'en', initializationOptions: { snippetCommand: true } });
    const uri = testUri('snippet.md');
    await client.open(uri, ZH, 3);
    const complaint = (await client.diagnosticsFor(uri, 3)).params.diagnostics.find((d) => d.code === 'complaint-channel')!;
    const [insert] = await codeActions(client, uri, [complaint]);
    expect(insert!.edit).toBeUndefined();
    expect(insert!.command!.command).toBe('disclose.insertSnippet');
    const [argUri, version, range, snippet] = insert!.command!.arguments!;
    expect([argUri, version, range]).toEqual([uri, 3, { start: { line: 45, character: 63 }, end: { line: 45, character: 63 } }]);
    expect(snippet).toContain('${1:[投诉邮箱]}');
  });

  it('open the rule documentation through window/showDocument', async () => {
    const { client } = await startServer({ locale: 'en' });
    const shown: string[] = [];
    client.connection.onRequest('window/showDocument', (params: { uri: string }) => {
      shown.push(params.uri);
      return { success: true };
    });
    const uri = testUri('docs.md');
    await client.open(uri, ZH, 1);
    const complaint = (await client.diagnosticsFor(uri, 1)).params.diagnostics.find((d) => d.code === 'complaint-channel')!;
    const docs = (await codeActions(client, uri, [complaint])).at(-1)!;
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: docs.command!.command, arguments: docs.command!.arguments });
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/^file:\/\/.*\/docs\/rules\/complaint-channel\.md$/);
  });
});
