// `npm run bench -- --profile [--runs=N]`: a CPU profile of full pipl lints of the benchmark's 100 KB zh
// and en inputs, in the bundle as the server runs it (not minified, so functions keep their names;
// files and lines come from the source map). Prints the top functions and files by self time and
// writes bench/results/lint-<lang>-100kb.cpuprofile (open it in Chrome DevTools or VS Code).
import { writeFileSync, mkdirSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import { loadavg } from 'node:os';
import { findSourceMap } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../server/src/engine';
import { REPO_ROOT } from '../test/protocol/helpers';
import { configFor } from './contenders';
import { makeInput, type Lang } from './corpus';
import { ms, table } from './stats';

const RUNS = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 20);
const WARMUP = 3;
const SHOWN = 15;

function post<T>(session: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))));
}

/** The source file of a frame of the bundle, from its source map; '(native)' for V8's own frames. */
function sourceFile(frame: Profiler.ProfileNode['callFrame']): string {
  if (!frame.url) return '(native)';
  if (!frame.url.startsWith('file:')) return frame.url;
  const entry = findSourceMap(fileURLToPath(frame.url))?.findEntry(frame.lineNumber, frame.columnNumber);
  const original = entry && 'originalSource' in entry ? entry.originalSource : frame.url;
  return relative(REPO_ROOT, original.startsWith('file:') ? fileURLToPath(original) : original);
}

interface SelfTime {
  name: string;
  file: string;
  selfMs: number;
  share: number;
}

/** Where a file belongs: Disclose's engine, the Markdown parser's libraries, or V8 itself. */
function layer(file: string): 'engine' | 'parser' | 'V8' {
  if (file.startsWith('server/src/')) return 'engine';
  return file.startsWith('node_modules/') ? 'parser' : 'V8';
}

/**
 * Self time per function (name and file), per file and per layer, in ms per lint, largest first. The
 * profiler's own frames (node:inspector and what it calls) are left out.
 */
function selfTimes(profile: Profiler.Profile, runs: number): { functions: SelfTime[]; files: SelfTime[]; layers: SelfTime[] } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const inProfiler = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) if (nodes.get(at)!.callFrame.url === 'node:inspector') return true;
    return false;
  };
  const functions = new Map<string, SelfTime>();
  const files = new Map<string, SelfTime>();
  const layers = new Map<string, SelfTime>();
  const add = (map: Map<string, SelfTime>, name: string, file: string, micros: number) => {
    const key = `${name}@${file}`;
    const entry = map.get(key) ?? { name, file, selfMs: 0, share: 0 };
    entry.selfMs += micros;
    map.set(key, entry);
  };
  let total = 0;
  profile.samples?.forEach((id, i) => {
    if (inProfiler(id)) return;
    const micros = profile.timeDeltas?.[i] ?? 0;
    const frame = nodes.get(id)!.callFrame;
    const file = sourceFile(frame);
    add(functions, frame.functionName || '(anonymous)', file, micros);
    add(files, '', file, micros);
    add(layers, layer(file), '', micros);
    total += micros;
  });
  const ranked = (map: Map<string, SelfTime>) =>
    [...map.values()].sort((a, b) => b.selfMs - a.selfMs).map((f) => ({ ...f, selfMs: f.selfMs / 1000 / runs, share: f.selfMs / total }));
  return { functions: ranked(functions), files: ranked(files), layers: ranked(layers) };
}

async function profileLint(lang: Lang): Promise<void> {
  const text = makeInput(lang, 100_000);
  const config = configFor(lang, ['pipl']);
  for (let i = 0; i < WARMUP; i++) lint(text, config);
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  await post(session, 'Profiler.start');
  const start = performance.now();
  for (let i = 0; i < RUNS; i++) lint(text, config);
  const elapsed = (performance.now() - start) / RUNS;
  const { profile } = await post<{ profile: Profiler.Profile }>(session, 'Profiler.stop');
  session.disconnect();
  const dir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `lint-${lang}-100kb.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const { functions, files, layers } = selfTimes(profile, RUNS);
  const share = (f: SelfTime) => `${(f.share * 100).toFixed(1)}%`;
  process.stdout.write(`\n${lang} 100 KB, full pipl lint: ${ms(elapsed)} ms per lint while profiled (${RUNS} lints, load ${loadavg()[0]!.toFixed(2)}); ${relative(REPO_ROOT, file)}\n`);
  process.stdout.write(`Self time by layer: ${layers.map((l) => `${l.name} ${ms(l.selfMs)} ms (${share(l)})`).join(', ')} (V8: garbage collection and built-ins).\n\n`);
  process.stdout.write(table(['function', 'file', 'self ms per lint', 'share'], functions.slice(0, SHOWN).map((f) => [f.name, f.file, ms(f.selfMs), share(f)])) + '\n\n');
  process.stdout.write(table(['file', 'self ms per lint', 'share'], files.slice(0, SHOWN).map((f) => [f.file, ms(f.selfMs), share(f)])) + '\n');
}

async function main(): Promise<void> {
  await profileLint('zh');
  await profileLint('en');
}

main().catch((error: unknown) => {
  process.stderr.write(`profile: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
