// `npm run bench` (bench/run.mjs builds, bundles this file and runs it). See bench/README.md.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint } from '../server/src/engine';
import { CLI_PATH, REPO_ROOT } from '../test/protocol/helpers';
import { timeCheck, type CheckRun } from './cli';
import { ALL_PROFILES, configFor, contendersFor, loadCompetitors, type Contender, type PhaseSink } from './contenders';
import { corpusAvailable, CORPUS_ROOT, makeInput, type Lang } from './corpus';
import { bundleSize, keystrokeTimes, memoryWithOpenDocuments, startupTimes, type KeystrokeRun, type MemoryRun } from './lsp';
import { RELINT_LABEL } from './relint';
import { ms, ratio, summarize, table, type Summary } from './stats';

interface Size {
  label: string;
  bytes: number;
  warmup: number;
  runs: number;
  /** textlint's rounds (null: left out; at 1 MB unless --textlint-1mb, in --quick at 100 KB). */
  textlint: { warmup: number; runs: number } | null;
  keyWarmup: number;
  keyRuns: number;
}

const argv = new Set(process.argv.slice(2));
const QUICK = argv.has('--quick');
/** What runs; --quick leaves out the memory and corpus sections (each takes a minute or more). */
const SECTIONS = new Set((process.argv.find((a) => a.startsWith('--sections='))?.slice('--sections='.length) ?? (QUICK ? 'inproc,startup,keystrokes' : 'inproc,startup,keystrokes,memory,cli')).split(','));
const SERIAL_CLI = argv.has('--serial-cli');
const TEXTLINT_1MB = argv.has('--textlint-1mb');

// Sizes are decimal: 10 KB = 10,000 bytes of UTF-8. The larger inputs get fewer rounds, textlint fewer
// still (seconds per call at 100 KB); the smaller sizes have warmed the code up before 1 MB runs.
const SIZES: Size[] = QUICK
  ? [
      { label: '10 KB', bytes: 10_000, warmup: 2, runs: 8, textlint: { warmup: 1, runs: 3 }, keyWarmup: 2, keyRuns: 8 },
      { label: '100 KB', bytes: 100_000, warmup: 1, runs: 4, textlint: null, keyWarmup: 1, keyRuns: 5 },
    ]
  : [
      { label: '10 KB', bytes: 10_000, warmup: 5, runs: 30, textlint: { warmup: 2, runs: 10 }, keyWarmup: 5, keyRuns: 30 },
      { label: '100 KB', bytes: 100_000, warmup: 2, runs: 12, textlint: { warmup: 0, runs: 3 }, keyWarmup: 3, keyRuns: 20 },
      { label: '1 MB', bytes: 1_000_000, warmup: 0, runs: 3, textlint: TEXTLINT_1MB ? { warmup: 0, runs: 1 } : null, keyWarmup: 1, keyRuns: 5 },
    ];
const LANGS: Lang[] = ['zh', 'en'];
const STARTUP_RUNS = QUICK ? 3 : 10;
const OPEN_DOCUMENTS = 50;

const log = (line: string) => process.stderr.write(`${line}\n`);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

interface InputResult {
  lang: Lang;
  size: string;
  bytes: number;
  chars: number;
  /** Requirements each full lint checks (its coverage entries): a sanity check of the all-profiles lint. */
  requirementsChecked: { pipl: number; all: number };
  /** Wall-clock summaries, with the median CPU time of the process during the call (`cpuMedian`). */
  contenders: Record<string, Summary & { label: string; cpuMedian: number }>;
  phases: { model: Summary; cues: Summary; detectors: Summary; perRequirement: Record<string, Summary> };
}

/**
 * Times every contender on one input, interleaved: each round runs all of them once, starting with a
 * different one each round, so machine load and garbage collection affect them alike. Warm-up rounds are
 * discarded.
 */
async function timeInterleaved(contenders: readonly Contender[], warmup: number, runs: number): Promise<{ wall: Map<string, number[]>; cpu: Map<string, number[]> }> {
  const wall = new Map(contenders.map((c) => [c.id, [] as number[]]));
  const cpu = new Map(contenders.map((c) => [c.id, [] as number[]]));
  for (let round = 0; round < warmup + runs; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const contender = contenders[(round + k) % contenders.length]!;
      const own = contender.rounds ?? { warmup, runs };
      if (round >= own.warmup + own.runs) continue;
      contender.before?.();
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const value = contender.run();
      if (value instanceof Promise) await value;
      const elapsed = performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      if (round >= own.warmup) {
        wall.get(contender.id)!.push(elapsed);
        cpu.get(contender.id)!.push((used.user + used.system) / 1000);
      }
    }
  }
  return { wall, cpu };
}

async function inProcess(): Promise<InputResult[]> {
  const competitors = await loadCompetitors();
  const results: InputResult[] = [];
  let seed = 1;
  for (const size of SIZES) {
    for (const lang of LANGS) {
      const text = makeInput(lang, size.bytes);
      const sink: PhaseSink = { model: [], cues: [], detectors: [], perRequirement: new Map() };
      const contenders = contendersFor(text, lang, competitors, sink, seed++, size.textlint);
      const started = performance.now();
      const samples = await timeInterleaved(contenders, size.warmup, size.runs);
      const summaries: InputResult['contenders'] = {};
      for (const c of contenders) summaries[c.id] = { label: c.label, ...summarize(samples.wall.get(c.id)!), cpuMedian: summarize(samples.cpu.get(c.id)!).median };
      const measured = (list: number[]) => summarize(list.slice(size.warmup));
      results.push({
        lang,
        size: size.label,
        bytes: Buffer.byteLength(text),
        chars: text.length,
        requirementsChecked: { pipl: lint(text, configFor(lang, ['pipl'])).coverage.length, all: lint(text, configFor(lang, ALL_PROFILES)).coverage.length },
        contenders: summaries,
        phases: {
          model: measured(sink.model),
          cues: measured(sink.cues),
          detectors: measured(sink.detectors),
          perRequirement: Object.fromEntries([...sink.perRequirement].map(([id, list]) => [id, measured(list)])),
        },
      });
      log(`  in-process ${lang} ${size.label}: ${size.warmup} warm-up + ${size.runs} rounds in ${((performance.now() - started) / 1000).toFixed(1)} s (load ${load()})`);
    }
  }
  return results;
}

interface LspResult {
  bundleBytes: number;
  startup: (Summary & { cpuMedian: number }) | null;
  keystrokes: Array<{ lang: Lang; size: string; bytes: number; open: number; serverCpuPerEdit: number | null } & Summary>;
  memory: MemoryRun | null;
}

async function overStdio(): Promise<LspResult> {
  let startup: LspResult['startup'] = null;
  if (SECTIONS.has('startup')) {
    const times = await startupTimes(STARTUP_RUNS);
    startup = { ...summarize(times.wall), cpuMedian: summarize(times.cpu).median };
    log(`  server start -> initialize: ${STARTUP_RUNS} runs (load ${load()})`);
  }
  const keystrokes: LspResult['keystrokes'] = [];
  let seed = 100;
  for (const size of SECTIONS.has('keystrokes') ? SIZES : []) {
    for (const lang of LANGS) {
      const text = makeInput(lang, size.bytes);
      const run: KeystrokeRun = await keystrokeTimes(text, lang, size.keyWarmup, size.keyRuns, seed++);
      keystrokes.push({ lang, size: size.label, bytes: Buffer.byteLength(text), open: run.open, serverCpuPerEdit: run.serverCpuPerEdit, ...summarize(run.samples) });
      log(`  keystrokes ${lang} ${size.label}: ${size.keyWarmup} warm-up + ${size.keyRuns} edits (load ${load()})`);
    }
  }
  let memory: MemoryRun | null = null;
  if (SECTIONS.has('memory')) {
    // 50 distinct 100 KB documents: windows of the corpus starting at different policies, half of each language.
    const documents = Array.from({ length: OPEN_DOCUMENTS }, (_, i) => {
      const lang: Lang = i % 2 === 0 ? 'zh' : 'en';
      const k = Math.floor(i / 2);
      return { name: `open-${lang}-${k}.md`, text: makeInput(lang, 100_000, k / (OPEN_DOCUMENTS / 2)) };
    });
    memory = await memoryWithOpenDocuments(documents);
    log(`  memory with ${OPEN_DOCUMENTS} open documents (load ${load()})`);
  }
  return { bundleBytes: bundleSize(), startup, keystrokes, memory };
}

function cliRuns(): CheckRun[] {
  const runs: CheckRun[] = [];
  runs.push(timeCheck('auto'));
  log(`  disclose check --jobs auto: ${(runs[0]!.wallMs / 1000).toFixed(1)} s (load ${load()})`);
  if (SERIAL_CLI) {
    runs.push(timeCheck('1'));
    log(`  disclose check --jobs 1: ${(runs[1]!.wallMs / 1000).toFixed(1)} s (load ${load()})`);
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------------

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const pass = (ok: boolean) => (ok ? 'met' : 'NOT met');

function inProcessTable(results: readonly InputResult[]): string {
  const order = ['parse', 'parse-disclose', 'lint-pipl', 'lint-all', 'relint', 'markdownlint', 'textlint'];
  const rows: string[][] = [];
  for (const r of results) {
    const parse = r.contenders.parse!.median;
    const markdownlint = r.contenders.markdownlint!.median;
    for (const id of order) {
      const s = r.contenders[id];
      if (!s) {
        rows.push([`${r.lang} ${r.size}`, id, '0', 'skipped', id === 'textlint' && r.size === '1 MB' ? '(minutes per call; --textlint-1mb)' : '', '', '', '']);
        continue;
      }
      rows.push([`${r.lang} ${r.size}`, id, String(s.runs), ms(s.median), ms(s.p95), ms(s.cpuMedian), ratio(s.median, parse), ratio(s.median, markdownlint)]);
    }
  }
  return table(['input', 'contender', 'runs', 'median ms', 'p95 ms', 'CPU median ms (all threads)', '× bare parse', '× markdownlint'], rows);
}

function phaseTable(results: readonly InputResult[]): string {
  const rows: string[][] = [];
  for (const r of results) {
    // Medians of the same interleaved rounds: the parse from the parse contender, the rest by difference.
    const lint = r.contenders['lint-pipl']!.median;
    const parse = r.contenders['parse-disclose']!.median;
    const model = r.phases.model.median;
    const cues = r.phases.cues.median;
    const detectors = r.phases.detectors.median;
    const rest = lint - model - cues - detectors;
    const cell = (value: number) => (value < 0 ? '≈0 (noise)' : `${ms(value)} (${Math.round((value / lint) * 100)}%)`);
    rows.push([`${r.lang} ${r.size}`, ms(lint), cell(parse), cell(model - parse), cell(cues), cell(detectors), cell(rest)]);
  }
  return table(['input', 'full lint ms', 'parse', 'model w/o parse', 'cue scan', 'detectors', 'findings, fixes, messages'], rows);
}

function slowestRequirements(results: readonly InputResult[], count: number): string {
  const big = results.filter((r) => r.size === results[results.length - 1]!.size);
  const ids = new Set(results.flatMap((r) => Object.keys(r.phases.perRequirement)));
  const score = (id: string) => big.reduce((sum, r) => sum + (r.phases.perRequirement[id]?.median ?? 0), 0);
  const ranked = [...ids].sort((a, b) => score(b) - score(a)).slice(0, count);
  const shown = results.filter((r) => r.size !== '10 KB');
  const rows = ranked.map((id) => [id, ...shown.map((r) => ms(r.phases.perRequirement[id]?.median ?? NaN))]);
  const total = ['all detectors', ...shown.map((r) => ms(r.phases.detectors.median))];
  return table(['requirement (median ms)', ...shown.map((r) => `${r.lang} ${r.size}`)], [...rows, total]);
}

interface Target {
  target: string;
  measured: string;
  ok: boolean;
}

function targets(inproc: readonly InputResult[] | null, lsp: LspResult | null, cli: readonly CheckRun[] | null): Target[] {
  const list: Target[] = [];
  for (const r of inproc ?? []) {
    const lint = r.contenders['lint-pipl']!;
    const parse = r.contenders.parse!;
    const markdownlint = r.contenders.markdownlint!;
    list.push({ target: `full lint <= 1.3× bare parse (${r.lang} ${r.size})`, measured: `${ratio(lint.median, parse.median)} (${ms(lint.median)} vs ${ms(parse.median)} ms)`, ok: lint.median <= 1.3 * parse.median });
    list.push({ target: `full lint faster than markdownlint (${r.lang} ${r.size})`, measured: `${ms(lint.median)} vs ${ms(markdownlint.median)} ms`, ok: lint.median < markdownlint.median });
  }
  for (const r of inproc ?? []) {
    const limit = r.size === '100 KB' ? 5 : r.size === '1 MB' ? 20 : null;
    if (limit === null) continue;
    const s = r.contenders.relint!;
    list.push({ target: `incremental re-lint after an edit p95 <= ${limit} ms (${r.lang} ${r.size})`, measured: `${ms(s.p95)} ms`, ok: s.p95 <= limit });
  }
  if (lsp) {
    for (const k of lsp.keystrokes) {
      const limit = k.size === '100 KB' ? 10 : k.size === '1 MB' ? 40 : null;
      if (limit !== null) list.push({ target: `keystroke -> diagnostics p95 <= ${limit} ms (${k.lang} ${k.size})`, measured: `${ms(k.p95)} ms`, ok: k.p95 <= limit });
    }
    if (lsp.startup) list.push({ target: 'server start -> initialize <= 300 ms (median)', measured: `${ms(lsp.startup.median)} ms (p95 ${ms(lsp.startup.p95)})`, ok: lsp.startup.median <= 300 });
    list.push({ target: 'bundled server <= 1.5 MB', measured: mb(lsp.bundleBytes), ok: lsp.bundleBytes <= 1.5e6 });
    if (lsp.memory) list.push({ target: `RSS <= 250 MB with ${lsp.memory.documents} open 100 KB documents`, measured: `${mb(lsp.memory.rss)} (peak ${mb(lsp.memory.peakRss)})`, ok: lsp.memory.rss <= 250e6 });
  }
  for (const run of cli ?? []) {
    if (run.jobs !== 'auto') continue;
    list.push({ target: `disclose check on the development corpus <= 10 s (${run.files} files, --jobs auto = ${run.workers})`, measured: `${(run.wallMs / 1000).toFixed(1)} s`, ok: run.wallMs <= 10_000 });
  }
  return list;
}

async function main(): Promise<void> {
  if (!corpusAvailable()) throw new Error(`The corpus is missing: expected ${CORPUS_ROOT} (see ../shared/corpus/README.md).`);
  const started = performance.now();
  const meta = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryBytes: totalmem(),
    loadStart: loadavg(),
    loadEnd: [] as number[],
    quick: QUICK,
    relint: RELINT_LABEL,
    profilesAll: ALL_PROFILES,
    durationSeconds: 0,
  };
  log(`Disclose benchmark: ${meta.cores} × ${meta.cpu}, ${(meta.memoryBytes / 2 ** 30).toFixed(0)} GiB, node ${meta.node}; load average at start ${load()}`);

  const inproc = SECTIONS.has('inproc') ? await inProcess() : null;
  const lsp = ['startup', 'keystrokes', 'memory'].some((name) => SECTIONS.has(name)) ? await overStdio() : null;
  const cli = SECTIONS.has('cli') ? cliRuns() : null;
  meta.loadEnd = loadavg();
  meta.durationSeconds = (performance.now() - started) / 1000;

  const out: string[] = [];
  out.push(`## Disclose benchmark, ${meta.date.slice(0, 16).replace('T', ' ')} UTC`);
  out.push('');
  out.push(`Machine: ${meta.cores} × ${meta.cpu}, ${(meta.memoryBytes / 2 ** 30).toFixed(0)} GiB, node ${meta.node}. Load average (1, 5, 15 min) at start ${meta.loadStart.map((x) => x.toFixed(2)).join(' ')}, at end ${meta.loadEnd.map((x) => x.toFixed(2)).join(' ')}. Whole run ${meta.durationSeconds.toFixed(0)} s.`);
  out.push(`Inputs: real policies from ${CORPUS_ROOT} concatenated to the size (zh: capp130-dev; en: gdpr-t200-dev + opp115), cut at a paragraph. Sizes are UTF-8 bytes, 1 KB = 1000 B.`);
  out.push(`All profiles = ${ALL_PROFILES.join(', ')} (every id in PROFILES). Re-lint: ${RELINT_LABEL}. No forced GC between calls (a forced GC shrinks V8's young generation and makes the next parse about 3× slower than in a running server).`);
  if (inproc) {
    out.push('', '### In-process, interleaved (median and p95 in ms; ratios of medians)', '', inProcessTable(inproc));
    const checked = inproc.map((r) => `${r.lang} ${r.size} ${r.requirementsChecked.pipl} / ${r.requirementsChecked.all}`).join(', ');
    out.push('', `Requirements checked by a full lint, pipl / all profiles: ${checked}.`);
    out.push('', '### Where a full pipl lint goes (medians, share of the full lint)', '', phaseTable(inproc));
    out.push('', '### Slowest requirement detectors (median ms per lint, cue scan excluded; ranked at the largest size)', '', slowestRequirements(inproc, 12));
  }
  if (lsp) {
    const rows = lsp.keystrokes.map((k) => {
      const inProc = inproc?.find((r) => r.lang === k.lang && r.size === k.size)?.contenders.relint;
      return [`${k.lang} ${k.size}`, String(k.runs), ms(k.median), ms(k.p95), k.serverCpuPerEdit === null ? '–' : ms(k.serverCpuPerEdit), inProc ? ms(inProc.median) : '–', ms(k.open)];
    });
    out.push('', '### Language server over stdio', '');
    if (rows.length > 0) {
      out.push('Keystroke = didChange with the full text (the server asks for full sync) -> publishDiagnostics of that version, the client answering workspace/configuration as VS Code does.', '');
      out.push(table(['input', 'edits', 'median ms', 'p95 ms', 'server CPU ms/edit', 'in-process re-lint median ms', 'open -> first diagnostics ms'], rows), '');
    }
    if (lsp.startup) out.push(`Server start -> initialize result: median ${ms(lsp.startup.median)} ms, p95 ${ms(lsp.startup.p95)} ms (${lsp.startup.runs} runs); the server process had used ${ms(lsp.startup.cpuMedian)} ms of CPU by then (median; /proc, 10 ms ticks).`);
    out.push(`Bundle server/dist/server.js: ${mb(lsp.bundleBytes)}; server/dist/cli.js: ${mb(statSync(CLI_PATH).size)}.`);
    if (lsp.memory) {
      const m = lsp.memory;
      out.push(`RSS with ${m.documents} open documents (${mb(m.totalBytes)} of text, half zh, half en): ${mb(m.rss)} (idle after initialize ${mb(m.idleRss)}, peak ${mb(m.peakRss)}); opening all to the last diagnostics took ${(m.lintAllMs / 1000).toFixed(1)} s.`);
    }
  }
  if (cli) {
    out.push('', '### disclose check on the development corpus (one run each; --format json --exit-zero, output to /dev/null)', '');
    const rows = cli.map((r) => [
      r.jobs,
      String(r.workers),
      String(r.files),
      (r.bytes / 1e6).toFixed(1),
      (r.wallMs / 1000).toFixed(1),
      r.cpuMs === null ? '–' : (r.cpuMs / 1000).toFixed(1),
      r.cpuMs === null ? '–' : (r.cpuMs / r.wallMs).toFixed(2),
      (r.files / (r.wallMs / 1000)).toFixed(0),
      (r.bytes / 1e6 / (r.wallMs / 1000)).toFixed(2),
    ]);
    out.push(table(['--jobs', 'workers', 'files', 'MB', 'wall s', 'CPU s (all threads)', 'CPU / wall', 'files/s', 'MB/s'], rows));
  }
  const goals = targets(inproc, lsp, cli);
  out.push('', '### Targets', '', table(['target', 'measured', 'verdict'], goals.map((g) => [g.target, g.measured, pass(g.ok)])));
  const report = out.join('\n');
  process.stdout.write(report + '\n');

  const dir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), JSON.stringify({ meta, inProcess: inproc, lsp, cli, targets: goals }, null, 2) + '\n');
  writeFileSync(join(dir, 'latest.md'), report + '\n');
  log(`Wrote bench/results/latest.json and bench/results/latest.md (${meta.durationSeconds.toFixed(0)} s).`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
