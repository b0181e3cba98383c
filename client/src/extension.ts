import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
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
    synchronize: { configurationSection: 'disclose' },
  };
  client = new LanguageClient('disclose', 'Disclose', serverOptions, clientOptions);

  const statusBar = new CoverageStatusBar();
  context.subscriptions.push(
    statusBar,
    client.onNotification('disclose/coverage', (notice: CoverageNotice) => statusBar.update(notice)),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.refresh()),
    vscode.commands.registerCommand('disclose.restartServer', async () => {
      await client?.restart();
    }),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
