// `npm run bench` (bench/run.mjs builds, bundles this file and runs it). See bench/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint } from '../server/src/engine';
import { REPO_ROOT } from '../test/protocol/helpers';
import { timeCheck, type CheckRun } from './cli';
import { ALL_PROFILES, configFor, contendersFor, loadCompetitors, type Contender, type PhaseSink } from './contenders';
import { corpusAvailable, CORPUS_ROOT, makeInput, type Lang } from './corpus';
import { bundleSize, keystrokeTimes, memoryWithOpenDocuments, startupTimes, type KeystrokeRun, type MemoryRun } from './lsp';
import { RELINT_LABEL } from './relint';
import { report, type InputResult, type LspResult, type Meta } from './report';
import { summarize } from './stats';

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

async function main(): Promise<void> {
  if (!corpusAvailable()) throw new Error(`The corpus is missing: expected ${CORPUS_ROOT} (see ../shared/corpus/README.md).`);
  const started = performance.now();
  const meta: Meta = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryBytes: totalmem(),
    loadStart: loadavg(),
    loadEnd: [],
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

  const { markdown, targets } = report(meta, inproc, lsp, cli);
  process.stdout.write(markdown + '\n');

  const dir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), JSON.stringify({ meta, inProcess: inproc, lsp, cli, targets }, null, 2) + '\n');
  writeFileSync(join(dir, 'latest.md'), markdown + '\n');
  log(`Wrote bench/results/latest.json and bench/results/latest.md (${meta.durationSeconds.toFixed(0)} s).`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
