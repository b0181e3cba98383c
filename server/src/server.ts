import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  LSPErrorCodes,
  MarkupKind,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic,
  type Hover,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { coverageCounts, headlineBasis } from './coverage';
import { lint } from './engine';
import { format, localeFromLanguageTag } from './l10n';
import { DEFAULT_PROFILES } from './profiles';
import type { Finding, Fix, LintResult, MessageLocale, Severity, TextEdit } from './types';

/** The rule pages ship beside the bundle: server/dist/server.js -> docs/rules. */
const DOCS_BASE_URL = pathToFileURL(resolve(__dirname, '..', '..', 'docs', 'rules')).href;

interface Settings {
  enable: boolean;
  messageLanguage: 'auto' | 'en' | 'zh-cn';
}

const DEFAULT_SETTINGS: Settings = { enable: true, messageLanguage: 'auto' };

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const results = new Map<string, { version: number; result: LintResult | null }>();

let clientLocale: string | undefined;
let pullDiagnostics = false;
let configurationRequests = false;
let initialSettings: Partial<Settings> = {};
/** The VS Code client inserts clause snippets with tab stops through its `disclose.insertSnippet` command. */
let snippetCommand = false;

const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.disclose`;
const SHOW_DOCUMENTATION = 'disclose.showDocumentation';

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
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      executeCommandProvider: { commands: [SHOW_DOCUMENTATION] },
      ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
    serverInfo: { name: 'disclose-language-server', version: DISCLOSE_VERSION },
  };
});

declare const DISCLOSE_VERSION: string;

async function settingsFor(uri: string): Promise<Settings> {
  if (!configurationRequests) return { ...DEFAULT_SETTINGS, ...initialSettings };
  const value = (await connection.workspace.getConfiguration({ scopeUri: uri, section: 'disclose' })) as Partial<Settings> | null;
  return { ...DEFAULT_SETTINGS, ...initialSettings, ...(value ?? {}) };
}

function localeOf(settings: Settings): MessageLocale {
  return settings.messageLanguage === 'auto' ? localeFromLanguageTag(clientLocale) : settings.messageLanguage;
}

const STALE = Symbol('stale');

/**
 * Lints the current version of a document once; later calls for the same version reuse the result.
 * Returns STALE when the document changed while the settings were being read, null when disabled.
 */
async function lintDocument(document: TextDocument): Promise<LintResult | null | typeof STALE> {
  const cached = results.get(document.uri);
  if (cached && cached.version === document.version) return cached.result;
  const settings = await settingsFor(document.uri);
  const current = documents.get(document.uri);
  if (!current || current.version !== document.version) return STALE;
  const result = settings.enable
    ? lint(document.getText(), { profiles: DEFAULT_PROFILES, locale: localeOf(settings), docsBaseUrl: DOCS_BASE_URL })
    : null;
  results.set(document.uri, { version: document.version, result });
  sendCoverage(document, result, localeOf(settings));
  return result;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** A diagnostic's data names its finding in the lint of that version, whose fixes the code actions use. */
interface DiagnosticData {
  ruleId: string;
  version: number;
  index: number;
}

function toDiagnostic(finding: Finding, version: number, index: number): Diagnostic {
  return {
    range: { start: finding.range.start, end: finding.range.end },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    source: 'Disclose',
    message: finding.basis.length > 0 ? `${finding.message} (${headlineBasis(finding)})` : finding.message,
    data: { ruleId: finding.ruleId, version, index } satisfies DiagnosticData,
  };
}

function sendCoverage(document: TextDocument, result: LintResult | null, locale: MessageLocale): void {
  const coverage = result?.coverage ?? [];
  const items = coverage.map(({ id, status }) => ({ id, status, title: format(locale, `${id}.title`), statusLabel: format(locale, `status.${status}`) }));
  const { disclosed, applicable } = coverageCounts(coverage);
  connection.sendNotification('disclose/coverage', { uri: document.uri, version: document.version, documentType: result?.documentType ?? null, disclosed, applicable, items });
}

connection.languages.diagnostics.on(async (params, token) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return { kind: 'full', items: [] };
  const result = await lintDocument(document);
  if (token.isCancellationRequested || result === STALE) {
    throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed; diagnostics will be recomputed.', { retriggerRequest: true });
  }
  return { kind: 'full', items: (result?.findings ?? []).map((finding, index) => toDiagnostic(finding, document.version, index)) };
});

/** Clients without pull diagnostics (Neovim 0.7, Emacs' eglot 1.9) get them pushed after each change. */
async function pushDiagnostics(document: TextDocument): Promise<void> {
  const result = await lintDocument(document);
  if (result === STALE) return;
  await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: (result?.findings ?? []).map((f, index) => toDiagnostic(f, document.version, index)) });
}

documents.onDidChangeContent(({ document }) => {
  if (pullDiagnostics) void lintDocument(document);
  else void pushDiagnostics(document);
});

documents.onDidClose(({ document }) => {
  results.delete(document.uri);
  if (!pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(() => {
  results.clear();
  if (pullDiagnostics) connection.languages.diagnostics.refresh();
  else for (const document of documents.all()) void pushDiagnostics(document);
});

connection.onHover(async (params): Promise<Hover | null> => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const result = await lintDocument(document);
  if (!result || result === STALE) return null;
  const offset = document.offsetAt(params.position);
  const here = result.findings.filter((f) => f.range.startOffset <= offset && offset <= f.range.endOffset);
  if (here.length === 0) return null;
  const locale = localeOf(await settingsFor(document.uri));
  const sections = here.map((finding) => {
    const lines = [`**${format(locale, `${finding.ruleId}.title`)}** (\`${finding.ruleId}\`, ${finding.severity})`, '', finding.message, ''];
    if (finding.basis.length > 0) lines.push(format(locale, 'hover.basis', { basis: finding.basis.join(locale === 'zh-cn' ? '；' : '; ') }), '');
    if (finding.explanation) lines.push(format(locale, 'hover.why', { explanation: finding.explanation }), '');
    lines.push(`[${format(locale, 'hover.docs')}](${finding.docsUrl})`);
    return lines.join('\n');
  });
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') } };
});

/** The cached lint of exactly this version; a fix is never computed for, or applied to, another one. */
function resultOf(uri: string, version: number): LintResult | null {
  const cached = results.get(uri);
  const document = documents.get(uri);
  return cached && document && cached.version === version && document.version === version ? cached.result : null;
}

function versionedEdit(uri: string, version: number, edits: readonly TextEdit[]) {
  return { documentChanges: [{ textDocument: { uri, version }, edits: edits.map(({ range, newText }) => ({ range: { start: range.start, end: range.end }, newText })) }] };
}

function toCodeAction(uri: string, version: number, fix: Fix, diagnostic: Diagnostic, preferred: boolean): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred };
  if (fix.snippet && snippetCommand) {
    action.command = { title: fix.title, command: 'disclose.insertSnippet', arguments: [uri, version, { start: fix.snippet.range.start, end: fix.snippet.range.end }, fix.snippet.text] };
  } else {
    action.edit = versionedEdit(uri, version, fix.edits);
  }
  return action;
}

connection.onCodeAction(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const uri = document.uri;
  const only = params.context.only;
  const actions: CodeAction[] = [];
  // Fix all is a source action: offered when a source kind is asked for (fix on save, the Source Action menu).
  if (only?.some((kind) => FIX_ALL_KIND.startsWith(kind))) {
    const result = await lintDocument(document);
    if (result && result !== STALE) {
      const edits = fixAllEdits(result);
      const locale = localeOf(await settingsFor(uri));
      if (edits.length > 0) actions.push({ title: format(locale, 'fix.all'), kind: FIX_ALL_KIND, edit: versionedEdit(uri, document.version, edits) });
    }
  }
  if (only && !only.includes(CodeActionKind.QuickFix)) return actions;
  for (const diagnostic of params.context.diagnostics) {
    const data = diagnostic.data as Partial<DiagnosticData> | undefined;
    if (diagnostic.source !== 'Disclose' || data?.version === undefined || data.index === undefined) continue;
    const finding = resultOf(uri, data.version)?.findings[data.index];
    if (!finding || finding.ruleId !== data.ruleId) continue;
    const firstFixable = finding.fixes.findIndex((fix) => fix.kind === 'clause' || fix.kind === 'correction');
    finding.fixes.forEach((fix, i) => actions.push(toCodeAction(uri, data.version!, fix, diagnostic, i === firstFixable)));
    const locale = localeOf(await settingsFor(uri));
    actions.push({
      title: format(locale, 'fix.showDocumentation', { id: finding.ruleId }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: format(locale, 'fix.showDocumentation', { id: finding.ruleId }), command: SHOW_DOCUMENTATION, arguments: [finding.docsUrl] },
    });
  }
  return actions;
});

/** Every automatic correction of a lint, without overlaps, in document order. */
function fixAllEdits(result: LintResult): TextEdit[] {
  const edits = result.findings.flatMap((finding) => finding.fixes.filter((fix) => fix.autoFix).flatMap((fix) => fix.edits));
  edits.sort((a, b) => a.range.startOffset - b.range.startOffset);
  const chosen: TextEdit[] = [];
  for (const edit of edits) {
    const last = chosen[chosen.length - 1];
    if (!last || last.range.endOffset <= edit.range.startOffset) chosen.push(edit);
  }
  return chosen;
}

connection.onExecuteCommand(async (params) => {
  if (params.command === SHOW_DOCUMENTATION && typeof params.arguments?.[0] === 'string') {
    await connection.window.showDocument({ uri: params.arguments[0], takeFocus: true });
  }
});

documents.listen(connection);
connection.listen();
