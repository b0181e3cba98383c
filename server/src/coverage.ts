import type { Finding, RequirementCoverage } from './types';

/** Counts shown by the status bar and the CLI: a disclosure is made when it is present or weak. */
export function coverageCounts(coverage: readonly RequirementCoverage[]) {
  const applicable = coverage.filter((c) => c.status !== 'not-applicable');
  const weak = applicable.filter((c) => c.status === 'weak').length;
  const missing = applicable.filter((c) => c.status === 'missing').length;
  return { applicable: applicable.length, disclosed: applicable.length - missing, present: applicable.length - missing - weak, weak, missing };
}

/** The leading citations, short enough for a one-line message; the hover and JSON carry them all. */
export function headlineBasis(finding: Finding, count = 2): string {
  const shown = finding.basis.slice(0, count).join('; ');
  return finding.basis.length > count ? `${shown}; …` : shown;
}
