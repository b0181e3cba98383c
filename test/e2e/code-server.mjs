// End-to-end test in a real VS Code: code-server (VS Code 1.139 with a Node extension host) driven
// through Debian's Chromium with playwright-core. Run by `npm run test:e2e`, which first writes
// disclose.vsix (`npm run package`).
//
// Scenario: a workspace with a Chinese privacy policy that lacks a complaint channel; open it from the
// Explorer, open the Problems panel, wait for the `complaint-channel` problem and the "Disclose n/m"
// status bar item; type a complaint section at the end of the document; wait for the problem to go.
// Screenshots go to test-results/e2e/. Exit code 0 on success, 1 on failure (naming the failed step).
//
// Environment: DISCLOSE_E2E_CHROMIUM (default /usr/bin/chromium), DISCLOSE_E2E_HEADED=1 to watch,
// DISCLOSE_E2E_KEEP=1 to keep the temporary folder (code-server log, profile) for debugging,
// DISCLOSE_E2E_VSIX (default disclose.vsix), DISCLOSE_E2E_CACHE (default .vscode-test/, see
// install-code-server.mjs, which installs code-server there on the first run: 4-6 minutes).
import { spawn, execFileSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureCodeServer } from './install-code-server.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const vsix = resolve(process.env.DISCLOSE_E2E_VSIX || join(repoRoot, 'disclose.vsix'));
const artifacts = join(repoRoot, 'test-results', 'e2e');
const chromiumPath = process.env.DISCLOSE_E2E_CHROMIUM || '/usr/bin/chromium';
const { version: extensionVersion, publisher, name: extensionName } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

const TIMEOUT = {
  installExtension: 60_000,
  serverReady: 60_000,
  workbench: 60_000,
  firstDiagnostics: 90_000,
  statusBar: 30_000,
  fixed: 30_000,
  consistent: 30_000,
  install: 30 * 60_000, // a cold install of code-server takes 4-6 minutes
  whole: 5 * 60_000, // the rest of the run
};

const RULE = 'complaint-channel';
const RULE_MESSAGE = 'Missing disclosure: a channel for complaints and reports';

// A short Chinese privacy policy: purposes, data collected, minors, contact with an e-mail address and
// a reply time, but no complaint/report channel (the words 投诉 and 举报 appear nowhere).
const POLICY = `# 隐私政策

更新日期：2026年1月1日

示例科技有限公司（以下简称“我们”）重视您的个人信息保护。本政策说明我们如何收集、使用和保护您的个人信息。

## 一、我们收集的个人信息

我们会收集您的手机号码、昵称和设备信息。

## 二、收集和使用个人信息的目的

我们收集手机号码用于注册和登录，收集设备信息用于保障账号安全。

## 三、未成年人保护

不满十四周岁的未成年人需取得监护人同意后方可使用我们的服务。

## 四、联系我们

如您对本政策有任何疑问，请发送邮件至 privacy@example.cn，我们将在15个工作日内回复。
`;
// Typed at the end of the document (which ends with a newline, so this starts a new paragraph).
const TYPED = '\n## 投诉与举报\n\n如您需要投诉或举报，请发送邮件至 complaints@example.cn。\n';

// User settings that keep the workbench quiet and the editor from rewriting typed text.
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.wordBasedSuggestions': 'off',
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.formatOnType': false,
  'editor.inlineSuggest.enabled': false,
  'editor.minimap.enabled': false,
  'markdown.validate.enabled': false,
  'problems.defaultViewMode': 'tree',
  // Reading the virtualised Problems list wheels through it: about 7 rows a wheel event instead of 2.
  'workbench.list.mouseWheelScrollSensitivity': 3,
};

// ---------------------------------------------------------------------------------------------------

const t0 = Date.now();
const since = (start) => `${((Date.now() - start) / 1000).toFixed(1)} s`;
const log = (line) => console.log(`[e2e ${since(t0).padStart(7)}] ${line}`);
const timings = {};
let currentStep = 'setup';

class StepError extends Error {}

/** Runs one named step; a failure inside carries the step's name. */
async function step(name, fn) {
  currentStep = name;
  const start = Date.now();
  log(`→ ${name}`);
  const result = await fn();
  log(`✓ ${name} (${since(start)})`);
  return result;
}

/** Polls `probe` until it returns a truthy value; fails with `describe()` after `timeout` ms. */
async function waitFor(what, probe, { timeout, interval = 100, describe } = {}) {
  const start = Date.now();
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      if (error instanceof StepError) throw error;
      last = error;
    }
    if (Date.now() - start > timeout) {
      const detail = describe ? await describe().catch((error) => `(could not describe: ${error.message})`) : last instanceof Error ? last.message : '';
      throw new StepError(`timed out after ${timeout / 1000} s waiting for ${what}${detail ? `\n${detail}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Processes in session `sid` (code-server runs in its own session: it and everything it forks). */
function sessionMembers(sid) {
  const members = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid pgrp session ...; comm may contain spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[3]) === sid) members.push(Number(entry));
    } catch {
      // exited meanwhile
    }
  }
  return members;
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/** Ends code-server's whole process group and session: SIGTERM, then SIGKILL after a grace period. */
async function stopSession(pid) {
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && sessionMembers(pid).length) await new Promise((r) => setTimeout(r, 100));
  const left = sessionMembers(pid);
  if (left.length) {
    log(`SIGKILL to ${left.length} code-server process(es) still running: ${left.join(' ')}`);
    signalGroup(pid, 'SIGKILL');
    for (const member of left) {
      try {
        process.kill(member, 'SIGKILL');
      } catch {
        // gone
      }
    }
    const killDeadline = Date.now() + 5000;
    while (Date.now() < killDeadline && sessionMembers(pid).length) await new Promise((r) => setTimeout(r, 100));
  }
  return sessionMembers(pid);
}

/** What the CLI (same engine as the language server) reports for `text`: diagnostics and coverage. */
function lintWithCli(cli, dir, text) {
  const file = join(dir, 'policy.md');
  writeFileSync(file, text);
  const out = execFileSync(process.execPath, [cli, 'check', file, '--format', 'json', '--exit-zero'], { encoding: 'utf8' });
  const result = JSON.parse(out).files[0];
  const applicable = result.requirements.filter((r) => r.status !== 'not-applicable');
  const disclosed = applicable.filter((r) => r.status === 'present' || r.status === 'weak');
  return {
    rules: [...new Set(result.diagnostics.map((d) => d.ruleId))].sort(),
    diagnostics: result.diagnostics,
    status: `Disclose ${disclosed.length}/${applicable.length}`,
  };
}

// ---------------------------------------------------------------------------------------------------

const root = mkdtempSync(join(tmpdir(), 'disclose-e2e-'));
const dirs = {
  workspace: join(root, 'workspace'),
  userData: join(root, 'user-data'),
  extensions: join(root, 'extensions'),
  config: join(root, 'config'),
  tmp: join(root, 'tmp'),
  home: join(root, 'home'),
  browser: join(root, 'browser-profile'),
  cli: join(root, 'cli'),
};
for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
const serverLog = join(root, 'code-server.log');

let server; // { pid, child, exited }
let context; // playwright BrowserContext
let page;
let cleaningUp;

/** Closes the browser, ends code-server's process group, removes the temporary folder. Idempotent. */
function cleanup() {
  cleaningUp ??= (async () => {
    if (context) {
      await Promise.race([context.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
    }
    if (server) {
      const left = await stopSession(server.pid);
      if (left.length) log(`warning: processes of code-server's session still alive after SIGKILL: ${left.join(' ')}`);
      else server = undefined;
    }
    if (process.env.DISCLOSE_E2E_KEEP) log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  })();
  return cleaningUp;
}

// Last resort on any exit path that skipped cleanup(): kill code-server's group (synchronously).
process.on('exit', () => {
  if (server) signalGroup(server.pid, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log(`${signal}: cleaning up`);
    cleanup().finally(() => process.exit(1));
  });
}

function logTail(lines = 40) {
  try {
    return readFileSync(serverLog, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no code-server log)';
  }
}

/** code-server's environment: its own TMPDIR (it leaves vscode-*.sock files there) and HOME. */
function serverEnv(nodeDir) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(npm_|VSCODE_|ELECTRON_)/i.test(key)) delete env[key];
  return {
    ...env,
    PATH: `${join(nodeDir, 'bin')}:${process.env.PATH ?? ''}`,
    TMPDIR: dirs.tmp,
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.home, '.config'),
    XDG_DATA_HOME: join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: join(dirs.home, '.cache'),
  };
}

/**
 * The Problems panel's rows as text: the aria-label ("Error: <message> at line 1 and character 3.
 * generated by Disclose") and the visible text (message, source, code, "[Ln 1, Col 3]"). The list
 * is virtualised (only the rows in view exist in the DOM): when it scrolls, wheel through it and
 * collect every row, then scroll back to the top.
 */
async function problemRows() {
  const list = page.locator('.markers-panel .monaco-list').first();
  if (!(await list.isVisible().catch(() => false))) return [];
  const read = () =>
    list.locator('.monaco-list-row').evaluateAll((rows) =>
      rows.map((row) => [Number(row.getAttribute('data-index')), `${row.getAttribute('aria-label') ?? ''} | ${row.textContent ?? ''}`.replace(/\s+/g, ' ').trim()]),
    );
  const rendered = () => page.evaluate(() => new Promise((resolveFrame) => requestAnimationFrame(() => requestAnimationFrame(resolveFrame))));
  const scrolls = await list.evaluate((element) => {
    const rows = element.querySelector('.monaco-list-rows');
    return Boolean(rows && rows.offsetHeight > element.clientHeight + 1);
  });
  const seen = new Map(await read());
  if (!scrolls) return [...seen.entries()].sort(([a], [b]) => a - b).map(([, text]) => text);
  // Monaco scrolls a few rows per wheel event whatever its delta: step up to the top, then down.
  const box = await list.boundingBox();
  const step = Math.max(44, box.height - 44);
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(10, box.height / 2));
  const scrollToTop = async () => {
    for (let i = 0; i < 200 && !(await read()).some(([index]) => index === 1); i++) {
      await page.mouse.wheel(0, -step);
      await rendered();
    }
  };
  await scrollToTop();
  for (let stale = 0, i = 0; stale < 2 && i < 500; i++) {
    const before = seen.size;
    for (const [index, text] of await read()) seen.set(index, text);
    stale = seen.size === before ? stale + 1 : 0;
    await page.mouse.wheel(0, step);
    await rendered();
  }
  await scrollToTop();
  await page.mouse.move(0, 0);
  const indices = [...seen.keys()].sort((a, b) => a - b);
  if (indices.some((index, i) => index !== i)) log(`note: reading the Problems list skipped rows (indices ${indices.join(',')})`);
  return [...seen.entries()].sort(([a], [b]) => a - b).map(([, text]) => text);
}
const isRuleRow = (row) => row.includes(RULE_MESSAGE) || (row.includes(RULE) && /complaint/i.test(row));
const isDiscloseRow = (row) => /generated by Disclose\b/.test(row);

/**
 * Sets the Problems view's filter box (it matches message, source and code). Filtered by the rule's
 * code the list is short, so waiting for its row to appear or go needs no scrolling and is timed
 * precisely; the comparisons with the CLI clear the filter first.
 */
async function filterProblems(text) {
  const input = page.locator('.part.panel .viewpane-filter input, .markers-panel-container .viewpane-filter input').first();
  await input.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
    throw new StepError('cannot find the filter box of the Problems panel');
  });
  const before = text ? '' : JSON.stringify(await renderedProblemRows());
  await input.fill(text);
  await waitFor(`the Problems filter to read "${text}"`, async () => (await input.inputValue()) === text, { timeout: 5000 });
  // Cleared, the list re-renders a moment later: wait for that before reading it (briefly, as the rows
  // may not change at all). Filtered, the callers poll anyway.
  if (!text) await waitFor('the Problems list to re-render', async () => JSON.stringify(await renderedProblemRows()) !== before, { timeout: 2000, interval: 50 }).catch(() => {});
}

/** The rendered rows only (no scrolling): enough while the list is filtered down to a few rows. */
async function renderedProblemRows() {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) =>
    rows.map((row) => `${row.getAttribute('aria-label') ?? ''} | ${row.textContent ?? ''}`.replace(/\s+/g, ' ').trim()),
  );
}

/** "code@line" of a Disclose row, from its visible text "…Disclose<code>[Ln <line>, Col <column>]". */
function rowKey(row) {
  const match = /Disclose([a-z0-9][a-z0-9-]*)\[Ln (\d+), Col \d+\]$/.exec(row.split(' | ').slice(1).join(' | '));
  return match ? `${match[1]}@${match[2]}` : `?${row}`;
}

/**
 * How the Problems panel disagrees with the CLI, or undefined when it agrees: the same problems
 * (rule code and line, with multiplicity) and the same count in the file row ("N problems in file
 * policy.md").
 */
function rowsMismatch(rows, expectedDiagnostics) {
  const fileRow = rows.find((row) => /\bproblems? in file policy\.md\b/.test(row));
  const count = fileRow ? Number(/(\d+) problems? in file policy\.md/.exec(fileRow)[1]) : 0;
  const actual = rows.filter(isDiscloseRow).map(rowKey).sort();
  const wanted = expectedDiagnostics.map((d) => `${d.ruleId}@${d.range.start.line + 1}`).sort();
  const missing = [...wanted];
  const unexpected = [];
  for (const key of actual) {
    const at = missing.indexOf(key);
    if (at >= 0) missing.splice(at, 1);
    else unexpected.push(key);
  }
  if (count === wanted.length && !missing.length && !unexpected.length) return undefined;
  return (
    `the CLI reports ${wanted.length} problem(s), the Problems panel ${count} for policy.md (${actual.length} Disclose rows)` +
    `${missing.length ? `\n  missing (rule@line): ${missing.join(', ')}` : ''}${unexpected.length ? `\n  unexpected (rule@line): ${unexpected.join(', ')}` : ''}` +
    `\n  rows: ${JSON.stringify(rows, null, 1)}`
  );
}

/**
 * Waits until the Problems panel agrees with the CLI. Diagnostics of intermediate document versions
 * (while typing) may show for a moment; a panel that never converges fails with the difference.
 */
async function waitForRowsToMatch(expectedDiagnostics, when) {
  const start = Date.now();
  let first;
  let rows;
  await waitFor(`the Problems panel to agree with the CLI ${when}`, async () => {
    rows = await problemRows();
    const mismatch = rowsMismatch(rows, expectedDiagnostics);
    first ??= mismatch ?? null;
    return !mismatch;
  }, { timeout: TIMEOUT.consistent, describe: async () => rowsMismatch(await problemRows(), expectedDiagnostics) ?? '(agrees now)' });
  if (first) log(`note: the Problems panel agreed with the CLI ${when} only after ${since(start)}; at first: ${first.split('\n  rows:')[0]}`);
  const others = rows.filter((row) => !isDiscloseRow(row) && !/\bproblems? in file policy\.md\b/.test(row));
  if (others.length) log(`note: Problems rows from other sources: ${JSON.stringify(others)}`);
  return Date.now() - start;
}

async function statusBarText() {
  const texts = await page.locator('.statusbar-item').evaluateAll((items) => items.map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim()));
  return texts.find((text) => /^Disclose\b/.test(text));
}

async function screenshot(name) {
  const file = join(artifacts, name);
  await page.screenshot({ path: file });
  log(`screenshot ${file}`);
  return file;
}

async function main() {
  mkdirSync(artifacts, { recursive: true });
  for (const name of readdirSync(artifacts)) if (name.endsWith('.png') || name === 'logs') rmSync(join(artifacts, name), { recursive: true, force: true });
  if (!existsSync(vsix)) throw new StepError(`${vsix} is missing: run \`npm run package\` first (npm run test:e2e does)`);
  if (!existsSync(chromiumPath)) throw new StepError(`no Chromium at ${chromiumPath} (apt-get install -y chromium, or set DISCLOSE_E2E_CHROMIUM)`);

  const cs = await step('install code-server (cached in .vscode-test/)', () => ensureCodeServer({ log }));
  armWatchdog(TIMEOUT.whole);
  const env = serverEnv(cs.nodeDir);
  writeFileSync(join(dirs.workspace, 'policy.md'), POLICY);
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), `${JSON.stringify(SETTINGS, null, 2)}\n`);
  writeFileSync(join(dirs.config, 'config.yaml'), 'auth: none\ncert: false\n');
  const common = ['--config', join(dirs.config, 'config.yaml'), '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

  const extensionDir = await step('install disclose.vsix into a fresh extensions folder', async () => {
    const out = execFileSync(cs.node, [cs.entry, ...common, '--install-extension', vsix], { env, encoding: 'utf8', timeout: TIMEOUT.installExtension, stdio: ['ignore', 'pipe', 'pipe'] });
    const folder = `${publisher}.${extensionName}-${extensionVersion}`;
    if (!existsSync(join(dirs.extensions, folder, 'package.json'))) {
      throw new StepError(`--install-extension did not create ${folder} in the extensions folder:\n${out}`);
    }
    for (const file of ['server/dist/server.js', 'server/dist/cli.js', 'client/dist/extension.js']) {
      if (!existsSync(join(dirs.extensions, folder, file))) throw new StepError(`the installed extension ${folder} lacks ${file}`);
    }
    return join(dirs.extensions, folder);
  });
  // The CLI shipped in the same vsix runs the same engine as the language server under test (the
  // repository's server/dist may have been rebuilt since the vsix was packaged).
  const packagedCli = join(extensionDir, 'server', 'dist', 'cli.js');

  const expected = await step("expectations from the packaged CLI (the vsix's server/dist/cli.js)", async () => {
    const before = lintWithCli(packagedCli, dirs.cli, POLICY);
    const after = lintWithCli(packagedCli, dirs.cli, POLICY + TYPED);
    if (!before.rules.includes(RULE)) throw new StepError(`the CLI does not report ${RULE} on the fixture (it reports: ${before.rules.join(', ') || 'nothing'})`);
    const line = before.diagnostics.find((d) => d.ruleId === RULE).range.start.line;
    if (line !== 0) throw new StepError(`the CLI reports ${RULE} on line ${line + 1}, expected line 1`);
    if (after.rules.includes(RULE)) throw new StepError(`the CLI still reports ${RULE} after the complaint section is added`);
    log(`CLI: before [${before.rules.join(', ')}] ${before.status}; after [${after.rules.join(', ')}] ${after.status}`);
    return { before, after };
  });

  const serverStart = Date.now();
  const port = await step('start code-server', async () => {
    // The free port is probed, then bound by code-server: if another process takes it in between,
    // code-server exits with EADDRINUSE; try another port then.
    for (let attempt = 1; ; attempt++) {
      const candidate = await freePort();
      const args = [cs.entry, ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${candidate}`, '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--disable-getting-started-override', '--locale', 'en',
        // A backstop if this script is killed outright: code-server exits after 2 min without a connection.
        '--idle-timeout-seconds', '120', dirs.workspace];
      // detached: the child calls setsid(), so it and everything it forks form one session and group.
      const out = openSync(serverLog, 'a');
      const child = spawn(cs.node, args, { env, cwd: dirs.workspace, detached: true, stdio: ['ignore', out, out] });
      closeSync(out);
      const current = { pid: child.pid, child, exited: undefined };
      server = current;
      child.on('exit', (code, signal) => (current.exited = signal ?? `exit ${code}`));
      const ready = await waitFor(
        `code-server to answer on http://127.0.0.1:${candidate}/healthz`,
        async () => {
          if (current.exited) return 'exited';
          const response = await fetch(`http://127.0.0.1:${candidate}/healthz`).catch(() => undefined);
          return response?.ok && 'ready';
        },
        { timeout: TIMEOUT.serverReady, interval: 200, describe: async () => logTail() },
      );
      if (ready === 'ready') {
        log(`code-server listening on 127.0.0.1:${candidate}`);
        return candidate;
      }
      await stopSession(current.pid);
      server = undefined;
      if (attempt < 3 && /EADDRINUSE/.test(logTail(10))) continue;
      throw new StepError(`code-server exited (${current.exited}):\n${logTail()}`);
    }
  });
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}`;

  await step('open the workbench in Chromium', async () => {
    context = await chromium.launchPersistentContext(dirs.browser, {
      executablePath: chromiumPath,
      headless: !process.env.DISCLOSE_E2E_HEADED,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1400, height: 900 },
      // This script handles signals itself (Playwright's handlers would exit before code-server is stopped).
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      locale: 'en-US',
      // Chromium keeps its crash database under $XDG_CONFIG_HOME/chromium whatever the profile: isolate it.
      env: { ...process.env, TMPDIR: dirs.tmp, HOME: dirs.home, XDG_CONFIG_HOME: join(dirs.home, '.config'), XDG_CACHE_HOME: join(dirs.home, '.cache') },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(TIMEOUT.workbench);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: TIMEOUT.workbench });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: TIMEOUT.workbench });
  });

  const openStart = await step('open policy.md from the Explorer', async () => {
    const item = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'policy.md' }).first();
    await item.waitFor({ state: 'visible', timeout: TIMEOUT.workbench });
    const start = Date.now();
    const tab = page.locator('.tabs-container .tab.active', { hasText: 'policy.md' });
    // Click again if a click lands before the Explorer is ready to open files.
    await waitFor('an editor tab for policy.md', async () => {
      await item.click({ timeout: 5000 });
      return tab.waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
    }, { timeout: TIMEOUT.workbench });
    await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: '隐私政策' }).first().waitFor({ state: 'visible', timeout: TIMEOUT.workbench });
    return start;
  });

  await step(`open the Problems panel and wait for ${RULE}`, async () => {
    // Ctrl+Shift+M toggles the panel: press it again only while the panel has not shown up.
    const panel = page.locator('.markers-panel').first();
    await waitFor('the Problems panel (Ctrl+Shift+M)', async () => {
      if (await panel.isVisible()) return true;
      await page.keyboard.press('Control+Shift+M');
      return panel.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false);
    }, { timeout: TIMEOUT.workbench });
    await filterProblems(RULE);
    const row = await waitFor(`a "${RULE}" row in the Problems panel (filtered by "${RULE}")`, async () => (await renderedProblemRows()).find(isRuleRow), {
      timeout: TIMEOUT.firstDiagnostics,
      interval: 50,
      describe: async () => {
        await filterProblems('');
        return `Problems rows without the filter: ${JSON.stringify(await problemRows(), null, 1)}`;
      },
    });
    timings.firstDiagnosticsFromOpen = Date.now() - openStart;
    timings.firstDiagnosticsFromServerStart = Date.now() - serverStart;
    log(`row: ${row}`);
    if (!row.includes(RULE)) throw new StepError(`the row does not show the code "${RULE}": ${row}`);
    if (!/\bat line 1 and\b|\[Ln 1,/.test(row)) throw new StepError(`the problem is not on line 1: ${row}`);
  });

  await step('check the other Problems rows and the status bar', async () => {
    const status = await waitFor('a status bar item starting with "Disclose"', statusBarText, {
      timeout: TIMEOUT.statusBar,
      describe: async () => `status bar items: ${JSON.stringify(await page.locator('.statusbar-item').allTextContents())}`,
    });
    log(`status bar: ${status}`);
    await waitFor(`the status bar to show "${expected.before.status}" (from the CLI)`, async () => (await statusBarText()) === expected.before.status, {
      timeout: TIMEOUT.statusBar,
      describe: async () => `status bar: ${JSON.stringify(await statusBarText())}`,
    });
    await filterProblems('');
    await waitForRowsToMatch(expected.before.diagnostics, 'before typing');
    await screenshot('1-problem-shown.png');
    await filterProblems(RULE);
    await waitFor(`the Problems list filtered down to the "${RULE}" row`, async () => {
      const rows = await renderedProblemRows();
      return rows.some(isRuleRow) && rows.every((row) => isRuleRow(row) || /\bproblems? in file policy\.md\b/.test(row));
    }, { timeout: 10_000, describe: async () => `rows: ${JSON.stringify(await renderedProblemRows(), null, 1)}` });
  });

  await step('type a complaint section at the end of the document', async () => {
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    const start = Date.now();
    for (const [i, line] of TYPED.split('\n').entries()) {
      if (i > 0) await page.keyboard.press('Enter');
      if (line) await page.keyboard.type(line);
    }
    timings.typing = Date.now() - start;
    timings.typedAt = Date.now();
    await page.locator('.tabs-container .tab.active.dirty', { hasText: 'policy.md' }).waitFor({ state: 'visible', timeout: 10_000 })
      .catch(() => { throw new StepError('the editor tab is not dirty after typing: the text did not reach the document'); });
    const lines = page.locator('.editor-instance .monaco-editor .view-lines').first();
    await waitFor('the typed text in the editor', async () => {
      const text = (await lines.innerText()).replace(/\u00a0/g, ' ');
      return text.includes('## 投诉与举报') && text.includes('如您需要投诉或举报，请发送邮件至 complaints@example.cn。');
    }, { timeout: 10_000, describe: async () => `editor shows: ${JSON.stringify(await lines.innerText())}` });
  });

  await step(`wait for ${RULE} to disappear`, async () => {
    await waitFor(`the "${RULE}" row to disappear from the Problems panel (filtered by "${RULE}")`, async () => !(await renderedProblemRows()).some(isRuleRow), {
      timeout: TIMEOUT.fixed,
      interval: 50,
      describe: async () => `Problems rows (filtered): ${JSON.stringify(await renderedProblemRows(), null, 1)}\neditor text: ${JSON.stringify(await page.locator('.editor-instance .monaco-editor .view-lines').first().innerText())}`,
    });
    await filterProblems('');
    timings.fixedAfterTyping = Date.now() - timings.typedAt;
    const status = await waitFor(`the status bar to show "${expected.after.status}"`, async () => ((await statusBarText()) === expected.after.status ? expected.after.status : undefined), {
      timeout: TIMEOUT.statusBar,
      describe: async () => `status bar: ${JSON.stringify(await statusBarText())}`,
    });
    log(`status bar: ${status}`);
    await waitForRowsToMatch(expected.after.diagnostics, 'after typing');
    await screenshot('2-problem-gone.png');
  });
}

// A last guard against hangs that the per-step timeouts miss.
let watchdog;
function armWatchdog(ms) {
  clearTimeout(watchdog);
  watchdog = setTimeout(() => {
    console.error(`E2E FAILED at step "${currentStep}": the run took longer than ${ms / 60_000} min`);
    cleanup().finally(() => process.exit(1));
  }, ms);
}
armWatchdog(TIMEOUT.install + TIMEOUT.whole);

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  console.error(`\nE2E FAILED at step "${currentStep}": ${error instanceof StepError ? error.message : error.stack ?? error}`);
  if (page) await screenshot('failure.png').catch(() => {});
  console.error(`\ncode-server log (last lines):\n${logTail(30)}`);
  // Keep the logs (code-server's and VS Code's, with the extension host's) as artifacts.
  try {
    const logs = join(artifacts, 'logs');
    rmSync(logs, { recursive: true, force: true });
    mkdirSync(logs, { recursive: true });
    cpSync(serverLog, join(logs, 'code-server.log'));
    if (existsSync(join(dirs.userData, 'logs'))) cpSync(join(dirs.userData, 'logs'), join(logs, 'vscode'), { recursive: true });
    console.error(`logs copied to ${logs}`);
  } catch (error) {
    console.error(`could not copy the logs: ${error.message}`);
  }
} finally {
  await cleanup();
  clearTimeout(watchdog);
}

if (failed) process.exit(1);
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
log(`PASSED in ${since(t0)}`);
console.log(
  `timings: first diagnostics ${s(timings.firstDiagnosticsFromOpen)} after opening the file (${s(timings.firstDiagnosticsFromServerStart)} after starting code-server); ` +
    `typing ${s(timings.typing)}; problem gone ${s(timings.fixedAfterTyping)} after the last key`,
);
