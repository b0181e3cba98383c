import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';

const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60 * 1000;

/**
 * Restarts a crashed server (the client then reopens every document, so diagnostics come back) at
 * most four times in three minutes; after that it stops and says so, with a Restart server button.
 */
export class RestartingErrorHandler implements ErrorHandler {
  private readonly crashes: number[] = [];

  constructor(private readonly restart: () => Promise<void>) {}

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0]! > WINDOW_MS) this.crashes.shift();
    if (this.crashes.length <= MAX_RESTARTS) return { action: CloseAction.Restart, handled: true };
    const restart = vscode.l10n.t('Restart server');
    void vscode.window
      .showErrorMessage(vscode.l10n.t('The Disclose server stopped {0} times in three minutes and was not restarted. Its output (Disclose) may say why.', this.crashes.length), restart)
      .then((choice) => {
        if (choice === restart) {
          this.crashes.length = 0;
          void this.restart();
        }
      });
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}
