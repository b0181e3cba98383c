import type { Citation, CoverageStatus, DocumentType, Severity } from '../types';
import type { CueSet } from '../document/cues';
import type { DocumentModel, Span } from '../document/model';
import { COMMON_PROFILE, JURISDICTION_PROFILES, type ProfileParameters } from '../profiles';
import type { CanonicalSection } from '../fixes/sections';

/**
 * One requirement = one module: its metadata, its detector and quality checks, and examples that
 * must and must not fire. Messages live in the l10n catalogues under `<id>.<kind>`.
 */
export interface Requirement {
  id: string;
  appliesTo: readonly DocumentType[];
  /** Severity of each kind of finding; `missing` is the missing-disclosure finding. */
  severities: Readonly<Record<string, Severity>>;
  /**
   * Severities a profile group sets apart from `severities` (the GDPR requires the legal basis that
   * PIPL only suggests); with several profiles active the most severe applies.
   */
  severitiesByGroup?: Readonly<Partial<Record<string, Readonly<Partial<Record<string, Severity>>>>>>;
  /** Citations per profile group (see profiles/). */
  basis: Readonly<Partial<Record<string, readonly Citation[]>>>;
  /** The cues a reader would search for; named in the hover of a missing-disclosure finding. */
  primaryCues: CueSet;
  /** For requirements that apply only when a practice exists: what shows that practice. */
  trigger?: string;
  /**
   * `disclosure` (default): something the document must say; no evidence means `missing`.
   * `pattern`: something the document must not say (deemed consent, unfair terms); it is never
   * missing, only `present` (clean) or `weak` (issues found).
   */
  kind?: 'disclosure' | 'pattern';
  detect(context: DetectContext): Detection;
  /** Where its clause (snippets/clauses.*.json, key = id) goes when the disclosure is missing. */
  fix?: { section: CanonicalSection };
  examples: readonly RequirementExample[];
}

export interface DetectContext {
  model: DocumentModel;
  params: ProfileParameters;
  /** The document's type, from the configuration or detected from the title. */
  documentType: DocumentType;
  /** The profile groups in force (pipl, cn-minors, …). */
  groups: ReadonlySet<string>;
}

export interface Detection {
  /** False when the requirement's trigger is absent (coverage `not-applicable`). */
  applicable?: boolean;
  /** Where the disclosure is; empty means it is missing. */
  evidence: Span[];
  /** Deficiencies of a disclosure that is present. */
  issues: Issue[];
  /** The cue that proved presence, for the hover. */
  matched?: string;
}

export interface Issue {
  kind: string;
  span: Span;
  args?: Record<string, string | number>;
  /** The text that triggered the issue, for the hover. */
  cue?: string;
  /** A targeted correction where the right text is clear: replace `span` by `replacement`. */
  fix?: { span: Span; replacement: string };
}

export interface RequirementExample {
  name: string;
  lang: 'zh' | 'en';
  markdown: string;
  status: CoverageStatus;
  /** Every finding of this requirement the example must produce: its kind and 0-based line. */
  findings: ReadonlyArray<{ kind: string; line: number }>;
  /** The profiles the example is checked with; `pipl` when not given. */
  profiles?: readonly string[];
}

/**
 * The citations of a requirement for the active profile groups, most important first, without
 * repeats. Under the `common` profile alone a requirement applies when every jurisdiction profile
 * requires it, citing them all; beside a jurisdiction, `common` adds nothing.
 */
export function basisFor(requirement: Requirement, groups: ReadonlySet<string>): Citation[] {
  if (groups.has(COMMON_PROFILE) && groups.size === 1) {
    const everywhere = JURISDICTION_PROFILES.every((profile) => profile.groups.some((group) => requirement.basis[group] !== undefined));
    return everywhere ? basisFor(requirement, new Set(JURISDICTION_PROFILES.flatMap((profile) => profile.groups))) : [];
  }
  const citations: Citation[] = [];
  for (const [group, list] of Object.entries(requirement.basis)) {
    if (!groups.has(group)) continue;
    for (const citation of list ?? []) if (!citations.some((c) => c.en === citation.en)) citations.push(citation);
  }
  return citations;
}
