// The language server over stdio, driven like an editor by the protocol tests' client
// (test/protocol/helpers.ts): start to initialize result, keystroke to diagnostics, memory.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { cpuTimeMs, REPO_ROOT, SERVER_PATH, ServerClient } from '../test/protocol/helpers';
import { applyEdit, randomEdit, type Lang } from './corpus';
import { seededRandom } from './stats';

/** Documents that exist only in the benchmark's client (the server never reads them). */
function benchUri(name: string): string {
  return pathToFileURL(join(REPO_ROOT, 'bench', 'untitled', name)).href;
}

/** VS Code declares workspace/configuration, so each lint asks the client for the settings first. */
const EDITOR_LIKE = { configuration: {} };

export function bundleSize(): number {
  return statSync(SERVER_PATH).size;
}

/**
 * Spawning `node server/dist/server.js --stdio` to the initialize result, `runs` times; with the CPU time
 * the server process had used by then (user + system, all threads; null without /proc).
 */
export async function startupTimes(runs: number): Promise<{ wall: number[]; cpu: number[] }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const client = ServerClient.start();
    await client.initialize(EDITOR_LIKE);
    wall.push(performance.now() - start);
    const used = cpuTimeMs(client.process.pid!);
    if (used !== null) cpu.push(used);
    await client.shutdown();
  }
  return { wall, cpu };
}

export interface KeystrokeRun {
  /** Open to the first diagnostics (a full lint of a new document), ms. */
  open: number;
  /** didChange sent -> publishDiagnostics of that version read, ms, after the warm-up. */
  samples: number[];
  /** Server CPU time per measured edit (user + system, all threads), ms; null without /proc. */
  serverCpuPerEdit: number | null;
}

/**
 * One server, one open document; single-character edits at random places, each sent as the full text
 * (the server asks for full sync) and timed until the diagnostics of exactly that version arrive.
 */
export async function keystrokeTimes(text: string, lang: Lang, warmup: number, runs: number, seed: number): Promise<KeystrokeRun> {
  const client = ServerClient.start();
  try {
    await client.initialize(EDITOR_LIKE);
    const uri = benchUri(`keystrokes-${lang}.md`);
    const timeout = 300_000;
    const opened = performance.now();
    await client.open(uri, text, 1);
    await client.diagnosticsFor(uri, 1, timeout);
    const open = performance.now() - opened;
    const random = seededRandom(seed);
    let current = text;
    const samples: number[] = [];
    const pid = client.process.pid!;
    let cpuStart: number | null = null;
    for (let i = 0; i < warmup + runs; i++) {
      if (i === warmup) cpuStart = cpuTimeMs(pid);
      current = applyEdit(current, randomEdit(current, lang, random, i));
      const version = i + 2;
      const start = performance.now();
      await client.change(uri, current, version);
      const received = await client.diagnosticsFor(uri, version, timeout);
      if (i >= warmup) samples.push(received.at - start);
    }
    const cpuEnd = cpuTimeMs(pid);
    return { open, samples, serverCpuPerEdit: cpuStart !== null && cpuEnd !== null && runs > 0 ? (cpuEnd - cpuStart) / runs : null };
  } finally {
    await client.shutdown();
  }
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}

export interface MemoryRun {
  documents: number;
  totalBytes: number;
  /** RSS after initialize, before any document. */
  idleRss: number;
  /** RSS once every document's diagnostics arrived. */
  rss: number;
  /** Peak RSS of the server process (VmHWM). */
  peakRss: number;
  /** Opening all documents to the last diagnostics, ms. */
  lintAllMs: number;
}

/** RSS of the server with every document open and linted (Linux /proc). */
export async function memoryWithOpenDocuments(documents: ReadonlyArray<{ name: string; text: string }>): Promise<MemoryRun> {
  const client = ServerClient.start();
  try {
    await client.initialize(EDITOR_LIKE);
    const pid = client.process.pid!;
    const idleRss = statusKb(pid, 'VmRSS');
    const start = performance.now();
    const uris = documents.map((d) => benchUri(d.name));
    for (let i = 0; i < documents.length; i++) await client.open(uris[i]!, documents[i]!.text, 1);
    for (const uri of uris) await client.diagnosticsFor(uri, 1, 600_000);
    const lintAllMs = performance.now() - start;
    // Let the server settle (pending GC, replies) before reading its RSS.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return {
      documents: documents.length,
      totalBytes: documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0),
      idleRss,
      rss: statusKb(pid, 'VmRSS'),
      peakRss: statusKb(pid, 'VmHWM'),
      lintAllMs,
    };
  } finally {
    await client.shutdown();
  }
}
