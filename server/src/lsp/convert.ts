import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { messageWithBasis } from '../coverage';
import type { Finding, MessageLocale, Severity, TextEdit } from '../types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** A diagnostic's data names its finding in the lint of that version, whose fixes the code actions use. */
export interface DiagnosticData {
  ruleId: string;
  version: number;
  index: number;
}

export function toDiagnostic(finding: Finding, locale: MessageLocale, version: number, index: number): Diagnostic {
  return {
    range: { start: finding.range.start, end: finding.range.end },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    source: 'Disclose',
    message: messageWithBasis(finding, locale),
    data: { ruleId: finding.ruleId, version, index } satisfies DiagnosticData,
  };
}

/** An edit the client applies only to the version it was computed for. */
export function versionedEdit(uri: string, version: number, edits: readonly TextEdit[]) {
  return { documentChanges: [{ textDocument: { uri, version }, edits: edits.map(({ range, newText }) => ({ range: { start: range.start, end: range.end }, newText })) }] };
}
