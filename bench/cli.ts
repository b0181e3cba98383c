// `disclose check` on the whole development corpus with the built CLI, in worker threads on all cores.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CLI_PATH } from '../test/protocol/helpers';
import { CORPUS_ROOT, DEVELOPMENT_CORPUS_DIRS } from './corpus';

export interface CheckRun {
  jobs: string;
  workers: number;
  files: number;
  bytes: number;
  wallMs: number;
  /** CPU time (user + system, all threads) of the CLI process, from /proc; null elsewhere. */
  cpuMs: number | null;
  exitCode: number | null;
}

export function corpusFiles(): { dirs: string[]; files: number; bytes: number } {
  const dirs = DEVELOPMENT_CORPUS_DIRS.map((dir) => join(CORPUS_ROOT, dir));
  let files = 0;
  let bytes = 0;
  for (const dir of dirs) {
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.md')) continue;
      files++;
      bytes += statSync(join(dir, name)).size;
    }
  }
  return { dirs, files, bytes };
}

/** CPU time of the waited-for children of this process (cutime + cstime), ms; null without /proc. */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // cutime and cstime are fields 16 and 17, in clock ticks (100 Hz on Linux).
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** One timed run of `disclose check --format json --exit-zero --jobs <jobs>` on the corpus (output discarded). */
export function timeCheck(jobs: string): CheckRun {
  const { dirs, files, bytes } = corpusFiles();
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const run = spawnSync(process.execPath, [CLI_PATH, 'check', '--format', 'json', '--exit-zero', '--jobs', jobs, ...dirs], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
  });
  const wallMs = performance.now() - start;
  const cpuAfter = childrenCpuMs();
  if (run.status !== 0) throw new Error(`disclose check --jobs ${jobs} exited with ${run.status}: ${run.stderr}`);
  return { jobs, workers: jobs === 'auto' ? availableParallelism() : Number(jobs), files, bytes, wallMs, cpuMs: cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null, exitCode: run.status };
}
