// Applying a server's code actions the way an editor does: a versioned workspace edit applies only to
// the version it names, with positions read as the editor reads them (vscode-languageserver-textdocument).
import { CodeActionRequest, type CodeAction, type Diagnostic, type TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerClient } from './helpers';

export function codeActions(client: ServerClient, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  return client.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics, only },
  }) as Promise<CodeAction[]>;
}

/** Thrown when an edit names another version than the document's: the editor rejects it, nothing is merged. */
export class StaleEditError extends Error {}

/** Applies a code action's edit to `text` at `version`, as an editor does; throws StaleEditError for another version. */
export function applyAction(text: string, version: number, action: CodeAction): string {
  const changes = action.edit?.documentChanges;
  if (!changes || changes.length !== 1 || action.edit?.changes !== undefined) throw new Error(`expected one versioned document change, got ${JSON.stringify(action.edit)}`);
  const change = changes[0] as TextDocumentEdit;
  if (change.textDocument.version !== version) throw new StaleEditError(`edit for version ${change.textDocument.version} refused on version ${version}`);
  return TextDocument.applyEdits(TextDocument.create(change.textDocument.uri, 'markdown', version, text), change.edits);
}
