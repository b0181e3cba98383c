import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface ClauseItem {
  key: string;
  requirementId: string;
  title: string;
  description: string;
  basis: string[];
  snippet: string;
}

/** Disclose: Insert clause… — a quick pick of the clauses for the policy's profile and language. */
export async function insertClause(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown policy to insert a clause.'));
    return;
  }
  const position = editor.selection.active;
  const items = await client.sendRequest<ClauseItem[]>('disclose/clauses', { uri: editor.document.uri.toString(), position: { line: position.line, character: position.character } });
  const picked = await vscode.window.showQuickPick(
    items.map((item) => ({ label: item.description, description: `${item.title} · ${item.requirementId}`, detail: item.basis.join('; '), item })),
    { title: vscode.l10n.t('Insert clause'), placeHolder: vscode.l10n.t('Search clauses by topic, rule or legal basis'), matchOnDescription: true, matchOnDetail: true },
  );
  if (!picked) return;
  // A clause is a block of its own: separate it from text on the lines around the cursor.
  const line = editor.document.lineAt(position.line);
  const before = line.text.slice(0, position.character).trim() !== '' ? '\n\n' : position.line > 0 && editor.document.lineAt(position.line - 1).text.trim() !== '' ? '\n' : '';
  await editor.insertSnippet(new vscode.SnippetString(`${before}${picked.item.snippet}\n`), editor.selection);
}

/** Disclose: New privacy policy from template — a complete skeleton in the chosen language. */
export async function newFromTemplate(client: LanguageClient, type: 'privacy-policy' | 'user-agreement'): Promise<void> {
  const language = await vscode.window.showQuickPick(
    [
      { label: '简体中文', description: 'zh-CN', language: 'zh' as const },
      { label: 'English', description: 'en', language: 'en' as const },
    ],
    { title: vscode.l10n.t('Template language') },
  );
  if (!language) return;
  const { snippet } = await client.sendRequest<{ snippet: string }>('disclose/template', { type, language: language.language });
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
}
