import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol';
import { shutdownAll, startServer } from './helpers';

afterEach(shutdownAll);

const POLICY = '# 隐私政策\n\n## 联系我们\n\n我们将在30天内回复您的请求。\n';

describe('configuration in the language server', () => {
  it('applies the nearest .disclose.yml, reports its problems on the file, and re-lints when it changes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'disclose-ls-config-'));
    mkdirSync(join(root, 'policies'));
    const configPath = join(root, '.disclose.yml');
    writeFileSync(configPath, 'rules:\n  complaint-channel: off\n  data-categoris: off\n');
    const policyPath = join(root, 'policies', 'privacy.md');
    writeFileSync(policyPath, POLICY);
    const { client } = await startServer({ locale: 'en' });
    const uri = pathToFileURL(policyPath).href;
    const configUri = pathToFileURL(configPath).href;

    await client.open(uri, POLICY, 1);
    const first = await client.diagnosticsFor(uri, 1);
    const codes = first.params.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('complaint-channel');
    expect(codes).toContain('complaint-response-time');
    const configDiagnostics = client.publishedFor(configUri);
    expect(configDiagnostics.at(-1)!.diagnostics.map((d) => [d.code, d.message, d.range.start])).toEqual([
      ['invalid-configuration', 'Unknown rule “data-categoris” under `rules`: no rule has this id.', { line: 2, character: 2 }],
    ]);

    writeFileSync(configPath, 'rules:\n  complaint-response-time: off\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    await client.change(uri, `${POLICY}\n`, 2);
    const second = await client.diagnosticsFor(uri, 2);
    expect(second.params.diagnostics.map((d) => d.code)).toContain('complaint-channel');
    expect(second.params.diagnostics.map((d) => d.code)).not.toContain('complaint-response-time');
    expect(client.publishedFor(configUri).at(-1)!.diagnostics).toEqual([]);
  });

  it('leaves out documents that the configuration ignores, and lets settings override the file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'disclose-ls-ignore-'));
    writeFileSync(join(root, '.disclose.json'), '{"ignore": ["drafts/**"], "rules": {"complaint-response-time": "info"}}');
    mkdirSync(join(root, 'drafts'));
    writeFileSync(join(root, 'drafts', 'draft.md'), POLICY);
    writeFileSync(join(root, 'final.md'), POLICY);
    const { client } = await startServer({ locale: 'en', configuration: { rules: { 'complaint-channel': 'warning' } } });
    const draft = pathToFileURL(join(root, 'drafts', 'draft.md')).href;
    const final = pathToFileURL(join(root, 'final.md')).href;
    await client.open(draft, POLICY, 1);
    await client.open(final, POLICY, 1);
    expect((await client.diagnosticsFor(draft, 1)).params.diagnostics).toEqual([]);
    const severities = Object.fromEntries((await client.diagnosticsFor(final, 1)).params.diagnostics.map((d) => [d.code, d.severity]));
    expect(severities['complaint-response-time']).toBe(3);
    expect(severities['complaint-channel']).toBe(2);
  });
});
