/**
 * Lints the corpus documents in a pool of worker threads (the eval bundle is its own worker entry).
 * Each worker reads a file, lints it and times the lint; an engine error is a result like any other,
 * so one failing document is reported without stopping the run.
 */
import { readFileSync } from 'node:fs';
import { parentPort, Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { lint } from '../server/src/engine';
import type { DocumentType, LintResult } from '../server/src/types';

export interface EvalTask {
  path: string;
  profile: string;
  documentType: DocumentType | 'auto';
}

export interface EvalLint {
  result?: LintResult;
  /** Set when the engine threw. */
  error?: string;
  ms: number;
  chars: number;
}

/** Lints one document and times it. */
export function lintFile(task: EvalTask): EvalLint {
  const text = readFileSync(task.path, 'utf8');
  const start = performance.now();
  try {
    const result = lint(text, { profiles: [task.profile], documentType: task.documentType });
    return { result, ms: performance.now() - start, chars: text.length };
  } catch (error) {
    return { error: error instanceof Error ? (error.stack ?? error.message) : String(error), ms: performance.now() - start, chars: text.length };
  }
}

/** The worker side: lints each task it is sent until the pool terminates it. */
export function serveEvalTasks(): void {
  const port = parentPort;
  if (!port) throw new Error('serveEvalTasks runs in a worker thread');
  port.on('message', ({ index, task }: { index: number; task: EvalTask }) => port.postMessage({ index, outcome: lintFile(task) }));
}

/** Lints every task, `jobs` at a time in worker threads loading `entry`; outcomes in task order. */
export async function lintAll(tasks: readonly EvalTask[], jobs: number, entry: string): Promise<EvalLint[]> {
  if (jobs <= 1 || tasks.length <= 1) return tasks.map(lintFile);
  const outcomes = new Array<EvalLint>(tasks.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, tasks.length) }, () => new Worker(entry));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= tasks.length) return resolve();
              const index = next++;
              worker.postMessage({ index, task: tasks[index] });
            };
            worker.on('message', ({ index, outcome }: { index: number; outcome: EvalLint }) => {
              outcomes[index] = outcome;
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`an eval worker exited early (code ${code})`)));
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}
