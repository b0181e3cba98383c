import { sectionFor, sectionOrder, type CanonicalSection } from '../fixes/sections';
import { format } from '../l10n';
import { activeGroups, messageDefaults, strictestParameters } from '../profiles';
import { requirementById } from '../requirements';
import { basisFor } from '../requirements/requirement';
import type { CoverageStatus, LintResult, MessageLocale, Range } from '../types';

export interface ReportItem {
  id: string;
  title: string;
  description: string;
  status: CoverageStatus;
  statusLabel: string;
  basis: string[];
  /** Where the disclosure is, if anywhere. */
  evidence: Range | null;
}

export interface ReportGroup {
  section: CanonicalSection | 'other';
  label: string;
  items: ReportItem[];
}

/** The coverage report (request `disclose/coverageReport`): every requirement, grouped by section. */
export function coverageReport(result: LintResult, locale: MessageLocale): ReportGroup[] {
  const groups = activeGroups(result.profiles);
  const args = messageDefaults(strictestParameters(result.profiles));
  const bySection = new Map<ReportGroup['section'], ReportItem[]>();
  for (const coverage of result.coverage) {
    const requirement = requirementById(coverage.id);
    const section = requirement?.fix ? sectionFor(result.documentType, requirement.fix.section) : 'other';
    const basis = requirement ? basisFor(requirement, groups).map((c) => c[locale]) : [];
    bySection.set(section, [
      ...(bySection.get(section) ?? []),
      {
        id: coverage.id,
        title: format(locale, `${coverage.id}.title`),
        description: format(locale, `${coverage.id}.description`, args),
        status: coverage.status,
        statusLabel: format(locale, `status.${coverage.status}`),
        basis,
        evidence: coverage.evidence[0] ?? null,
      },
    ]);
  }
  return [...sectionOrder(result.documentType), 'other' as const]
    .filter((section) => bySection.has(section))
    .map((section) => ({ section, label: format(locale, section === 'other' ? 'section.other' : `section.${section}`), items: bySection.get(section)! }));
}
