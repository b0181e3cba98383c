// A small JSON-RPC client for the built language server (server/dist/server.js), driven over stdio
// the way an editor drives it. Used by the protocol tests; no editor and no VS Code API involved.
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ConfigurationItem,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type Hover,
  type InitializeResult,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SERVER_PATH = fileURLToPath(new URL('../../server/dist/server.js', import.meta.url));
export const CLI_PATH = fileURLToPath(new URL('../../server/dist/cli.js', import.meta.url));

/** `npm test` builds before it runs vitest; a bare `npx vitest run` needs a build first. */
export function requireBuiltServer(): string {
  for (const path of [SERVER_PATH, CLI_PATH]) {
    if (!existsSync(path)) throw new Error(`${path} does not exist: run npm run build (npm test builds it first) before running these tests.`);
  }
  return SERVER_PATH;
}

/** One diagnostic of `disclose check --format json`. */
export interface CliDiagnostic {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  range: { start: Position; end: Position; startOffset: number; endOffset: number };
  basis: string[];
  docsUrl: string;
}

export interface CliReport {
  documentType: string;
  requirements: { id: string; status: CoverageItem['status'] }[];
  diagnostics: CliDiagnostic[];
}

/**
 * What the engine itself reports for a text, from the built CLI: the reference the server's
 * diagnostics are compared with, so a test stays exact while requirements are added to the engine.
 */
export function engineReport(text: string, locale: 'en' | 'zh-cn'): CliReport {
  const dir = mkdtempSync(join(tmpdir(), 'disclose-cli-'));
  try {
    const file = join(dir, 'policy.md');
    writeFileSync(file, text);
    // The protocol tests check PIPL policies, the English ones included (an English document needs its profile named).
    const out = execFileSync(process.execPath, [CLI_PATH, 'check', file, '--format', 'json', '--lang', locale, '--profile', 'pipl', '--exit-zero'], { encoding: 'utf8' });
    return (JSON.parse(out) as { files: CliReport[] }).files[0]!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const LSP_SEVERITY = { error: 1, warning: 2, info: 3 } as const;

/**
 * The diagnostic the server should publish for a CLI finding: the message and the first two
 * citations, in brackets and with separators of the message language.
 */
export function expectedDiagnostic(d: CliDiagnostic, locale: 'en' | 'zh-cn'): { code: string; severity: number; range: { start: Position; end: Position }; message: string; href: string } {
  const separator = locale === 'zh-cn' ? '；' : '; ';
  const headline = d.basis.slice(0, 2).join(separator) + (d.basis.length > 2 ? `${separator}…` : '');
  const withBasis = locale === 'zh-cn' ? `${d.message}（${headline}）` : `${d.message} (${headline})`;
  return {
    code: d.ruleId,
    severity: LSP_SEVERITY[d.severity],
    range: { start: d.range.start, end: d.range.end },
    message: d.basis.length > 0 ? withBasis : d.message,
    href: d.docsUrl,
  };
}

/** A file URI for a document that exists only in the client (the server never reads files). */
export function testUri(name: string): string {
  return pathToFileURL(`${REPO_ROOT}test/protocol/untitled/${name}`).href;
}

export interface CoverageItem {
  id: string;
  status: 'present' | 'weak' | 'missing' | 'not-applicable';
  title: string;
  statusLabel: string;
}

export interface CoverageParams {
  uri: string;
  version: number;
  documentType: string | null;
  disclosed: number;
  applicable: number;
  items: CoverageItem[];
  profileNotChosen: boolean;
}

export interface Received<T> {
  params: T;
  /** performance.now() when the notification was read from the server's stdout. */
  at: number;
}

export interface InitializeOptions {
  /** The client's display language, sent as `locale` in the initialize params. */
  locale?: string;
  /** Declare `textDocument.diagnostic`: the server then offers pull diagnostics and stops pushing. */
  pull?: boolean;
  /**
   * Declare `workspace.configuration` and answer the server's `workspace/configuration` requests with
   * this value for the `disclose` section (a function receives each requested item).
   */
  configuration?: Record<string, unknown> | ((item: ConfigurationItem) => unknown);
  /** Delay before answering a `workspace/configuration` request, to widen races in tests. */
  configurationDelayMs?: number;
  initializationOptions?: unknown;
}

interface Waiter {
  test: () => boolean;
  resolve: () => void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class ServerClient {
  readonly connection: ProtocolConnection;
  readonly diagnostics: Received<PublishDiagnosticsParams>[] = [];
  readonly coverage: Received<CoverageParams>[] = [];
  readonly configurationRequests: ConfigurationItem[][] = [];
  stderr = '';
  exitCode: number | null = null;
  private exited: Promise<void>;
  private waiters: Waiter[] = [];
  private configuration: InitializeOptions['configuration'];
  private configurationDelayMs = 0;

  private constructor(readonly process: ChildProcessWithoutNullStreams) {
    this.exited = new Promise((resolve) => process.once('exit', (code) => ((this.exitCode = code), resolve())));
    process.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.connection = createProtocolConnection(new StreamMessageReader(process.stdout), new StreamMessageWriter(process.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.record(this.diagnostics, params));
    this.connection.onNotification('disclose/coverage', (params: CoverageParams) => this.record(this.coverage, params));
    this.connection.onRequest(ConfigurationRequest.type, async (params) => {
      this.configurationRequests.push(params.items);
      if (this.configurationDelayMs > 0) await sleep(this.configurationDelayMs);
      const configuration = this.configuration;
      return params.items.map((item) => (typeof configuration === 'function' ? configuration(item) : item.section === 'disclose' ? (configuration ?? null) : null));
    });
    // Window messages are fine to receive; an unexpected request would otherwise hang the server.
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onError(([error]) => (this.stderr += `\n[client] connection error: ${error.message}`));
    this.connection.listen();
  }

  /** Spawns `node server/dist/server.js --stdio`. */
  static start(): ServerClient {
    const child = spawn(process.execPath, [requireBuiltServer(), '--stdio'], { stdio: 'pipe', cwd: REPO_ROOT });
    const client = new ServerClient(child);
    started.add(client);
    return client;
  }

  private record<T>(list: Received<T>[], params: T): void {
    list.push({ params, at: performance.now() });
    this.waiters = this.waiters.filter((waiter) => (waiter.test() ? (waiter.resolve(), false) : true));
  }

  /** Resolves once `test` holds (checked now and after every notification), rejects after `timeoutMs`. */
  private waitUntil(test: () => boolean, what: string, timeoutMs: number): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const seen = this.diagnostics.map((d) => `${d.params.uri}@${d.params.version}`).join(', ') || 'none';
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Diagnostics received: ${seen}. Server stderr: ${this.stderr || '(empty)'}`));
      }, timeoutMs);
      const waiter: Waiter = { test, resolve: () => (clearTimeout(timer), resolve()) };
      this.waiters.push(waiter);
    });
  }

  async initialize(options: InitializeOptions = {}): Promise<InitializeResult> {
    this.configuration = options.configuration;
    this.configurationDelayMs = options.configurationDelayMs ?? 0;
    const capabilities: ClientCapabilities = {
      textDocument: {
        synchronization: { dynamicRegistration: false },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
      workspace: options.configuration !== undefined ? { configuration: true } : {},
    };
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(REPO_ROOT).href,
      capabilities,
      locale: options.locale,
      initializationOptions: options.initializationOptions,
      workspaceFolders: null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** A full-text change, as the server's full sync asks for. */
  change(uri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  pullDiagnostics(uri: string): Promise<DocumentDiagnosticReport> {
    return this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  }

  /** The diagnostics published for `uri` at exactly `version` (waits for them). */
  async diagnosticsFor(uri: string, version: number, timeoutMs = 10_000): Promise<Received<PublishDiagnosticsParams>> {
    const find = () => this.diagnostics.find((d) => d.params.uri === uri && d.params.version === version);
    await this.waitUntil(() => find() !== undefined, `publishDiagnostics for ${uri} version ${version}`, timeoutMs);
    return find()!;
  }

  /** The `disclose/coverage` notification for `uri` at exactly `version` (waits for it). */
  async coverageFor(uri: string, version: number, timeoutMs = 10_000): Promise<Received<CoverageParams>> {
    const find = () => this.coverage.find((c) => c.params.uri === uri && c.params.version === version);
    await this.waitUntil(() => find() !== undefined, `disclose/coverage for ${uri} version ${version}`, timeoutMs);
    return find()!;
  }

  /** Every diagnostics notification for `uri`, in arrival order. */
  publishedFor(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.filter((d) => d.params.uri === uri).map((d) => d.params);
  }

  /** shutdown + exit; kills the process when it does not exit within `timeoutMs`. Returns the exit code. */
  async shutdown(timeoutMs = 5_000): Promise<number | null> {
    started.delete(this);
    if (this.exitCode === null && this.process.exitCode === null) {
      const timedOut = Symbol('timeout');
      try {
        const answer = await Promise.race([this.connection.sendRequest(ShutdownRequest.type), sleep(timeoutMs).then(() => timedOut)]);
        if (answer !== timedOut) await this.connection.sendNotification(ExitNotification.type);
      } catch {
        // The connection may already be gone; the kill below takes care of the process.
      }
      const exited = await Promise.race([this.exited.then(() => true), sleep(timeoutMs).then(() => false)]);
      if (!exited) {
        this.process.kill('SIGKILL');
        await this.exited;
      }
    }
    this.connection.dispose();
    return this.exitCode;
  }
}

const started = new Set<ServerClient>();

/** Shuts down every server a test started and did not shut down itself (call from afterEach). */
export async function shutdownAll(): Promise<void> {
  await Promise.all([...started].map((client) => client.shutdown()));
}

/** Starts and initializes a server in one step. */
export async function startServer(options: InitializeOptions = {}): Promise<{ client: ServerClient; init: InitializeResult }> {
  const client = ServerClient.start();
  const init = await client.initialize(options);
  return { client, init };
}

/**
 * Diagnostics with only `data.ruleId` kept, to compare the findings of different versions: the rest of
 * `data` (the document version, the finding's index in that version's lint) legitimately changes.
 */
export function withoutVersion(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, data: { ruleId: (d.data as { ruleId?: unknown } | undefined)?.ruleId } }));
}

/** CPU time (user + system) the process has used so far, in ms, from /proc; null where there is no /proc. */
export function cpuTimeMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command name: state is field 3, utime field 14 and stime field 15 (in clock ticks, 100 Hz on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}
