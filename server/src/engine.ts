import { suppressionsOf } from './config/directives';
import { frontMatterOptions } from './config/front-matter';
import type { ConfigOptions, ValidationContext } from './config/options';
import { applyOptions, resolveConfig, type ResolvedConfig } from './config/resolved';
import { detectDocumentType } from './document/doctype';
import type { ParsedText } from './document/incremental';
import { DocumentModel, type Span } from './document/model';
import { clauseFixes, correctionFix, disableFixes } from './fixes';
import { CATALOGUES, format } from './l10n';
import { activeGroups, AUTO_PROFILE, JURISDICTION_PROFILES, messageDefaults, PROFILES, strictestParameters } from './profiles';
import { REQUIREMENTS } from './requirements';
import { basisFor, type Detection, type Requirement } from './requirements/requirement';
import type { CoverageStatus, Finding, Fix, LintResult, MessageLocale, RequirementCoverage, Severity } from './types';

export type { ResolvedConfig } from './config/resolved';
export { DocumentModel } from './document/model';
export type { ParsedText };

/**
 * The one pure entry point: lints Markdown text with a resolved configuration. A document over the
 * size cap is checked up to the last line break within the cap, and says so, instead of stalling.
 */
export function lint(text: string, config: Partial<ResolvedConfig> = {}): LintResult {
  return lintDocument(text, config).result;
}

/**
 * `lint` for a document being edited: `previous` is the `parsed` this returned for the document's
 * last version (it is taken over, not copied), so only the blocks around the edit are parsed again.
 */
export function lintDocument(text: string, config: Partial<ResolvedConfig>, previous?: ParsedText): { result: LintResult; parsed: ParsedText } {
  const resolved = resolveConfig(config);
  const cut = utf8Prefix(text, resolved.maxDocumentBytes);
  if (cut === text.length) {
    const model = new DocumentModel(text, previous);
    return { result: lintModel(model, resolved), parsed: model.parsed };
  }
  const lineBreak = text.lastIndexOf('\n', cut);
  const model = new DocumentModel(text.slice(0, lineBreak > 0 ? lineBreak : cut), previous);
  const result = lintModel(model, resolved);
  const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`);
  const args = { size: size(utf8Length(text)), cap: size(resolved.maxDocumentBytes) };
  const end = firstLineEnd(text);
  result.findings.unshift({
    ruleId: DOCUMENT_TOO_LARGE,
    severity: 'info',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: end }, startOffset: 0, endOffset: end },
    messageKey: 'document.tooLarge',
    args,
    message: format(resolved.locale, 'document.tooLarge', args),
    basis: [],
    docsUrl: `${resolved.docsBaseUrl}/README.md#large-documents`,
    explanation: '',
    fixes: [],
  });
  return { result, parsed: model.parsed };
}

/** Where the first line ends: before its \r\n, \n or \r. */
function firstLineEnd(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return i;
  }
  return text.length;
}

/** Reported on a document over the size cap, of which only the first part was checked. */
export const DOCUMENT_TOO_LARGE = 'document-too-large';

/** UTF-8 size of each UTF-16 unit (a surrogate pair counts 4 on its first half). */
function utf8Size(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdbff) return 4;
  return code >= 0xdc00 && code <= 0xdfff ? 0 : 3;
}

/** UTF-8 length of a string, without Buffer (the engine also runs in browsers). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) bytes += utf8Size(text.charCodeAt(i));
  return bytes;
}

/** How many UTF-16 units of `text` fit in `maxBytes` of UTF-8. */
function utf8Prefix(text: string, maxBytes: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    bytes += utf8Size(text.charCodeAt(i));
    if (bytes > maxBytes) return i;
  }
  return text.length;
}

export function lintModel(model: DocumentModel, baseConfig: ResolvedConfig): LintResult {
  const frontMatter = frontMatterOptions(model, CONFIG_CONTEXT);
  const config = applyOptions(baseConfig, frontMatter.options);
  const documentType = config.documentType === 'auto' ? detectDocumentType(model) : config.documentType;
  const params = { ...strictestParameters(config.profiles), ...config.parameters };
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

    const detection = requirement.detect({ model, params, documentType, groups });
    const status = statusOf(requirement, detection);
    coverage.push({ id: requirement.id, status, evidence: distinctSpans(detection.evidence).map((span) => model.range(span)) });
    const report = (kind: string, range: Finding['range'], args: Record<string, string | number>, explanation: string, fixes: Fix[]) => {
      if (suppressions.isSuppressed(requirement.id, range)) return;
      const messageKey = `${requirement.id}.${kind}`;
      const allArgs = { ...defaultArgs, ...args };
      findings.push({
        ruleId: requirement.id,
        severity: override ?? severityOf(requirement, kind, groups),
        range,
        messageKey,
        args: allArgs,
        message: format(config.locale, wordingFor(requirement, messageKey, groups), allArgs),
        basis: citations.map((citation) => citation[config.locale]),
        docsUrl: `${config.docsBaseUrl}/${requirement.id}.md`,
        explanation,
        fixes: [...fixes, ...disableFixes(model, requirement.id, range, config.locale)],
      });
    };
    if (status === 'missing') {
      report('missing', model.anchorRange(), {}, missingExplanation(requirement, config.locale), clauseFixes(model, requirement, config.locale, documentType));
    }
    for (const issue of detection.issues) {
      const explanation = issue.cue ? format(config.locale, 'explain.matched', { cue: issue.cue }) : '';
      const fixes = issue.fix ? [correctionFix(model, issue.fix.span, issue.fix.replacement, config.locale)] : [];
      report(issue.kind, model.range(issue.span), issue.args ?? {}, explanation, fixes);
    }
  }
  const meta = (ruleId: string, severity: Severity, messageKey: string, args: Record<string, string | number>, startOffset: number, endOffset: number, anchor: string) =>
    findings.push({
      ruleId,
      severity,
      range: model.rangeOfOffsets(startOffset, endOffset),
      messageKey,
      args,
      message: format(config.locale, messageKey, args),
      basis: [],
      docsUrl: `${config.docsBaseUrl}/README.md#${anchor}`,
      explanation: '',
      fixes: [],
    });
  for (const unknown of suppressions.unknownIds) {
    meta(UNKNOWN_RULE_IN_DIRECTIVE, 'warning', 'directive.unknownRule', { id: unknown.id }, unknown.startOffset, unknown.endOffset, 'directives');
  }
  for (const problem of frontMatter.problems) {
    meta(INVALID_CONFIGURATION, 'error', problem.messageKey, problem.args, problem.startOffset, problem.endOffset, 'configuration');
  }
  if (profileNotChosen(baseConfig, frontMatter.options, model)) {
    const anchor = model.anchorRange();
    meta(PROFILE_NOT_CHOSEN, 'info', 'profile.notChosen', { profiles: JURISDICTION_PROFILES.map((p) => p.id).join(', ') }, anchor.startOffset, anchor.endOffset, 'profiles');
  }
  findings.sort((a, b) => a.range.startOffset - b.range.startOffset || a.ruleId.localeCompare(b.ruleId));
  return { locale: config.locale, documentType, language: model.language, profiles: [...config.profiles], findings, coverage };
}

/** Reported for a rule id in a `<!-- disclose-… -->` directive that no rule has. */
export const UNKNOWN_RULE_IN_DIRECTIVE = 'unknown-rule-in-directive';
/** Reported for a problem in configuration: front matter here; configuration files by the faces. */
export const INVALID_CONFIGURATION = 'invalid-configuration';
/** Reported once on an English document that no configuration gives a profile: only the common checks ran. */
export const PROFILE_NOT_CHOSEN = 'profile-not-chosen';

function profileNotChosen(baseConfig: ResolvedConfig, frontMatter: Partial<ConfigOptions>, model: DocumentModel): boolean {
  const chosen = frontMatter.profiles && frontMatter.profiles.length > 0 ? frontMatter.profiles : baseConfig.profiles;
  return model.language === 'en' && chosen.includes(AUTO_PROFILE);
}
const KNOWN_RULE_IDS: ReadonlySet<string> = new Set(REQUIREMENTS.map((r) => r.id));

/** What configuration may name: the faces validate configuration files with it too. */
export const CONFIG_CONTEXT: ValidationContext = { knownProfiles: new Set(Object.keys(PROFILES)), knownRules: KNOWN_RULE_IDS };

/** Evidence in document order, each span once (a sentence can be found by two routes). */
function distinctSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((span, i) => i === 0 || span.start !== sorted[i - 1]!.start || span.end !== sorted[i - 1]!.end);
}

function statusOf(requirement: Requirement, detection: Detection): CoverageStatus {
  if (detection.applicable === false) return 'not-applicable';
  if (requirement.kind === 'pattern') return detection.issues.length > 0 ? 'weak' : 'present';
  if (detection.evidence.length === 0) return 'missing';
  return detection.issues.length > 0 ? 'weak' : 'present';
}

/**
 * The key of a message's wording: `<id>.<kind>@<group>` where every active group that requires the
 * rule words it its own way (the GDPR asks for notice where PIPL asks for consent), else `<id>.<kind>`.
 */
function wordingFor(requirement: Requirement, messageKey: string, groups: ReadonlySet<string>): string {
  const requiring = Object.keys(requirement.basis).filter((group) => groups.has(group));
  const worded = requiring.map((group) => `${messageKey}@${group}`);
  return worded.length > 0 && worded.every((key) => key in CATALOGUES.en) ? worded[0]! : messageKey;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** The finding's severity: the module's, or the most severe that an active profile group sets for it. */
function severityOf(requirement: Requirement, kind: string, groups: ReadonlySet<string>): Severity {
  let severity = requirement.severities[kind];
  if (!severity) throw new Error(`${requirement.id}: no severity for finding kind "${kind}"`);
  for (const [group, overrides] of Object.entries(requirement.severitiesByGroup ?? {})) {
    const stricter = groups.has(group) ? overrides?.[kind] : undefined;
    if (stricter && SEVERITY_RANK[stricter] > SEVERITY_RANK[severity]) severity = stricter;
  }
  return severity;
}

function missingExplanation(requirement: Requirement, locale: MessageLocale): string {
  const cues = requirement.primaryCues.phrases.slice(0, 8).map((cue) => `“${cue.replace(/\*$/, '')}”`);
  return format(locale, 'explain.missing', { cues: cues.join(locale === 'zh-cn' ? '、' : ', ') });
}
