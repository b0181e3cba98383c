/**
 * The ONE place that ties corpus labels to the engine's requirement ids and finding kinds.
 * Edit this file when requirements are added or renamed; everything else reads it.
 *
 * Conventions
 * - A prediction is `true` when the engine raises no missing-disclosure alarm (the category is
 *   disclosed), `false` when it reports the disclosure missing, `undefined` when the engine has no
 *   opinion (no id of the category is in the coverage output: not implemented yet, switched off or
 *   not applicable to the detected document type). `undefined` is never scored.
 * - Coverage `present` and `weak` are disclosed (a weak disclosure gets a quality finding, not a
 *   missing alarm). `not-applicable` (the requirement's trigger is absent) raises no alarm either,
 *   so it counts as "no alarm" = disclosed for the category scores; see NOT_APPLICABLE_IS_DISCLOSED.
 */
import type { ProfileParameters } from '../server/src/profiles';
import type { LintResult, RequirementCoverage } from '../server/src/types';

/** How `not-applicable` coverage is scored: true = no alarm (the engine stays silent). */
export const NOT_APPLICABLE_IS_DISCLOSED = true;

/** Corpus category -> the requirement ids that disclose it (any one disclosed => category disclosed). */
export const CATEGORY_REQUIREMENTS: Readonly<Record<string, readonly string[]>> = {
  purposes: ['purpose-of-processing'],
  data_types: ['data-categories'],
  collection_method: ['collection-method-and-source'],
  third_party_sharing: ['third-party-sharing'],
  cross_border_transfer: ['cross-border-transfer'],
  retention_period: ['retention-period'],
  right_access: ['right-access-copy'],
  right_correction: ['right-correction'],
  right_deletion: ['right-deletion'],
  account_cancellation: ['account-cancellation'],
  consent_withdrawal: ['withdraw-consent'],
  minors: ['minors-age-and-guardian-consent'],
  contact: ['controller-identity'],
  complaint: ['complaint-channel'],
  response_time: ['complaint-response-time'],
  dpo_contact: ['pi-protection-officer'],
  security_measures: ['security-measures'],
  policy_changes: ['policy-updates'],
  automated_decision_making: ['automated-decision-making'],
  sensitive_personal_info: ['sensitive-pi'],
  // Any right-* id (matched by prefix below, so new right-* ids join automatically) or these two.
  user_rights_any: ['right-*', 'account-cancellation', 'withdraw-consent'],
};

/**
 * Ablation categories whose gold "missing" label is unreliable: these disclosures also live inside
 * sentences labelled with other categories, so many ablated variants still make them
 * (../shared/corpus/README.md, "Which ablations to trust"). Reported, flagged, not tuned for.
 */
export const UNRELIABLE_ABLATIONS: ReadonlySet<string> = new Set(['purposes', 'data_types', 'third_party_sharing', 'collection_method']);

/** Fewer gold-missing documents than this in a split marks the row as statistically thin. */
export const FEW_POSITIVES = 10;

function idMatches(pattern: string, id: string): boolean {
  return pattern.endsWith('*') ? id.startsWith(pattern.slice(0, -1)) : id === pattern;
}

/** The coverage entries (in the engine's output) that speak for a category. */
export function coverageFor(category: string, coverage: readonly RequirementCoverage[]): RequirementCoverage[] {
  const patterns = CATEGORY_REQUIREMENTS[category] ?? [];
  return coverage.filter((c) => patterns.some((p) => idMatches(p, c.id)));
}

export function isDisclosed(status: RequirementCoverage['status']): boolean {
  return status === 'present' || status === 'weak' || (status === 'not-applicable' && NOT_APPLICABLE_IS_DISCLOSED);
}

/** true = disclosed (no alarm), false = missing alarm, undefined = no prediction. */
export function predictCategory(category: string, coverage: readonly RequirementCoverage[]): boolean | undefined {
  const entries = coverageFor(category, coverage);
  if (entries.length === 0) return undefined;
  return entries.some((c) => isDisclosed(c.status));
}

// ---------------------------------------------------------------------------------------------
// capp130-dev/extra-labels: document-level items for Chinese-law disclosures (see GUIDE.md there).
// Each item maps its gold value and the engine's output for one requirement id to a small class
// label; agreement = same class. An item whose id is not in the coverage output is "not implemented"
// and skipped.
// ---------------------------------------------------------------------------------------------

/** What the engine said about one requirement in one document. */
export interface EngineView {
  status: RequirementCoverage['status'];
  /** Finding kinds of this requirement (`missing`, `vague`, `too-slow`, ...). */
  kinds: ReadonlySet<string>;
  /** Parameters of the active profiles (strictest values: minors age, response limit). */
  params: ProfileParameters;
}

export interface ExtraItem {
  item: string;
  requirementId: string;
  /** The classes in display order (for the confusion matrix). */
  classes: readonly string[];
  /** Gold value (and its evidence quote) -> class; undefined = unusable gold value (skipped). */
  gold(value: unknown, params: EngineView['params'], evidence?: string): string | undefined;
  predict(view: EngineView): string;
}

/** Engine view for one requirement, or undefined when the id is not in the coverage output. */
export function engineView(result: LintResult, requirementId: string, params: EngineView['params']): EngineView | undefined {
  const coverage = result.coverage.find((c) => c.id === requirementId);
  if (!coverage) return undefined;
  const prefix = `${requirementId}.`;
  const kinds = new Set(result.findings.filter((f) => f.ruleId === requirementId && f.messageKey.startsWith(prefix)).map((f) => f.messageKey.slice(prefix.length)));
  return { status: coverage.status, kinds, params };
}

const boolGold = (value: unknown): string | undefined => (value === true ? 'yes' : value === false ? 'no' : undefined);
/** Disclosed (present or weak) -> yes; missing -> no; not-applicable (trigger absent) -> no. */
const disclosedPredict = (view: EngineView): string => (view.status === 'present' || view.status === 'weak' ? 'yes' : 'no');

function boolItem(item: string, requirementId: string): ExtraItem {
  return { item, requirementId, classes: ['yes', 'no'], gold: boolGold, predict: disclosedPredict };
}

const CHINESE_AGES: Readonly<Record<number, string>> = { 12: '十二', 13: '十三', 14: '十四', 16: '十六', 18: '十八' };

/** Whether an evidence quote states the age (as digits or as a Chinese numeral). */
function quotesAge(evidence: string, age: number): boolean {
  return new RegExp(`(?<!\\d)${age}(?!\\d)`).test(evidence) || (CHINESE_AGES[age] !== undefined && evidence.includes(CHINESE_AGES[age]));
}

/** Only a vague wording (及时/尽快) or nothing: the engine found no concrete response time. */
function noConcreteTime(view: EngineView): boolean {
  return view.status === 'missing' || view.status === 'not-applicable' || (view.kinds.has('vague') && !view.kinds.has('too-slow'));
}

export const EXTRA_ITEMS: readonly ExtraItem[] = [
  // complaint_channel: true <-> complaint-channel present or weak; false <-> missing.
  boolItem('complaint_channel', 'complaint-channel'),

  // complaint_response_days: a stated time (any string) <-> complaint-response-time present, or a
  // `too-slow` finding (a time was found, just too long); null <-> missing or only a `.vague` finding.
  {
    item: 'complaint_response_days',
    requirementId: 'complaint-response-time',
    classes: ['stated', 'none'],
    gold: (value) => (typeof value === 'string' && value.trim() !== '' ? 'stated' : value === null ? 'none' : undefined),
    predict: (view) => (noConcreteTime(view) ? 'none' : 'stated'),
  },

  // complaint_response_within_15_working_days: true <-> complaint-response-time present (a time
  // within the limit, no `too-slow`); false <-> a `complaint-response-time.too-slow` finding;
  // null <-> missing or only a `.vague` finding.
  {
    item: 'complaint_response_within_15_working_days',
    requirementId: 'complaint-response-time',
    classes: ['within', 'too-slow', 'none'],
    gold: (value) => (value === true ? 'within' : value === false ? 'too-slow' : value === null ? 'none' : undefined),
    predict: (view) => (view.kinds.has('too-slow') ? 'too-slow' : noConcreteTime(view) ? 'none' : 'within'),
  },

  // account_cancellation: true <-> account-cancellation present or weak; false <-> missing.
  boolItem('account_cancellation', 'account-cancellation'),

  // consent_withdrawal: true <-> withdraw-consent present or weak; false <-> missing.
  boolItem('consent_withdrawal', 'withdraw-consent'),

  // minors_guardian_consent: true <-> minors-age-and-guardian-consent present or weak (a wrong or
  // absent age is a quality issue of a disclosure that exists); false <-> missing.
  boolItem('minors_guardian_consent', 'minors-age-and-guardian-consent'),

  // minors_age_threshold: the profile's age (14 for pipl) <-> minors coverage present, or weak without
  // a `wrong-age`/`no-age` finding ("ok"); another number (16, 18) <-> a `wrong-age` finding
  // ("other-age": the engine flags any threshold that is not the statutory one); null <-> a `no-age`
  // finding or missing ("none"). The guide records 18 also when the policy only says 未成年人 without
  // a number; such a label (its evidence quote has no age in it) counts as "none".
  {
    item: 'minors_age_threshold',
    requirementId: 'minors-age-and-guardian-consent',
    classes: ['ok', 'other-age', 'none'],
    gold: (value, params, evidence) => {
      if (value === null) return 'none';
      if (typeof value !== 'number') return undefined;
      if (value === params.minorsAge) return 'ok';
      return evidence !== undefined && !quotesAge(evidence, value) ? 'none' : 'other-age';
    },
    predict: (view) =>
      view.kinds.has('wrong-age') ? 'other-age' : view.kinds.has('no-age') || view.status === 'missing' || view.status === 'not-applicable' ? 'none' : 'ok',
  },

  // pi_protection_officer: true <-> pi-protection-officer present or weak; false <-> missing.
  boolItem('pi_protection_officer', 'pi-protection-officer'),

  // personalized_recommendation_opt_out: true <-> personalized-recommendation-opt-out present or
  // weak; false <-> missing, or not-applicable (no personalised recommendation detected).
  boolItem('personalized_recommendation_opt_out', 'personalized-recommendation-opt-out'),

  // sensitive_pi_separate_consent: true <-> sensitive-pi disclosed without a finding whose kind
  // mentions separate consent (e.g. `no-separate-consent`); false <-> missing / not-applicable or
  // such a finding. Adjust the kind pattern once sensitive-pi exists.
  {
    item: 'sensitive_pi_separate_consent',
    requirementId: 'sensitive-pi',
    classes: ['yes', 'no'],
    gold: boolGold,
    predict: (view) => (disclosedPredict(view) === 'yes' && ![...view.kinds].some((k) => /separate-consent/.test(k)) ? 'yes' : 'no'),
  },

  // third_party_sdk_list: the guide asks for SDKs or partners named (微信SDK, 高德地图SDK) or a link to
  // such a list. true <-> third-party-sdk-disclosure disclosed without a `not-named` finding; false <->
  // missing, not-applicable, or SDKs mentioned without naming any (`not-named`).
  {
    item: 'third_party_sdk_list',
    requirementId: 'third-party-sdk-disclosure',
    classes: ['yes', 'no'],
    gold: boolGold,
    predict: (view) => (disclosedPredict(view) === 'yes' && !view.kinds.has('not-named') ? 'yes' : 'no'),
  },

  // cross_border_transfer: true (transfer described, or an explicit "stored in China, not transferred")
  // <-> cross-border-transfer present or weak; false <-> missing or not-applicable.
  boolItem('cross_border_transfer', 'cross-border-transfer'),

  // retention_concrete: true <-> retention-period disclosed without a vagueness finding (kind matching
  // vague / indefinite / no-period); false <-> missing or such a finding.
  {
    item: 'retention_concrete',
    requirementId: 'retention-period',
    classes: ['yes', 'no'],
    gold: boolGold,
    predict: (view) => (disclosedPredict(view) === 'yes' && ![...view.kinds].some((k) => /vague|indefinite|no-period/.test(k)) ? 'yes' : 'no'),
  },

  // storage_location: true <-> storage-location present or weak; false <-> missing.
  boolItem('storage_location', 'storage-location'),

  // policy_effective_date: true <-> policy-effective-date present or weak; false <-> missing.
  boolItem('policy_effective_date', 'policy-effective-date'),
];

// ---------------------------------------------------------------------------------------------
// Profiles per corpus: the first known profile of the list is used (printed with the results).
// ---------------------------------------------------------------------------------------------

/** Preferred profiles per corpus folder (prefix match); the first one the engine knows wins. */
export const CORPUS_PROFILES: ReadonlyArray<readonly [prefix: string, profiles: readonly string[]]> = [
  ['capp130', ['pipl']],
  ['gdpr-t200', ['gdpr', 'pipl']],
  ['opp115', ['gdpr', 'pipl']],
];

/** For corpora not listed above, by document language. */
export const LANGUAGE_PROFILES: Readonly<Record<string, readonly string[]>> = { zh: ['pipl'], en: ['gdpr', 'pipl'] };
