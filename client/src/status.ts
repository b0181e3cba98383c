import * as vscode from 'vscode';

/** What the server reports after each lint (notification `disclose/coverage`). */
export interface CoverageNotice {
  uri: string;
  version: number;
  documentType: string | null;
  /** Requirements disclosed (present or weak) out of those that apply. */
  disclosed: number;
  applicable: number;
  items: Array<{ id: string; status: string; title: string; statusLabel: string }>;
  /** An English document that no configuration gives a profile: only the common checks ran. */
  profileNotChosen: boolean;
}

const ICONS: Record<string, string> = { present: '$(pass)', weak: '$(warning)', missing: '$(error)', 'not-applicable': '$(circle-slash)' };

/** Shows "Disclose 4/5" (disclosures made of those required) for the active policy; the tooltip lists each. */
export class CoverageStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('disclose.coverage', vscode.StatusBarAlignment.Right, 100);
  private readonly notices = new Map<string, CoverageNotice>();

  constructor() {
    this.item.name = 'Disclose';
    this.item.command = 'disclose.showCoverageReport';
  }

  update(notice: CoverageNotice): void {
    this.notices.set(notice.uri, notice);
    this.refresh();
  }

  refresh(): void {
    // With the coverage report (a webview) focused there is no active text editor: keep what is shown.
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const notice = this.notices.get(editor.document.uri.toString());
    if (!notice || notice.applicable === 0) {
      this.item.hide();
      return;
    }
    const complete = notice.items.every((item) => item.status === 'present' || item.status === 'not-applicable');
    const profileHint = notice.profileNotChosen ? ` ${vscode.l10n.t('(choose a profile)')}` : '';
    this.item.text = `${complete ? '$(shield)' : '$(warning)'} Disclose ${notice.disclosed}/${notice.applicable}${profileHint}`;
    const tooltip = new vscode.MarkdownString(undefined, true);
    if (notice.profileNotChosen) {
      tooltip.appendMarkdown(`${vscode.l10n.t('No profile chosen: only the checks every law shares ran. Name the laws this document must meet (pipl, gdpr, uk-gdpr, ccpa, coppa) in .disclose.yml, its front matter or the disclose.profiles setting.')}\n\n`);
    }
    tooltip.appendMarkdown(`**${vscode.l10n.t('Disclosures made: {0} of {1}', notice.disclosed, notice.applicable)}**\n\n`);
    for (const item of notice.items) tooltip.appendMarkdown(`${ICONS[item.status] ?? ''} ${item.title}: ${item.statusLabel}\n\n`);
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
