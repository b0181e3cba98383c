import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodeActionRequest, HoverRequest } from 'vscode-languageserver-protocol';
import { CLI_PATH, REPO_ROOT, SERVER_PATH, ServerClient, testUri } from '../protocol/helpers';

/**
 * No network, no processes, no code made at run time: the CLI and the server run over the example
 * policies with a preload that makes every network, DNS and process-spawning function throw and
 * records each attempt; the bundles contain no eval or new Function.
 */
const dir = mkdtempSync(join(tmpdir(), 'disclose-security-'));
const attempts = join(dir, 'attempts.log');
const preload = join(dir, 'no-network.cjs');
writeFileSync(
  preload,
  `const { appendFileSync } = require('node:fs');
const blocked = {
  net: ['connect', 'createConnection', 'createServer'],
  tls: ['connect', 'createServer'],
  dgram: ['createSocket'],
  dns: ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'],
  http: ['request', 'get', 'createServer'],
  https: ['request', 'get', 'createServer'],
  http2: ['connect', 'createServer', 'createSecureServer'],
  child_process: ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'],
};
const refuse = (name) => function () {
  appendFileSync(process.env.DISCLOSE_ATTEMPTS, name + '\\n');
  throw new Error('blocked by the security test: ' + name);
};
for (const [module, names] of Object.entries(blocked)) {
  const exports = require(module);
  for (const name of names) exports[name] = refuse(module + '.' + name);
}
appendFileSync(process.env.DISCLOSE_ATTEMPTS + '.loaded', process.pid + '\\n');
globalThis.fetch = refuse('fetch');
globalThis.WebSocket = refuse('WebSocket');
`,
);
const EXAMPLES = readdirSync(join(REPO_ROOT, 'examples')).filter((name) => name.endsWith('.md')).sort();
const env = { ...process.env, DISCLOSE_ATTEMPTS: attempts, LANG: 'en_US.UTF-8', NO_COLOR: '1' };
/** Processes (and worker threads) the preload ran in since the last reset. */
const loaded = () => readFileSync(`${attempts}.loaded`, 'utf8').trim().split('\n').length;
const reset = () => {
  writeFileSync(attempts, '');
  writeFileSync(`${attempts}.loaded`, '');
};
const recorded = () => {
  try {
    return readFileSync(attempts, 'utf8').trim().split('\n').filter(Boolean);
  } catch {
    return [];
  }
};

describe('no network access and no processes', () => {
  it('the preload catches an attempt (so that its silence below means something)', () => {
    reset();
    const probe = spawnSync(process.execPath, ['--require', preload, '-e', "require('node:https').get('https://example.com')"], { env, encoding: 'utf8' });
    expect(probe.status).not.toBe(0);
    expect(recorded()).toEqual(['https.get']);
  });

  it.each([['1'], ['2']])('the CLI checks the examples with --jobs %s and attempts nothing', (jobs) => {
    reset();
    const run = spawnSync(process.execPath, ['--require', preload, CLI_PATH, 'check', '--format', 'json', '--jobs', jobs, 'examples'], { env, encoding: 'utf8', cwd: REPO_ROOT });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as { files: Array<{ path: string }> }).files.map((f) => f.path)).toEqual(EXAMPLES.map((name) => join('examples', name)));
    expect(loaded()).toBe(jobs === '1' ? 1 : 3);
    expect(recorded()).toEqual([]);
  });

  it('the server lints, hovers and offers fixes for the examples and attempts nothing', async () => {
    reset();
    const saved = { NODE_OPTIONS: process.env.NODE_OPTIONS, DISCLOSE_ATTEMPTS: process.env.DISCLOSE_ATTEMPTS };
    process.env.NODE_OPTIONS = `--require ${preload}`;
    process.env.DISCLOSE_ATTEMPTS = attempts;
    let client: ServerClient;
    try {
      client = ServerClient.start();
    } finally {
      process.env.NODE_OPTIONS = saved.NODE_OPTIONS ?? '';
      process.env.DISCLOSE_ATTEMPTS = saved.DISCLOSE_ATTEMPTS ?? '';
    }
    await client.initialize({ locale: 'en' });
    for (const name of EXAMPLES) {
      const uri = testUri(`security-${name}`);
      await client.open(uri, readFileSync(join(REPO_ROOT, 'examples', name), 'utf8'), 1);
      const { diagnostics } = (await client.diagnosticsFor(uri, 1)).params;
      expect(diagnostics.length).toBeGreaterThan(0);
      const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0]!.range, context: { diagnostics } });
      expect(actions!.length).toBeGreaterThan(0);
      expect(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: diagnostics[0]!.range.start })).not.toBeNull();
    }
    expect(await client.shutdown()).toBe(0);
    expect(client.stderr).toBe('');
    expect(loaded()).toBe(1);
    expect(recorded()).toEqual([]);
  });
});

describe('no code made at run time', () => {
  const bundles = [SERVER_PATH, CLI_PATH, join(REPO_ROOT, 'client', 'dist', 'extension.js')];
  it.each(bundles.map((path) => [path.slice(REPO_ROOT.length), path] as const))('%s has no eval and no new Function', (_name, path) => {
    const code = readFileSync(path, 'utf8');
    expect(code.length).toBeGreaterThan(10_000);
    expect(code.match(/(?<![\w$.])eval\s*\(|new\s+Function\s*\(|(?<![\w$.])Function\s*\(/g)).toBeNull();
  });
});
