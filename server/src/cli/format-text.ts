import { format } from '../l10n';
import { coverageCounts, headlineBasis } from '../coverage';
import type { MessageLocale, Severity } from '../types';
import type { ConfigProblemReport, FileError, FileReport } from './report';

const COLORS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\u001b[31m', '\u001b[39m'],
  warning: ['\u001b[33m', '\u001b[39m'],
  info: ['\u001b[36m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  bold: ['\u001b[1m', '\u001b[22m'],
};

/** Human-readable report: one line per finding as `file:line:column  severity  rule  message [basis]`. */
export function formatText(reports: readonly FileReport[], errors: readonly FileError[], configProblems: readonly ConfigProblemReport[], locale: MessageLocale, color: boolean): string {
  const paint = (style: keyof typeof COLORS, text: string) => (color ? COLORS[style][0] + text + COLORS[style][1] : text);
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const { path, result } of reports) {
    lines.push(paint('bold', path));
    for (const finding of result.findings) {
      counts[finding.severity]++;
      const location = `${path}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
      const basis = finding.basis.length > 0 ? ' ' + paint('dim', `[${headlineBasis(finding, locale)}]`) : '';
      lines.push(`  ${location}  ${paint(finding.severity, finding.severity.padEnd(7))}  ${paint('dim', finding.ruleId)}  ${finding.message}${basis}`);
    }
    lines.push(paint('dim', `  ${format(locale, 'cli.coverage', coverageCounts(result.coverage))}`), '');
  }
  for (const problem of configProblems) {
    lines.push(`${problem.path}:${problem.range.start.line + 1}:${problem.range.start.character + 1}  ${paint('error', 'error'.padEnd(7))}  ${paint('dim', 'invalid-configuration')}  ${problem.message}`);
  }
  for (const error of errors) lines.push(paint('error', describeError(error, locale)));
  const problems = counts.error + counts.warning + counts.info;
  const summaryKey = locale === 'en' && problems === 1 ? 'cli.summaryOne' : 'cli.summary';
  lines.push(paint('bold', format(locale, reports.length === 1 ? `${summaryKey}.oneFile` : summaryKey, { problems, errors: counts.error, warnings: counts.warning, infos: counts.info, files: reports.length })));
  return lines.join('\n');
}

export function describeError(error: FileError, locale: MessageLocale): string {
  return format(locale, 'cli.inputError', { path: error.path, reason: format(locale, error.reason, { detail: error.detail ?? '' }) });
}
