import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface ReportItem {
  id: string;
  title: string;
  description: string;
  status: 'present' | 'weak' | 'missing' | 'not-applicable';
  statusLabel: string;
  basis: string[];
  evidence: { start: { line: number; character: number } } | null;
}

interface Report {
  uri: string;
  version: number;
  documentType: string;
  groups: Array<{ section: string; label: string; items: ReportItem[] }>;
}

const ICON: Record<ReportItem['status'], string> = { present: '✔', weak: '⚠', missing: '✖', 'not-applicable': '–' };

/**
 * Disclose: Show coverage report — every requirement of the active policy as present / weak /
 * missing / n/a, grouped by section, with its legal basis; a click goes to the evidence or inserts
 * the missing clause (through the same quick fix as the lightbulb).
 */
export class CoverageReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;

  constructor(private readonly client: LanguageClient) {}

  async show(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown policy to see its coverage.'));
      return;
    }
    this.uri = editor.document.uri;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('disclose.coverageReport', vscode.l10n.t('Disclose coverage'), vscode.ViewColumn.Beside, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: { type: string; id?: string; line?: number; character?: number }) => this.handle(message));
    }
    this.panel.reveal(vscode.ViewColumn.Beside, true);
    await this.refresh();
  }

  /** Called when the server reports new coverage for a document. */
  async onCoverage(uri: string): Promise<void> {
    if (this.panel && this.uri?.toString() === uri) await this.refresh();
  }

  private async refresh(): Promise<void> {
    if (!this.panel || !this.uri) return;
    const report = await this.client.sendRequest<Report | null>('disclose/coverageReport', { uri: this.uri.toString() });
    if (!report || !this.panel) return;
    this.panel.title = `${vscode.l10n.t('Disclose coverage')}: ${vscode.workspace.asRelativePath(this.uri)}`;
    this.panel.webview.html = render(report, this.panel.webview.cspSource);
  }

  private async handle(message: { type: string; id?: string; line?: number; character?: number }): Promise<void> {
    if (!this.uri) return;
    const document = await vscode.workspace.openTextDocument(this.uri);
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    if (message.type === 'reveal' && message.line !== undefined) {
      const position = new vscode.Position(message.line, message.character ?? 0);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    } else if (message.type === 'fix' && message.id) {
      await runPreferredFix(document.uri, message.id);
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

async function runPreferredFix(uri: vscode.Uri, ruleId: string): Promise<void> {
  const diagnostic = vscode.languages.getDiagnostics(uri).find((d) => d.source === 'Disclose' && (typeof d.code === 'object' ? d.code.value : d.code) === ruleId);
  if (!diagnostic) return;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const action = actions?.find((a) => a.isPreferred) ?? actions?.[0];
  if (!action) return;
  if (action.edit) await vscode.workspace.applyEdit(action.edit);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function render(report: Report, cspSource: string): string {
  const nonce = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
  const rows = report.groups
    .map(
      (group) =>
        `<h2>${escape(group.label)}</h2><table>${group.items
          .map((item) => {
            const action = item.evidence
              ? `<button data-type="reveal" data-line="${item.evidence.start.line}" data-character="${item.evidence.start.character}">${escape(vscode.l10n.t('Go to text'))}</button>`
              : item.status === 'missing'
                ? `<button data-type="fix" data-id="${escape(item.id)}">${escape(vscode.l10n.t('Insert clause'))}</button>`
                : '';
            return `<tr class="${item.status}"><td class="icon">${ICON[item.status]}</td><td><strong>${escape(item.title)}</strong> <code>${escape(item.id)}</code><br><span class="muted">${escape(item.description)}</span><br><span class="basis">${escape(item.basis.join('; '))}</span></td><td class="status">${escape(item.statusLabel)}</td><td>${action}</td></tr>`;
          })
          .join('')}</table>`,
    )
    .join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em; }
table { border-collapse: collapse; width: 100%; } td { padding: 6px 8px; vertical-align: top; border-bottom: 1px solid var(--vscode-panel-border); }
.icon { width: 1.5em; } .missing .icon, .missing .status { color: var(--vscode-errorForeground); } .weak .icon, .weak .status { color: var(--vscode-editorWarning-foreground); }
.present .icon { color: var(--vscode-testing-iconPassed); } .muted, .basis { color: var(--vscode-descriptionForeground); font-size: 0.9em; } .status { white-space: nowrap; }
button { background: var(--vscode-button-background); color: var(--vscode-button-foreground); border: none; padding: 3px 8px; cursor: pointer; }
</style></head><body>
<h1>${escape(vscode.l10n.t('Disclose coverage'))}</h1>${rows}
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.body.addEventListener('click', (event) => {
  const button = event.target.closest('button');
  if (!button) return;
  vscode.postMessage({ type: button.dataset.type, id: button.dataset.id, line: Number(button.dataset.line), character: Number(button.dataset.character) });
});
</script></body></html>`;
}
