import { parentPort, Worker } from 'node:worker_threads';
import { lint, type ResolvedConfig } from '../engine';
import type { LintResult } from '../types';

/** One file to lint: its text and its fully resolved configuration (the worker reads no file and no setting). */
export interface LintTask {
  text: string;
  config: ResolvedConfig;
}

type Request = LintTask & { index: number };
type Reply = { index: number; result: LintResult } | { index: number; error: { message: string; stack?: string } };

/** The worker side: lints each task it is sent and posts the result back. Runs until the pool terminates it. */
export function serveLintTasks(): void {
  const port = parentPort;
  if (!port) throw new Error('serveLintTasks runs in a worker thread');
  port.on('message', ({ index, text, config }: Request) => {
    let reply: Reply;
    try {
      reply = { index, result: lint(text, config) };
    } catch (error) {
      reply = { index, error: { message: (error as Error).message ?? String(error), stack: (error as Error).stack } };
    }
    port.postMessage(reply);
  });
}

/**
 * Lints `count` inputs in a pool of `jobs` worker threads that each load `entry` (a bundle that calls
 * `serveLintTasks` when it is not the main thread: the CLI bundle is its own worker entry).
 *
 * Inputs are prepared in input order, one as a worker frees up, so at most `jobs` texts are held at a
 * time and side effects of `prepare` (reading the file, recording a read error) happen in the same
 * order as in a sequential run. `prepare` returns null for an input that is not to be linted. Results
 * come back in input order, null where `prepare` returned null.
 */
export function lintInWorkers(count: number, jobs: number, prepare: (index: number) => LintTask | null, entry: string): Promise<Array<LintResult | null>> {
  const results: Array<LintResult | null> = new Array<LintResult | null>(count).fill(null);
  const workers: Worker[] = [];
  let nextIndex = 0;
  let running = 0;
  let settled = false;

  return new Promise<Array<LintResult | null>>((resolve, reject) => {
    const finish = (error: Error | null) => {
      if (settled) return;
      settled = true;
      void Promise.all(workers.map((worker) => worker.terminate())).then(
        () => (error ? reject(error) : resolve(results)),
        () => (error ? reject(error) : resolve(results)),
      );
    };
    /** Sends the worker the next input to lint; false when none is left. */
    const feed = (worker: Worker): boolean => {
      while (nextIndex < count) {
        const index = nextIndex++;
        const task = prepare(index);
        if (!task) continue;
        const request: Request = { index, text: task.text, config: task.config };
        worker.postMessage(request);
        return true;
      }
      return false;
    };
    const settleIfDone = () => {
      if (running === 0 && nextIndex >= count) finish(null);
    };

    try {
      for (let i = 0; i < Math.max(1, Math.min(jobs, count)); i++) {
        const worker = new Worker(entry);
        workers.push(worker);
        worker.on('message', (reply: Reply) => {
          if (settled) return;
          if ('error' in reply) {
            const error = new Error(reply.error.message);
            if (reply.error.stack) error.stack = reply.error.stack;
            finish(error);
            return;
          }
          results[reply.index] = reply.result;
          try {
            if (!feed(worker)) {
              running--;
              settleIfDone();
            }
          } catch (error) {
            finish(error as Error);
          }
        });
        worker.on('error', (error) => finish(error));
        worker.on('exit', (code) => {
          if (!settled) finish(new Error(`a lint worker thread exited early (code ${code})`));
        });
        if (feed(worker)) running++;
      }
      settleIfDone();
    } catch (error) {
      finish(error as Error);
    }
  });
}
