import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';
import { RestartBudget } from './restart-budget';

/**
 * Restarts a crashed server (the client then reopens every document, so diagnostics come back) at
 * most four times in three minutes; after that it stops and says so, with a Restart server button.
 */
export class RestartingErrorHandler implements ErrorHandler {
  private readonly budget = new RestartBudget();

  constructor(private readonly restart: () => Promise<void>) {}

  error(): ErrorHandlerResult {
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    if (this.budget.crashed(Date.now())) return { action: CloseAction.Restart, handled: true };
    const restart = vscode.l10n.t('Restart server');
    void vscode.window
      .showErrorMessage(vscode.l10n.t('The Disclose server stopped {0} times in three minutes and was not restarted. Its output (Disclose) may say why.', this.budget.recentCrashes), restart)
      .then((choice) => {
        if (choice === restart) {
          this.budget.reset();
          void this.restart();
        }
      });
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}
