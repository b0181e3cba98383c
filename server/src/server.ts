import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type InitializeParams,
  type InitializeResult,
  type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyOptions, resolveConfig, type ResolvedConfig } from './config/resolved';
import type { ConfigOptions } from './config/options';
import { coverageCounts } from './coverage';
import { LineIndex } from './document/text';
import { nodeConfigIo } from './io/config-files';
import { WorkspaceConfig } from './io/workspace-config';
import { CONFIG_CONTEXT, INVALID_CONFIGURATION, lintDocument, PROFILE_NOT_CHOSEN, type ParsedText } from './engine';
import { headingAt } from './fixes/placement';
import { buildTemplate } from './fixes/template';
import { DocumentModel } from './document/model';
import { format, localeFromLanguageTag } from './l10n';
import { clauseItems } from './lsp/clauses';
import { FIX_ALL_KIND, fixAllAction, quickFixes, SHOW_DOCUMENTATION } from './lsp/code-actions';
import { headingCompletions } from './lsp/completion';
import { toDiagnostic } from './lsp/convert';
import { hoverAt } from './lsp/hover';
import { coverageReport } from './lsp/report';
import { DEFAULT_PROFILES } from './profiles';
import type { DocumentLanguage, DocumentType, LintResult, MessageLocale, Severity } from './types';

declare const DISCLOSE_VERSION: string;

/** The rule pages ship beside the bundle: server/dist/server.js -> docs/rules. */
const DOCS_BASE_URL = pathToFileURL(resolve(__dirname, '..', '..', 'docs', 'rules')).href;

/** The `disclose.*` editor settings; the empty defaults leave the committed configuration in charge. */
interface Settings {
  enable: boolean;
  /** Megabytes; larger documents get a reduced check. */
  maxDocumentSize: number;
  messageLanguage: 'auto' | 'en' | 'zh-cn';
  profiles: string[];
  documentType: DocumentType | 'auto';
  rules: Record<string, Severity | 'off'>;
}

const DEFAULT_SETTINGS: Settings = { enable: true, maxDocumentSize: 2, messageLanguage: 'auto', profiles: [], documentType: 'auto', rules: {} };
const SEVERITY_NAMES = new Set(['off', 'info', 'warning', 'error']);

/** Settings as a configuration layer, keeping only values the engine knows (VS Code validates the rest). */
function settingsOptions(settings: Settings): Partial<ConfigOptions> {
  const rules = Object.fromEntries(Object.entries(settings.rules ?? {}).filter(([id, severity]) => CONFIG_CONTEXT.knownRules.has(id) && SEVERITY_NAMES.has(severity)));
  return {
    profiles: (settings.profiles ?? []).filter((id) => CONFIG_CONTEXT.knownProfiles.has(id)),
    type: settings.documentType,
    messageLanguage: settings.messageLanguage,
    rules,
  };
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const results = new Map<string, { version: number; result: LintResult | null }>();
const workspaceConfig = new WorkspaceConfig(CONFIG_CONTEXT);

let clientLocale: string | undefined;
let pullDiagnostics = false;
let configurationRequests = false;
let initialSettings: Partial<Settings> = {};
let snippetCommand = false;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  clientLocale = params.locale;
  pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
  configurationRequests = params.capabilities.workspace?.configuration === true;
  const options = params.initializationOptions as { settings?: Partial<Settings>; snippetCommand?: boolean } | undefined;
  initialSettings = options?.settings ?? {};
  snippetCommand = options?.snippetCommand === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Full,
      hoverProvider: true,
      completionProvider: { triggerCharacters: ['#', ' '] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      executeCommandProvider: { commands: [SHOW_DOCUMENTATION] },
      ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'disclose-language-server', version: DISCLOSE_VERSION },
  };
});

/** Settings per document, asked once and kept until the configuration changes or the document closes. */
const documentSettings = new Map<string, Promise<Settings>>();

function settingsFor(uri: string): Promise<Settings> {
  if (!configurationRequests) return Promise.resolve({ ...DEFAULT_SETTINGS, ...initialSettings });
  let settings = documentSettings.get(uri);
  if (!settings) {
    settings = (async () => {
      const value = (await connection.workspace.getConfiguration({ scopeUri: uri, section: 'disclose' })) as Partial<Settings> | null;
      return { ...DEFAULT_SETTINGS, ...initialSettings, ...(value ?? {}) };
    })();
    documentSettings.set(uri, settings);
    // A failed request is asked again next time.
    settings.catch(() => documentSettings.delete(uri));
  }
  return settings;
}

/** The message language of a document: the one its last lint used, else the settings' or the editor's. */
async function localeFor(uri: string): Promise<MessageLocale> {
  const linted = results.get(uri)?.result;
  if (linted) return linted.locale;
  const settings = await settingsFor(uri);
  return settings.messageLanguage === 'auto' ? localeFromLanguageTag(clientLocale) : settings.messageLanguage;
}

const STALE = Symbol('stale');
type Linted = LintResult | null | typeof STALE;
const inFlight = new Map<string, { version: number; promise: Promise<Linted> }>();

/**
 * Lints the current version of a document once: later and concurrent calls for the same version
 * share the result. Returns STALE when a newer version arrived while the settings were being read
 * (that version gets its own lint), null when linting is disabled.
 */
function lintVersion(document: TextDocument): Promise<Linted> {
  const { uri, version } = document;
  const cached = results.get(uri);
  if (cached && cached.version === version) return Promise.resolve(cached.result);
  const running = inFlight.get(uri);
  if (running && running.version === version) return running.promise;
  // TextDocuments updates documents in place: take the text and version together, now.
  const text = document.getText();
  const promise = (async (): Promise<Linted> => {
    const settings = await settingsFor(uri);
    if (documents.get(uri)?.version !== version) return STALE;
    const fileConfig = workspaceConfig.forDocument(uri);
    const maxDocumentBytes = Math.max(0.1, Number(settings.maxDocumentSize) || 2) * 1024 * 1024;
    const base = resolveConfig({ profiles: DEFAULT_PROFILES, locale: localeFromLanguageTag(clientLocale), docsBaseUrl: DOCS_BASE_URL, maxDocumentBytes });
    const config = applyOptions(applyOptions(base, fileConfig.options), settingsOptions(settings));
    const result = settings.enable && fileConfig.selected ? lintSafely(uri, text, config) : null;
    results.set(uri, { version, result });
    sendCoverage(uri, version, result, config.locale);
    if (fileConfig.configPath) publishConfigProblems(fileConfig.configPath, config.locale);
    return result;
  })();
  inFlight.set(uri, { version, promise });
  void promise.finally(() => {
    if (inFlight.get(uri)?.promise === promise) inFlight.delete(uri);
  });
  return promise;
}

/**
 * The parse of the last linted version of the documents edited most recently: the next version
 * re-parses only the blocks around the edit. A parse is taken over by the lint that uses it.
 */
const lastParse = new Map<string, ParsedText>();
const KEPT_PARSES = 8;

function lintEdited(uri: string, text: string, config: ResolvedConfig): LintResult {
  const previous = lastParse.get(uri);
  lastParse.delete(uri);
  const { result, parsed } = lintDocument(text, config, previous);
  lastParse.set(uri, parsed);
  if (lastParse.size > KEPT_PARSES) lastParse.delete(lastParse.keys().next().value!);
  return result;
}

const failedDocuments = new Set<string>();

/** A lint that throws (a bug) leaves the document without findings, logs why, and says so once; the server lives on. */
function lintSafely(uri: string, text: string, config: ResolvedConfig): LintResult | null {
  try {
    return lintEdited(uri, text, config);
  } catch (error) {
    lastParse.delete(uri);
    const reason = error instanceof Error ? error.message : String(error);
    connection.console.error(`Disclose could not check ${uri}: ${error instanceof Error ? (error.stack ?? reason) : reason}`);
    if (!failedDocuments.has(uri)) {
      failedDocuments.add(uri);
      void connection.window.showErrorMessage(`Disclose could not check this document (${reason}). Other documents are still checked; the details are in the Disclose output channel.`);
    }
    return null;
  }
}

/** The cached lint of exactly this version; a fix is never computed for, or applied to, another one. */
function resultOf(uri: string, version: number): LintResult | null {
  const cached = results.get(uri);
  return cached && cached.version === version && documents.get(uri)?.version === version ? cached.result : null;
}

async function currentResult(uri: string): Promise<{ document: TextDocument; result: LintResult } | null> {
  const document = documents.get(uri);
  if (!document) return null;
  const result = await lintVersion(document);
  return result && result !== STALE ? { document, result } : null;
}

function sendCoverage(uri: string, version: number, result: LintResult | null, locale: MessageLocale): void {
  const coverage = result?.coverage ?? [];
  const items = coverage.map(({ id, status }) => ({ id, status, title: format(locale, `${id}.title`), statusLabel: format(locale, `status.${status}`) }));
  const { disclosed, applicable } = coverageCounts(coverage);
  const profileNotChosen = result?.findings.some((f) => f.ruleId === PROFILE_NOT_CHOSEN) ?? false;
  void connection.sendNotification('disclose/coverage', { uri, version, documentType: result?.documentType ?? null, disclosed, applicable, items, profileNotChosen });
}

function diagnosticsOf(result: LintResult | null, version: number) {
  return result ? result.findings.map((finding, index) => toDiagnostic(finding, result.locale, version, index)) : [];
}

connection.languages.diagnostics.on(async (params, token) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return { kind: 'full', items: [] };
  const result = await lintVersion(document);
  if (token.isCancellationRequested || result === STALE) {
    throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed; diagnostics will be recomputed.', { retriggerRequest: true });
  }
  return { kind: 'full', items: diagnosticsOf(result, document.version) };
});

const published = new Map<string, number>();

/** Clients without pull diagnostics (Neovim 0.7, Emacs' eglot 1.9) get them pushed, once per version. */
async function pushDiagnostics(document: TextDocument): Promise<void> {
  const version = document.version;
  const result = await lintVersion(document);
  if (result === STALE || published.get(document.uri) === version || documents.get(document.uri)?.version !== version) return;
  published.set(document.uri, version);
  await connection.sendDiagnostics({ uri: document.uri, version, diagnostics: diagnosticsOf(result, version) });
}

/**
 * Changes are linted after the messages already received have been read, so a burst of edits is
 * linted once, at its last version; an older version is never linted after a newer one arrived.
 */
const scheduled = new Set<string>();
function scheduleLint(uri: string): void {
  if (scheduled.has(uri)) return;
  scheduled.add(uri);
  setImmediate(() => {
    scheduled.delete(uri);
    const document = documents.get(uri);
    if (!document) return;
    if (pullDiagnostics) void lintVersion(document);
    else void pushDiagnostics(document);
  });
}

documents.onDidChangeContent(({ document }) => scheduleLint(document.uri));

documents.onDidClose(({ document }) => {
  results.delete(document.uri);
  lastParse.delete(document.uri);
  documentSettings.delete(document.uri);
  published.delete(document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

/** Problems in a configuration file are diagnostics on that file, once per configuration generation. */
const configDiagnostics = new Map<string, number>();
function publishConfigProblems(configPath: string, locale: MessageLocale): void {
  const uri = pathToFileURL(configPath).href;
  if (configDiagnostics.has(uri)) return;
  const problems = workspaceConfig.problemsOf(configPath).filter((problem) => problem.path === configPath);
  configDiagnostics.set(uri, problems.length);
  const lines = new LineIndex(nodeConfigIo.read(configPath) ?? '');
  void connection.sendDiagnostics({
    uri,
    diagnostics: problems.map((problem) => ({
      range: { start: lines.positionAt(problem.startOffset), end: lines.positionAt(problem.endOffset) },
      severity: DiagnosticSeverity.Error,
      code: INVALID_CONFIGURATION,
      source: 'Disclose',
      message: format(locale, problem.messageKey, problem.args),
    })),
  });
}

/** Settings or configuration files changed: every open document is linted again at once. */
function relintAll(): void {
  results.clear();
  published.clear();
  if (pullDiagnostics) connection.languages.diagnostics.refresh();
  for (const document of documents.all()) scheduleLint(document.uri);
}

connection.onDidChangeConfiguration(() => {
  documentSettings.clear();
  relintAll();
});

connection.onDidChangeWatchedFiles(() => {
  workspaceConfig.clear();
  for (const [uri, count] of configDiagnostics) if (count > 0) void connection.sendDiagnostics({ uri, diagnostics: [] });
  configDiagnostics.clear();
  relintAll();
});

connection.onHover(async (params) => {
  const current = await currentResult(params.textDocument.uri);
  if (!current) return null;
  return hoverAt(current.result, current.document.offsetAt(params.position), current.result.locale);
});

connection.onCompletion(async (params) => {
  const current = await currentResult(params.textDocument.uri);
  if (!current) return [];
  const line = current.document.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
  return headingCompletions(current.result, line, params.position);
});

connection.onCodeAction(async (params) => {
  const uri = params.textDocument.uri;
  const only = params.context.only;
  const locale = await localeFor(uri);
  const actions: CodeAction[] = [];
  // Fix all is a source action: offered when a source kind is asked for (fix on save, the Source Action menu).
  if (only?.some((kind) => FIX_ALL_KIND.startsWith(kind))) {
    const current = await currentResult(uri);
    const fixAll = current && fixAllAction(uri, current.document.version, current.result, locale);
    if (fixAll) actions.push(fixAll);
  }
  if (!only || only.includes(CodeActionKind.QuickFix)) {
    actions.push(...quickFixes({ uri, locale, snippetCommand, resultOf: (version) => resultOf(uri, version) }, params.context.diagnostics));
  }
  return actions;
});

connection.onExecuteCommand(async (params) => {
  if (params.command === SHOW_DOCUMENTATION && typeof params.arguments?.[0] === 'string') {
    await connection.window.showDocument({ uri: params.arguments[0], takeFocus: true });
  }
});

/** Clauses for the Insert clause… quick pick, in the language of the document, headed in its style at the cursor. */
connection.onRequest('disclose/clauses', async (params: { uri: string; position?: Position }) => {
  const current = await currentResult(params.uri);
  if (!current) return [];
  const { document, result } = current;
  const model = new DocumentModel(document.getText());
  const offset = params.position ? document.offsetAt(params.position) : document.getText().length;
  return clauseItems(result.documentType, result.language, result.profiles, result.locale, (clause) => headingAt(model, offset, clause));
});

/** A complete skeleton, as one snippet, for New privacy policy from template. */
connection.onRequest('disclose/template', (params: { type: DocumentType; language: DocumentLanguage }) => ({
  snippet: buildTemplate(params.type, params.language, DEFAULT_PROFILES),
}));

/** Every requirement of the document with its status, grouped by section, for the coverage report. */
connection.onRequest('disclose/coverageReport', async (params: { uri: string }) => {
  const current = await currentResult(params.uri);
  if (!current) return null;
  const { document, result } = current;
  return { uri: document.uri, version: document.version, documentType: result.documentType, groups: coverageReport(result, await localeFor(document.uri)) };
});

documents.listen(connection);
connection.listen();
