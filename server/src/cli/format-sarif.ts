import { format } from '../l10n';
import type { MessageLocale, Range, Severity } from '../types';
import type { ConfigProblemReport, FileReport } from './report';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, for code-scanning dashboards. Lines and columns are 1-based there. */
export function formatSarif(reports: readonly FileReport[], configProblems: readonly ConfigProblemReport[], locale: MessageLocale, version: string): string {
  const rules = new Map<string, { id: string; shortDescription: { text: string }; helpUri: string }>();
  const results = reports.flatMap(({ path, result }) =>
    result.findings.map((finding) => {
      if (!rules.has(finding.ruleId)) {
        rules.set(finding.ruleId, { id: finding.ruleId, shortDescription: { text: format(locale, `${finding.ruleId}.title`) }, helpUri: finding.docsUrl });
      }
      return {
        ruleId: finding.ruleId,
        level: LEVEL[finding.severity],
        message: { text: finding.basis.length > 0 ? `${finding.message} (${finding.basis.join('; ')})` : finding.message },
        locations: [location(path, finding.range)],
      };
    }),
  );
  for (const problem of configProblems) {
    results.push({
      ruleId: 'invalid-configuration',
      level: 'error',
      message: { text: problem.message },
      locations: [location(problem.path, problem.range)],
    });
  }
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'Disclose', version, rules: [...rules.values()] } }, results }],
    },
    null,
    2,
  );
}

function location(path: string, range: Range) {
  return {
    physicalLocation: {
      artifactLocation: { uri: path.split('\\').join('/') },
      region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
    },
  };
}
