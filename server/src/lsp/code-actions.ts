import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver/node';
import { format } from '../l10n';
import type { Fix, LintResult, MessageLocale, TextEdit } from '../types';
import { versionedEdit, type DiagnosticData } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.disclose`;
export const SHOW_DOCUMENTATION = 'disclose.showDocumentation';
export const INSERT_SNIPPET = 'disclose.insertSnippet';

export interface CodeActionContext {
  uri: string;
  locale: MessageLocale;
  /** The VS Code client inserts clause snippets with tab stops through its own command. */
  snippetCommand: boolean;
  /** The cached lint of exactly this version, or null when the document has moved on. */
  resultOf(version: number): LintResult | null;
}

/** Quick fixes for the diagnostics of one request, from the lint of each diagnostic's own version. */
export function quickFixes(context: CodeActionContext, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const data = diagnostic.data as Partial<DiagnosticData> | undefined;
    if (diagnostic.source !== 'Disclose' || data?.version === undefined || data.index === undefined) continue;
    const finding = context.resultOf(data.version)?.findings[data.index];
    if (!finding || finding.ruleId !== data.ruleId) continue;
    // Only a correction whose right text is clear is preferred (it is what Auto Fix applies); clauses
    // need a writer's choice, and marking them would sort every clause of every rule to the top.
    const preferred = finding.fixes.findIndex((fix) => fix.kind === 'correction');
    finding.fixes.forEach((fix, i) => actions.push(toCodeAction(context, data.version!, fix, diagnostic, i === preferred)));
    const title = format(context.locale, 'fix.showDocumentation', { id: finding.ruleId });
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: SHOW_DOCUMENTATION, arguments: [finding.docsUrl] } });
  }
  return actions;
}

function toCodeAction(context: CodeActionContext, version: number, fix: Fix, diagnostic: Diagnostic, preferred: boolean): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred };
  if (fix.snippet && context.snippetCommand) {
    const range = { start: fix.snippet.range.start, end: fix.snippet.range.end };
    action.command = { title: fix.title, command: INSERT_SNIPPET, arguments: [context.uri, version, range, fix.snippet.text] };
  } else {
    action.edit = versionedEdit(context.uri, version, fix.edits);
  }
  return action;
}

/** The source action that applies every automatic correction of the current version at once. */
export function fixAllAction(uri: string, version: number, result: LintResult, locale: MessageLocale): CodeAction | null {
  const edits = fixAllEdits(result);
  return edits.length > 0 ? { title: format(locale, 'fix.all'), kind: FIX_ALL_KIND, edit: versionedEdit(uri, version, edits) } : null;
}

/** Every automatic correction of a lint, without overlaps, in document order. */
export function fixAllEdits(result: LintResult): TextEdit[] {
  const edits = result.findings.flatMap((finding) => finding.fixes.filter((fix) => fix.autoFix).flatMap((fix) => fix.edits));
  edits.sort((a, b) => a.range.startOffset - b.range.startOffset);
  const chosen: TextEdit[] = [];
  for (const edit of edits) {
    const last = chosen[chosen.length - 1];
    if (!last || last.range.endOffset <= edit.range.startOffset) chosen.push(edit);
  }
  return chosen;
}
