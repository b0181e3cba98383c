import type { Finding, MessageLocale, RequirementCoverage } from './types';

/** Counts shown by the status bar and the CLI: a disclosure is made when it is present or weak. */
export function coverageCounts(coverage: readonly RequirementCoverage[]) {
  const applicable = coverage.filter((c) => c.status !== 'not-applicable');
  const weak = applicable.filter((c) => c.status === 'weak').length;
  const missing = applicable.filter((c) => c.status === 'missing').length;
  return { applicable: applicable.length, disclosed: applicable.length - missing, present: applicable.length - missing - weak, weak, missing };
}

/** The leading citations, short enough for a one-line message; the hover and JSON carry them all. */
export function headlineBasis(finding: Finding, locale: MessageLocale, count = 2): string {
  const separator = locale === 'zh-cn' ? '；' : '; ';
  const shown = finding.basis.slice(0, count).join(separator);
  return finding.basis.length > count ? `${shown}${separator}…` : shown;
}

/** A one-line message with its leading citations, as the editor and the CLI show it. */
export function messageWithBasis(finding: Finding, locale: MessageLocale): string {
  if (finding.basis.length === 0) return finding.message;
  const basis = headlineBasis(finding, locale);
  return locale === 'zh-cn' ? `${finding.message}（${basis}）` : `${finding.message} (${basis})`;
}
