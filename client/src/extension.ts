import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { insertClause, newFromTemplate } from './clauses';
import { RestartingErrorHandler } from './crash';
import { CoverageReportPanel } from './report';
import { CoverageStatusBar, type CoverageNotice } from './status';

let client: LanguageClient | undefined;

/** The thin client: starts the language server, shows its coverage in the status bar, restarts it on demand. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('server/dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    synchronize: {
      configurationSection: 'disclose',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.disclose.{yml,yaml,json}'),
    },
    initializationOptions: { snippetCommand: true },
    errorHandler: new RestartingErrorHandler(async () => {
      await client?.restart();
    }),
  };
  client = new LanguageClient('disclose', 'Disclose', serverOptions, clientOptions);

  const statusBar = new CoverageStatusBar();
  const report = new CoverageReportPanel(client);
  const languageClient = client;
  context.subscriptions.push(
    statusBar,
    report,
    client.onNotification('disclose/coverage', (notice: CoverageNotice) => {
      statusBar.update(notice);
      void report.onCoverage(notice.uri);
    }),
    vscode.commands.registerCommand('disclose.insertClause', () => insertClause(languageClient)),
    vscode.commands.registerCommand('disclose.newPolicyFromTemplate', () => newFromTemplate(languageClient, 'privacy-policy')),
    vscode.commands.registerCommand('disclose.newUserAgreementFromTemplate', () => newFromTemplate(languageClient, 'user-agreement')),
    vscode.commands.registerCommand('disclose.showCoverageReport', () => report.show()),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.refresh()),
    vscode.commands.registerCommand('disclose.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('disclose.insertSnippet', insertSnippet),
    vscode.commands.registerCommand('disclose.fixAll', () => vscode.commands.executeCommand('editor.action.codeAction', { kind: 'source.fixAll.disclose', apply: 'first' })),
  );
  await client.start();
}

/**
 * Inserts a clause with its blanks as tab stops. The server computed the position for one document
 * version; if the document has changed since, the fix is refused rather than applied in the wrong place.
 */
async function insertSnippet(uri: string, version: number, range: { start: vscode.Position; end: vscode.Position }, text: string): Promise<void> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!document || document.version !== version) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The document changed after this fix was computed. Run the fix again.'));
    return;
  }
  const editor = await vscode.window.showTextDocument(document);
  const start = new vscode.Position(range.start.line, range.start.character);
  await editor.insertSnippet(new vscode.SnippetString(text), new vscode.Range(start, new vscode.Position(range.end.line, range.end.character)));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
