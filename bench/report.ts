// The benchmark's report: the tables, and a verdict for every target of issue 6.
import { statSync } from 'node:fs';
import { CLI_PATH } from '../test/protocol/helpers';
import type { CheckRun } from './cli';
import { CORPUS_ROOT, type Lang } from './corpus';
import type { MemoryRun } from './lsp';
import { ms, ratio, table, type Summary } from './stats';

export interface Meta {
  date: string;
  node: string;
  cpu: string;
  cores: number;
  memoryBytes: number;
  loadStart: number[];
  loadEnd: number[];
  quick: boolean;
  relint: string;
  profilesAll: string[];
  durationSeconds: number;
}

export interface InputResult {
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

export interface LspResult {
  bundleBytes: number;
  startup: (Summary & { cpuMedian: number }) | null;
  keystrokes: Array<{ lang: Lang; size: string; bytes: number; open: number; serverCpuPerEdit: number | null } & Summary>;
  memory: MemoryRun | null;
}

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

export interface Target {
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

/** The Markdown report of a run and its verdicts. */
export function report(meta: Meta, inproc: readonly InputResult[] | null, lsp: LspResult | null, cli: readonly CheckRun[] | null): { markdown: string; targets: Target[] } {
  const out: string[] = [];
  out.push(`## Disclose benchmark, ${meta.date.slice(0, 16).replace('T', ' ')} UTC`);
  out.push('');
  out.push(`Machine: ${meta.cores} × ${meta.cpu}, ${(meta.memoryBytes / 2 ** 30).toFixed(0)} GiB, node ${meta.node}. Load average (1, 5, 15 min) at start ${meta.loadStart.map((x) => x.toFixed(2)).join(' ')}, at end ${meta.loadEnd.map((x) => x.toFixed(2)).join(' ')}. Whole run ${meta.durationSeconds.toFixed(0)} s.`);
  out.push(`Inputs: real policies from ${CORPUS_ROOT} concatenated to the size (zh: capp130-dev; en: gdpr-t200-dev + opp115), cut at a paragraph. Sizes are UTF-8 bytes, 1 KB = 1000 B.`);
  out.push(`All profiles = ${meta.profilesAll.join(', ')} (every id in PROFILES). Re-lint: ${meta.relint}. No forced GC between calls (a forced GC shrinks V8's young generation and makes the next parse about 3× slower than in a running server).`);
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
  return { markdown: out.join('\n'), targets: goals };
}
