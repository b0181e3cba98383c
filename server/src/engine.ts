import { suppressionsOf } from './config/directives';
import { resolveConfig, type ResolvedConfig } from './config/resolved';
import { detectDocumentType } from './document/doctype';
import { DocumentModel } from './document/model';
import { clauseFixes, correctionFix, disableFixes } from './fixes';
import { format } from './l10n';
import { activeGroups, messageDefaults, strictestParameters } from './profiles';
import { REQUIREMENTS } from './requirements';
import { basisFor, type Detection, type Requirement } from './requirements/requirement';
import type { CoverageStatus, Finding, Fix, LintResult, MessageLocale, RequirementCoverage, Severity } from './types';

export type { ResolvedConfig } from './config/resolved';
export { DocumentModel } from './document/model';

/** The one pure entry point: lints Markdown text with a resolved configuration. */
export function lint(text: string, config: Partial<ResolvedConfig> = {}): LintResult {
  return lintModel(new DocumentModel(text), resolveConfig(config));
}

export function lintModel(model: DocumentModel, config: ResolvedConfig): LintResult {
  const documentType = config.documentType === 'auto' ? detectDocumentType(model) : config.documentType;
  const params = strictestParameters(config.profiles);
  const groups = activeGroups(config.profiles);
  const defaultArgs = messageDefaults(params);
  const findings: Finding[] = [];
  const coverage: RequirementCoverage[] = [];
  const suppressions = suppressionsOf(model, KNOWN_RULE_IDS);

  for (const requirement of REQUIREMENTS) {
    const citations = basisFor(requirement, groups);
    if (citations.length === 0 || !requirement.appliesTo.includes(documentType)) continue;
    const override = config.rules[requirement.id];
    if (override === 'off' || suppressions.isOffForWholeFile(requirement.id)) continue;

    const detection = requirement.detect({ model, params });
    const status = statusOf(requirement, detection);
    coverage.push({ id: requirement.id, status, evidence: detection.evidence.map((span) => model.range(span)) });
    const report = (kind: string, range: Finding['range'], args: Record<string, string | number>, explanation: string, fixes: Fix[]) => {
      if (suppressions.isSuppressed(requirement.id, range)) return;
      const messageKey = `${requirement.id}.${kind}`;
      const allArgs = { ...defaultArgs, ...args };
      findings.push({
        ruleId: requirement.id,
        severity: override ?? severityOf(requirement, kind),
        range,
        messageKey,
        args: allArgs,
        message: format(config.locale, messageKey, allArgs),
        basis: citations.map((citation) => citation[config.locale]),
        docsUrl: `${config.docsBaseUrl}/${requirement.id}.md`,
        explanation,
        fixes: [...fixes, ...disableFixes(model, requirement.id, range, config.locale)],
      });
    };
    if (status === 'missing') {
      report('missing', model.anchorRange(), {}, missingExplanation(requirement, config.locale), clauseFixes(model, requirement, config.locale));
    }
    for (const issue of detection.issues) {
      const explanation = issue.cue ? format(config.locale, 'explain.matched', { cue: issue.cue }) : '';
      const fixes = issue.fix ? [correctionFix(model, issue.fix.span, issue.fix.replacement, config.locale)] : [];
      report(issue.kind, model.range(issue.span), issue.args ?? {}, explanation, fixes);
    }
  }
  for (const unknown of suppressions.unknownIds) {
    const args = { id: unknown.id };
    findings.push({
      ruleId: UNKNOWN_RULE_IN_DIRECTIVE,
      severity: 'warning',
      range: model.rangeOfOffsets(unknown.startOffset, unknown.endOffset),
      messageKey: 'directive.unknownRule',
      args,
      message: format(config.locale, 'directive.unknownRule', args),
      basis: [],
      docsUrl: `${config.docsBaseUrl}/README.md#directives`,
      explanation: '',
      fixes: [],
    });
  }
  findings.sort((a, b) => a.range.startOffset - b.range.startOffset || a.ruleId.localeCompare(b.ruleId));
  return { locale: config.locale, documentType, language: model.language, profiles: [...config.profiles], findings, coverage };
}

/** Reported for a rule id in a `<!-- disclose-… -->` directive that no rule has. */
export const UNKNOWN_RULE_IN_DIRECTIVE = 'unknown-rule-in-directive';
const KNOWN_RULE_IDS: ReadonlySet<string> = new Set(REQUIREMENTS.map((r) => r.id));

function statusOf(requirement: Requirement, detection: Detection): CoverageStatus {
  if (detection.applicable === false) return 'not-applicable';
  if (requirement.kind === 'pattern') return detection.issues.length > 0 ? 'weak' : 'present';
  if (detection.evidence.length === 0) return 'missing';
  return detection.issues.length > 0 ? 'weak' : 'present';
}

function severityOf(requirement: Requirement, kind: string): Severity {
  const severity = requirement.severities[kind];
  if (!severity) throw new Error(`${requirement.id}: no severity for finding kind "${kind}"`);
  return severity;
}

function missingExplanation(requirement: Requirement, locale: MessageLocale): string {
  const cues = requirement.primaryCues.phrases.slice(0, 8).map((cue) => `“${cue.replace(/\*$/, '')}”`);
  return format(locale, 'explain.missing', { cues: cues.join(locale === 'zh-cn' ? '、' : ', ') });
}
