import type { ConfigProblemReport, FileReport } from './report';

/**
 * The stable, versioned JSON contract of `disclose check --format json` (see the architecture page).
 * `configProblems` (problems in configuration files) was added to version 1 without changing the rest.
 */
export function formatJson(reports: readonly FileReport[], configProblems: readonly ConfigProblemReport[]): string {
  return JSON.stringify(
    {
      version: 1,
      files: reports.map(({ path, result }) => ({
        path,
        documentType: result.documentType,
        language: result.language,
        profiles: result.profiles,
        requirements: result.coverage.map(({ id, status, evidence }) => ({ id, status, evidence })),
        diagnostics: result.findings.map(({ ruleId, severity, message, range, basis, docsUrl }) => ({ ruleId, severity, message, range, basis, docsUrl })),
      })),
      configProblems,
    },
    null,
    2,
  );
}
