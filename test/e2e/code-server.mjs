// End-to-end test in a real VS Code: code-server (VS Code 1.139 with a Node extension host) driven
// through Debian's Chromium with playwright-core. Run by `npm run test:e2e`, which first writes
// disclose.vsix (`npm run package`).
//
// Scenario, on one Chinese privacy policy that lacks (among others) a complaint channel and the rule
// for minors, and promises a reply in 30 days:
//   1. open it from the Explorer, open the Problems panel, wait for the `complaint-channel` problem and
//      the "Disclose n/m" status bar item;
//   2. on line 1 (where missing disclosures sit) open the quick-fix menu (Ctrl+.), choose
//      "Insert clause: 投诉、举报渠道：电子邮件" and wait for the problem to go;
//   3. at the end of the document run "Disclose: Insert clause…" from the command palette, filter the
//      quick pick by 未成年人, choose the clause of `minors-age-and-guardian-consent` and wait for that
//      problem to go;
//   4. run "Disclose: Fix all auto-fixable problems": "30天" becomes "15个工作日";
//   5. kill the language server process: the client restarts it and the problems come back;
//   6. run "Disclose: Show coverage report" and read the table in its webview.
// After each edit the document is saved and compared with what the edit should have produced (clause
// texts from the vsix's snippets/), and the Problems panel and the status bar with what the vsix's CLI
// reports for the saved text. Screenshots go to test-results/e2e/. Exit code 0 on success, 1 on
// failure (naming the failed step).
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
  widget: 30_000, // the quick-fix menu, the command palette, a quick pick
  edit: 30_000, // an edit to show in the editor, a save to reach the disk
  report: 60_000,
  install: 30 * 60_000, // a cold install of code-server takes 4-6 minutes
  whole: 8 * 60_000, // the rest of the run (about 1 min on an idle machine)
};

const RULE = 'complaint-channel';
const RULE_MESSAGE = 'Missing disclosure: a channel for complaints and reports';
// The quick fix chosen from the lightbulb menu, and the clause (a key of the vsix's snippets/*.json) it inserts.
const LIGHTBULB_FIX = 'Insert clause: 投诉、举报渠道：电子邮件';
const LIGHTBULB_CLAUSE = 'complaint-channel';
// The clause chosen in the Insert clause… quick pick, by this filter, and the problem it removes.
const PICK_FILTER = '未成年人';
const PICK_RULE = 'minors-age-and-guardian-consent';
// Fix all replaces this reply time (over PIPL's 15 working days) with the limit.
const SLOW_REPLY = { rule: 'complaint-response-time', before: '30天内回复', after: '15个工作日内回复' };

// A short Chinese privacy policy: purposes, data collected, contact with an e-mail address and a reply
// time that is too long, but no complaint/report channel (the words 投诉 and 举报 appear nowhere) and no
// rule for minors (未成年人 appears nowhere).
const POLICY = `# 隐私政策

更新日期：2026年1月1日

示例科技有限公司（以下简称“我们”）重视您的个人信息保护。本政策说明我们如何收集、使用和保护您的个人信息。

## 一、我们收集的个人信息

我们会收集您的手机号码、昵称和设备信息。

## 二、收集和使用个人信息的目的

我们收集手机号码用于注册和登录，收集设备信息用于保障账号安全。

## 三、联系我们

如您对本政策有任何疑问，请发送邮件至 privacy@example.cn，我们将在30天内回复。
`;

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

/** Language-server processes of the installed extension in code-server's session. */
function discloseServers() {
  return sessionMembers(server.pid).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`${extensionName}-${extensionVersion}/server/dist/server.js`);
    } catch {
      return false;
    }
  });
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
    requirements: result.requirements,
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

/** The rows of the (filtered) Problems panel that show rule `id`. */
const isRowOf = (id) => (row) => isDiscloseRow(row) && rowKey(row).startsWith(`${id}@`);

/** Filters the Problems panel by `id` and waits for its row to be there (`present`) or gone. */
async function waitForRow(id, present, timeout) {
  await filterProblems(id);
  return waitFor(`the "${id}" row ${present ? 'to appear in' : 'to leave'} the Problems panel (filtered by "${id}")`, async () => {
    const rows = await renderedProblemRows();
    return present ? rows.find(isRowOf(id)) : !rows.some(isRowOf(id));
  }, {
    timeout,
    interval: 50,
    describe: async () => `Problems rows (filtered): ${JSON.stringify(await renderedProblemRows(), null, 1)}\neditor shows: ${JSON.stringify(await editorText().catch(() => ''))}`,
  });
}

const editorLines = () => page.locator('.editor-instance .monaco-editor .view-lines').first();
/** The lines of policy.md in view (Monaco renders only those), spaces as spaces. */
async function editorText() {
  return (await editorLines().innerText()).replace(/\u00a0/g, ' ');
}
/** Whether the editor shows `text` (which may be wrapped over several view lines: Markdown wraps). */
async function editorShows(text) {
  return (await editorText()).replace(/\n/g, '').includes(text.replace(/\n/g, ''));
}

/**
 * Puts the keyboard focus in the editor of policy.md by clicking its tab: unlike a click in the text,
 * that keeps the cursor (and snippet mode) where it is.
 */
async function focusEditor() {
  const editor = page.locator('.editor-instance .monaco-editor').first();
  const tab = page.locator('.tabs-container .tab[data-resource-name="policy.md"]').first();
  await waitFor('the keyboard focus in the editor of policy.md', async () => {
    if (await editor.evaluate((element) => element.classList.contains('focused'))) return true;
    await tab.click({ timeout: 5000 });
    return false;
  }, { timeout: TIMEOUT.widget, interval: 200, describe: async () => `tabs: ${JSON.stringify(await page.locator('.tabs-container .tab').evaluateAll((tabs) => tabs.map((t) => t.outerHTML.slice(0, 400))))}` });
}

/** Leaves snippet mode (an inserted clause keeps its blanks as tab stops, the first one selected). */
async function leaveSnippet() {
  await focusEditor();
  await page.keyboard.press('Escape');
}

/** Ctrl+S; waits for the tab to lose its dirty mark and returns the text on disk. */
async function save(file) {
  await focusEditor();
  const dirty = page.locator('.tabs-container .tab.dirty[data-resource-name="policy.md"]');
  await page.keyboard.press('Control+S');
  await dirty.waitFor({ state: 'hidden', timeout: TIMEOUT.edit }).catch(() => {
    throw new StepError('the editor tab is still dirty after Ctrl+S');
  });
  return readFileSync(file, 'utf8');
}

/** The text a snippet inserts when its blanks keep their defaults (`${1:默认}`, `$1`, `${1|a,b|}`, escapes). */
function renderSnippet(snippet) {
  let i = 0;
  const parse = (until) => {
    let text = '';
    while (i < snippet.length) {
      const ch = snippet[i];
      if (ch === '\\' && '$}\\,|'.includes(snippet[i + 1] ?? '')) {
        text += snippet[i + 1];
        i += 2;
      } else if (until && ch === until) {
        return text;
      } else if (ch === '$' && /[0-9]/.test(snippet[i + 1] ?? '')) {
        for (i++; /[0-9]/.test(snippet[i] ?? ''); i++);
      } else if (ch === '$' && snippet[i + 1] === '{') {
        for (i += 2; /[0-9]/.test(snippet[i] ?? ''); i++);
        const kind = snippet[i++];
        if (kind === ':') text += parse('}');
        else if (kind === '|') text += parse('|').split(',')[0];
        if (kind === '|') i++;
        if (kind !== '}') i++;
      } else {
        text += ch;
        i++;
      }
    }
    return text;
  };
  return parse(null);
}

/** The Chinese clauses of the installed extension's library (snippets/*.zh-cn.json): key "<rule>" or "<rule>:<variant>". */
function clauseLibrary(extensionDir) {
  const dir = join(extensionDir, 'snippets');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.zh-cn.json'))
    .sort()
    .flatMap((name) => Object.entries(JSON.parse(readFileSync(join(dir, name), 'utf8'))).map(([key, entry]) => ({ file: name, key, requirementId: key.split(':')[0], ...entry })));
}

/** One clause of the library, by key: its description, heading, the snippet Insert clause… inserts, its text. */
function clauseOf(library, key) {
  const found = library.filter((clause) => clause.key === key);
  if (found.length !== 1) throw new StepError(`the vsix's snippets/*.zh-cn.json hold ${found.length} entries "${key}" (${found.map((f) => f.file).join(', ')}), expected 1`);
  const lines = Array.isArray(found[0].body) ? found[0].body : found[0].body.split('\n');
  let first = 1;
  while (lines[first] === '') first++;
  const heading = lines[0].replace(/^#{1,6} /, '');
  return {
    description: found[0].description,
    heading: renderSnippet(heading),
    // What the Insert clause… quick pick inserts (server/src/lsp/clauses.ts): heading, blank line, text.
    snippet: [`## ${heading}`, '', ...lines.slice(first)].join('\n'),
    body: renderSnippet(lines.slice(first).join('\n')),
  };
}

/** `after` as `before` with one insertion: its offset and text, or undefined. */
function insertionOf(before, after) {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  if (start + end !== before.length) return undefined;
  return { offset: start, text: after.slice(start, after.length - end) };
}

/** Waits for the status bar and the whole Problems panel to show what the CLI reports for `text`. */
async function expectAgreementWithCli(cli, text, when) {
  const expected = lintWithCli(cli, dirs.cli, text);
  await filterProblems('');
  await waitFor(`the status bar to show "${expected.status}" (from the CLI) ${when}`, async () => (await statusBarText()) === expected.status, {
    timeout: TIMEOUT.statusBar,
    describe: async () => `status bar: ${JSON.stringify(await statusBarText())}`,
  });
  await waitForRowsToMatch(expected.diagnostics, when);
  log(`status bar: ${expected.status}; ${expected.diagnostics.length} problems, as the CLI reports ${when}`);
  return expected;
}

const quickInput = () => page.locator('.quick-input-widget');
const quickInputBox = () => quickInput().locator('.quick-input-box input');
const focusedPick = () => quickInput().locator('.quick-input-list .monaco-list-row.focused');
const pickText = async () => (await focusedEntry(focusedPick()))?.text ?? '';

/** The focused entry of a list (the quick-fix menu, a quick pick): its index and its text. */
async function focusedEntry(row, textSelector) {
  const entry = await row.evaluate((element, selector) => {
    const text = (selector ? element.querySelector(selector) : element)?.textContent ?? '';
    return { index: Number(element.getAttribute('data-index')), text: text.replace(/\s+/g, ' ').trim() };
  }, textSelector, { timeout: 1000 }).catch(() => undefined);
  return entry && entry.text ? entry : undefined;
}

/**
 * Walks a list with the arrow keys (which keep the focused entry rendered in a virtualised list),
 * reading the focused entry after each key press, until `until(entry)`, the end of the list, or a
 * wrap around. Returns the entries passed over, the focused entry and why the walk stopped.
 */
async function walk(what, read, { key = 'ArrowDown', until = () => false } = {}) {
  const passed = [];
  let current = await waitFor(`a focused entry in ${what}`, read, { timeout: TIMEOUT.widget });
  for (;;) {
    if (until(current)) return { passed, current, stop: 'found' };
    if (passed.some((entry) => entry.index === current.index)) return { passed, current, stop: 'wrapped' };
    passed.push(current);
    await page.keyboard.press(key);
    const previous = current;
    // A key press is handled before press() returns: 3 s without a change is the end of the list.
    const next = await waitFor(`the next entry of ${what}`, async () => {
      const entry = await read();
      return entry && entry.index !== previous.index ? entry : undefined;
    }, { timeout: 3000, interval: 20 }).catch(() => undefined);
    if (!next) return { passed, current, stop: 'end' };
    current = next;
  }
}

/** Opens the command palette (F1), types `label` and runs the command once it is the focused entry. */
async function runCommand(label) {
  await focusEditor();
  await waitFor('the command palette (F1)', async () => {
    if ((await quickInput().isVisible()) && (await quickInputBox().inputValue()).startsWith('>')) return true;
    await page.keyboard.press('F1');
    return quickInputBox().waitFor({ state: 'visible', timeout: 5000 }).then(async () => (await quickInputBox().inputValue()).startsWith('>'), () => false);
  }, { timeout: TIMEOUT.widget });
  await quickInputBox().fill(`>${label}`);
  await waitFor(`"${label}" as the focused entry of the command palette`, async () => (await pickText()).startsWith(label), {
    timeout: TIMEOUT.widget,
    describe: async () => `focused: ${JSON.stringify(await pickText())}; entries: ${JSON.stringify(await quickInput().locator('.quick-input-list .monaco-list-row').allTextContents())}`,
  });
  await page.keyboard.press('Enter');
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
    for (const rule of [RULE, PICK_RULE, SLOW_REPLY.rule]) {
      if (!before.rules.includes(rule)) throw new StepError(`the CLI does not report ${rule} on the fixture (it reports: ${before.rules.join(', ') || 'nothing'})`);
    }
    for (const rule of [RULE, PICK_RULE]) {
      const line = before.diagnostics.find((d) => d.ruleId === rule).range.start.line;
      if (line !== 0) throw new StepError(`the CLI reports ${rule} on line ${line + 1}, expected line 1`);
    }
    log(`CLI: [${before.rules.join(', ')}] ${before.status}`);
    // The clauses the steps insert, from the library shipped in the vsix.
    const clauses = clauseLibrary(extensionDir);
    log(`clause library of the vsix: ${clauses.length} Chinese clauses`);
    return { before, clauses, lightbulbClause: clauseOf(clauses, LIGHTBULB_CLAUSE), pickedClause: clauseOf(clauses, PICK_RULE) };
  });
  const policyFile = join(dirs.workspace, 'policy.md');

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
    await expectAgreementWithCli(packagedCli, POLICY, 'on opening');
    await screenshot('1-problem-shown.png');
  });

  const afterLightbulb = await step(`quick fix from the lightbulb menu: "${LIGHTBULB_FIX}"`, async () => {
    await waitForRow(RULE, true, TIMEOUT.fixed);
    await waitFor(`the Problems list filtered down to the "${RULE}" row`, async () => {
      const rows = await renderedProblemRows();
      return rows.some(isRuleRow) && rows.every((row) => isRuleRow(row) || /\bproblems? in file policy\.md\b/.test(row));
    }, { timeout: 10_000, describe: async () => `rows: ${JSON.stringify(await renderedProblemRows(), null, 1)}` });
    // The cursor at the end of "# 隐私政策": inside the range of the missing-disclosure problems.
    await focusEditor();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('End');
    const menu = page.locator('.action-widget');
    const readMenu = () => focusedEntry(menu.locator('.monaco-list-row.focused'), '.title');
    await waitFor('the quick-fix menu (Ctrl+.)', async () => {
      if (await readMenu()) return true;
      await page.keyboard.press('Control+.');
      return menu.locator('.monaco-list-row.focused').waitFor({ state: 'visible', timeout: 5000 }).then(() => true, () => false);
    }, { timeout: TIMEOUT.widget, describe: async () => `editor shows: ${JSON.stringify(await editorText())}` });
    // The menu lists the fixes of every problem at the cursor: walk through all of it, then back to the fix.
    const start = Date.now();
    const all = await walk('the quick-fix menu', readMenu);
    const titles = all.passed.map((entry) => entry.text);
    timings.menuEntries = titles.length;
    timings.menuRead = Date.now() - start;
    log(`quick-fix menu: ${titles.length} entries, read in ${since(start)} (${all.stop}); the first: ${JSON.stringify(titles.slice(0, 3))}`);
    // Every problem on line 1 (the title anchors missing disclosures) offers the disable directives and
    // its documentation; the complaint channel offers each of its clauses in the vsix's library.
    const line1 = expected.before.diagnostics.filter((d) => d.range.start.line === 0).map((d) => d.ruleId);
    // Clause variants keyed `<id>:agreement` are offered in user agreements only; the fixture is a privacy policy.
    const clauseTitles = (ids) => expected.clauses.filter((c) => ids.includes(c.requirementId) && !c.key.endsWith(':agreement')).map((c) => `Insert clause: ${c.description}`);
    const wanted = [...clauseTitles([RULE]), ...line1.flatMap((id) => [`Disable ${id} for this line`, `Disable ${id} for this file`, `Show documentation for ${id}`])];
    const absent = wanted.filter((title) => !titles.includes(title));
    if (absent.length) throw new StepError(`the quick-fix menu lacks ${JSON.stringify(absent)}\n  menu: ${JSON.stringify(titles)}`);
    const possible = new Set([...wanted, ...clauseTitles(line1)]);
    const extra = titles.filter((title) => !possible.has(title));
    if (extra.length) log(`note: quick-fix menu entries that are neither a clause of a problem on line 1 nor a directive or documentation: ${JSON.stringify(extra)}`);
    // Only missing disclosures get clauses; a problem of another kind on the title gets none.
    const withoutClauses = [...new Set(line1)].filter((id) => clauseTitles([id]).length > 0 && !clauseTitles([id]).some((title) => titles.includes(title)));
    if (withoutClauses.length) log(`note: problems on line 1 with clauses in the library but none in the menu: ${withoutClauses.join(', ')}`);
    if (new Set(titles).size !== titles.length) throw new StepError(`the quick-fix menu lists an entry twice: ${JSON.stringify(titles)}`);
    const back = await walk('the quick-fix menu', readMenu, { key: all.stop === 'end' ? 'ArrowUp' : 'ArrowDown', until: (entry) => entry.text === LIGHTBULB_FIX });
    if (back.stop !== 'found') throw new StepError(`could not walk back to "${LIGHTBULB_FIX}" in the quick-fix menu (${back.stop})`);
    log(`"${LIGHTBULB_FIX}" is entry ${titles.indexOf(LIGHTBULB_FIX) + 1} of the menu`);
    await screenshot('2-quick-fix-menu.png');
    await page.keyboard.press('Enter');
    const applied = Date.now();
    await waitFor('the quick-fix menu to close after Enter', async () => !(await menu.locator('.monaco-list-row.focused').first().isVisible()), { timeout: TIMEOUT.widget });
    const { heading, body } = expected.lightbulbClause;
    const sentence = body.split('\n').find((line) => line.includes('进行投诉或举报'));
    if (!sentence) throw new StepError(`the vsix's clause ${LIGHTBULB_CLAUSE} does not say 进行投诉或举报: ${JSON.stringify(body)}`);
    await waitFor('the inserted clause in the editor', () => editorShows(sentence), {
      timeout: TIMEOUT.edit,
      describe: async () => `editor shows: ${JSON.stringify(await editorText())}\nnotifications: ${JSON.stringify(await page.locator('.notifications-toasts').allTextContents())}`,
    });
    await leaveSnippet();
    await waitForRow(RULE, false, TIMEOUT.fixed);
    timings.lightbulbFixed = Date.now() - applied;
    await screenshot('3-lightbulb-fix-applied.png');
    const text = await save(policyFile);
    const insertion = insertionOf(POLICY, text);
    if (!insertion) throw new StepError(`the saved policy is not the fixture with one insertion:\n${text}`);
    // Appended to the section of its kind (here 联系我们), or as a new section with the clause's heading.
    const headingLine = insertion.text.split('\n').find((line) => /^#{1,6} /.test(line));
    // (Where the insertion starts among the newlines around it is ambiguous: trim them.)
    const inserted = insertion.text.replace(/\n+$/, '');
    if ((headingLine && !headingLine.endsWith(heading)) || !inserted.endsWith(body) || !/^\n*(#{1,6} .*\n+)?$/.test(inserted.slice(0, -body.length))) {
      throw new StepError(`the inserted text is not the clause (blank lines, maybe a heading "…${heading}", then its text with the blanks at their defaults): ${JSON.stringify(insertion.text)}`);
    }
    const section = [...POLICY.slice(0, insertion.offset).matchAll(/^#{1,6} .*$/gm)].at(-1)?.[0];
    log(`clause inserted at offset ${insertion.offset} of ${POLICY.length}, ${headingLine ? `as a new section "${headingLine}"` : `at the end of section "${section}"`}`);
    await expectAgreementWithCli(packagedCli, text, 'after the lightbulb fix');
    return text;
  });

  const afterPick = await step(`Disclose: Insert clause… (filter "${PICK_FILTER}", clause of ${PICK_RULE})`, async () => {
    await waitForRow(PICK_RULE, true, TIMEOUT.fixed);
    // A new paragraph at the end of the document (which ends with a newline): the clause goes there.
    await focusEditor();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await runCommand('Disclose: Insert clause');
    const title = quickInput().locator('.quick-input-title');
    await waitFor('the "Insert clause" quick pick with its clauses', async () => (await title.textContent())?.trim() === 'Insert clause' && (await pickText()) !== '', {
      timeout: TIMEOUT.widget,
      describe: async () => `quick input title: ${JSON.stringify(await title.textContent().catch(() => null))}, focused: ${JSON.stringify(await pickText())}`,
    });
    const unfiltered = await pickText();
    await quickInputBox().fill(PICK_FILTER);
    const pickRows = () => quickInput().locator('.quick-input-list .monaco-list-row').allTextContents();
    await waitFor(`the quick pick filtered by "${PICK_FILTER}"`, async () => {
      const rows = await pickRows();
      return rows.length > 0 && rows.every((row) => row.includes(PICK_FILTER)) && (await pickText()) !== unfiltered;
    }, { timeout: TIMEOUT.widget, describe: async () => `entries: ${JSON.stringify(await pickRows())}` });
    const { description } = expected.pickedClause;
    const { passed, stop } = await walk(`the quick pick filtered by "${PICK_FILTER}"`, () => focusedEntry(focusedPick()), {
      until: ({ text }) => text.includes(description) && text.includes(PICK_RULE),
    });
    if (stop !== 'found') throw new StepError(`the quick pick filtered by "${PICK_FILTER}" has no "${description}" · ${PICK_RULE} (${stop}): ${JSON.stringify(passed.map((e) => e.text))}`);
    log(`quick pick: "${description}" is entry ${passed.length + 1} of those matching "${PICK_FILTER}"`);
    await screenshot('4-insert-clause-pick.png');
    await page.keyboard.press('Enter');
    const applied = Date.now();
    await quickInput().waitFor({ state: 'hidden', timeout: TIMEOUT.widget });
    const marker = expected.pickedClause.body.split('\n').find((line) => line.includes('不满十四周岁'));
    if (!marker) throw new StepError(`the vsix's clause ${PICK_RULE} does not say 不满十四周岁: ${JSON.stringify(expected.pickedClause.body)}`);
    await waitFor('the inserted clause in the editor', () => editorShows(marker), {
      timeout: TIMEOUT.edit,
      describe: async () => `editor shows: ${JSON.stringify(await editorText())}`,
    });
    await leaveSnippet();
    await waitForRow(PICK_RULE, false, TIMEOUT.fixed);
    timings.pickFixed = Date.now() - applied;
    await screenshot('5-insert-clause-applied.png');
    const text = await save(policyFile);
    // Enter at the end added a line; the clause went to the cursor, with a newline after it, under a
    // heading numbered after the last top-level section before the cursor (## 三、… -> ## 四、…).
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    const lastNumber = [...afterLightbulb.matchAll(/^## ([一二三四五六七八九十])、/gm)].at(-1)?.[1];
    if (!lastNumber) throw new StepError('the fixture has no numbered top-level heading before the cursor');
    const heading = `## ${numerals[numerals.indexOf(lastNumber) + 1]}、${expected.pickedClause.heading}`;
    const wanted = `${afterLightbulb}\n${renderSnippet(expected.pickedClause.snippet).replace(/^## .*$/m, heading)}\n`;
    if (text !== wanted) throw new StepError(`the saved policy is not the text before with the clause at the cursor:\n--- expected\n${wanted}\n--- saved\n${text}`);
    await expectAgreementWithCli(packagedCli, text, 'after Insert clause…');
    return text;
  });

  const afterFixAll = await step(`Disclose: Fix all auto-fixable problems ("${SLOW_REPLY.before}")`, async () => {
    const row = await waitForRow(SLOW_REPLY.rule, true, TIMEOUT.fixed);
    log(`row: ${row}`);
    await runCommand('Disclose: Fix all auto-fixable problems');
    const applied = Date.now();
    await waitFor(`"${SLOW_REPLY.after}" in the editor`, async () => {
      return (await editorShows(SLOW_REPLY.after)) && !(await editorShows(SLOW_REPLY.before));
    }, {
      timeout: TIMEOUT.edit,
      describe: async () => `editor shows: ${JSON.stringify(await editorText())}\nnotifications: ${JSON.stringify(await page.locator('.notifications-toasts').allTextContents())}`,
    });
    await waitForRow(SLOW_REPLY.rule, false, TIMEOUT.fixed);
    timings.fixAllFixed = Date.now() - applied;
    const text = await save(policyFile);
    const wanted = afterPick.replace(SLOW_REPLY.before, SLOW_REPLY.after);
    if (text !== wanted) throw new StepError(`the saved policy is not the text before with "${SLOW_REPLY.before}" → "${SLOW_REPLY.after}" only:\n--- expected\n${wanted}\n--- saved\n${text}`);
    await expectAgreementWithCli(packagedCli, text, 'after Fix all');
    await screenshot('6-fix-all-applied.png');
    return text;
  });

  await step('kill the language server: the client restarts it and the problems come back', async () => {
    const [before] = await waitFor('the Disclose language server process', async () => discloseServers().length === 1 && discloseServers(), { timeout: TIMEOUT.widget });
    process.kill(before, 'SIGKILL');
    const killed = Date.now();
    const [after] = await waitFor('a new Disclose language server process', async () => {
      const pids = discloseServers().filter((pid) => pid !== before);
      return pids.length === 1 && pids;
    }, { timeout: TIMEOUT.fixed, describe: async () => `server processes: ${JSON.stringify(discloseServers())}\n${logTail()}` });
    log(`server ${before} killed; ${after} started ${since(killed)} later`);
    await expectAgreementWithCli(packagedCli, afterFixAll, 'after the server was killed and restarted');
    timings.restartedAfterKill = Date.now() - killed;
  });

  await step('Disclose: Show coverage report', async () => {
    const expectedRows = lintWithCli(packagedCli, dirs.cli, afterFixAll).requirements;
    await runCommand('Disclose: Show coverage report');
    const opened = Date.now();
    // The panel opens as "Disclose coverage" and takes the document's name once the report is in.
    const title = 'Disclose coverage: policy.md';
    const tabs = () => page.locator('.tabs-container .tab').evaluateAll((elements) => elements.map((tab) => (tab.textContent ?? '').replace(/\s+/g, ' ').trim()));
    await waitFor(`an editor tab "${title}"`, async () => (await tabs()).includes(title), {
      timeout: TIMEOUT.report,
      describe: async () => `tabs: ${JSON.stringify(await tabs())}`,
    });
    log(`editor tabs: ${JSON.stringify(await tabs())}`);
    // The webview: an iframe (code-server's webview host) around the iframe with the extension's page.
    const table = page.frameLocator('iframe.webview').first().frameLocator('#active-frame');
    const wanted = expectedRows.map((r) => `${r.id}:${r.status}`).sort();
    let rows = [];
    await waitFor('the coverage table in the webview to list every requirement with the status the CLI reports', async () => {
      rows = await table.locator('tr').evaluateAll((trs) => trs.map((tr) => `${tr.querySelector('code')?.textContent ?? '?'}:${tr.className}`));
      return JSON.stringify([...rows].sort()) === JSON.stringify(wanted);
    }, {
      timeout: TIMEOUT.report,
      describe: async () => `webview rows: ${JSON.stringify(rows)}\nCLI: ${JSON.stringify(wanted)}`,
    });
    timings.reportShown = Date.now() - opened;
    const missing = rows.filter((row) => row.endsWith(':missing')).length;
    log(`coverage report: ${rows.length} requirements, ${missing} missing, as the CLI reports`);
    await screenshot('7-coverage-report.png');
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
    `problem gone ${s(timings.lightbulbFixed)} after the lightbulb fix, ${s(timings.pickFixed)} after Insert clause…, ${s(timings.fixAllFixed)} after Fix all; ` +
    `problems back ${s(timings.restartedAfterKill)} after the server was killed; coverage table ${s(timings.reportShown)} after the command; quick-fix menu of ${timings.menuEntries} entries walked in ${s(timings.menuRead)}`,
);
