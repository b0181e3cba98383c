import type { DocumentLanguage } from '../types';

/**
 * Jurisdiction profiles as data. A profile names the groups of legal bases it brings in (a
 * requirement belongs to a profile when its `basis` has one of those groups) and the parameters
 * that quality checks read.
 */
export interface ProfileParameters {
  /** Age below which a guardian must consent. */
  minorsAge: number;
  /** Age below which selling or sharing personal information needs opt-in consent (CCPA: 16). */
  saleOptInAge: number;
  /**
   * Longest allowed reply to complaints and to rights requests, in working days on the scale reply
   * periods are read with (a calendar month counts 22 working days, 21 calendar days count 15):
   * PIPL's 15 working days, GDPR's one month (22), CCPA's 45 calendar days (32).
   */
  responseWorkingDays: number;
}

export interface Profile {
  id: string;
  groups: readonly string[];
  parameters: ProfileParameters;
}

/**
 * The profile-independent checks: a requirement belongs to it when every jurisdiction profile
 * requires it (see basisFor), citing each profile's basis.
 */
export const COMMON_PROFILE = 'common';
/**
 * The built-in default: `pipl` for a Chinese document; an English document, which may be meant for
 * any market, gets the `common` checks and a hint to choose its profile (engine: PROFILE_NOT_CHOSEN).
 */
export const AUTO_PROFILE = 'auto';

const PIPL_PARAMETERS: ProfileParameters = { minorsAge: 14, saleOptInAge: 14, responseWorkingDays: 15 };

/** The jurisdictions: what a team chooses between. */
export const JURISDICTION_PROFILES: readonly Profile[] = [
  { id: 'pipl', groups: ['pipl', 'cn-minors', 'cn-ecommerce', 'cn-algo', 'cn-face'], parameters: PIPL_PARAMETERS },
  // Art. 8(1): 16, which a Member State may lower to 13 (set parameters.minorsAge to its value); Art. 12(3): one month.
  { id: 'gdpr', groups: ['gdpr'], parameters: { minorsAge: 16, saleOptInAge: 16, responseWorkingDays: 22 } },
  // UK GDPR Art. 8(1): 13; the same one-month reply as the GDPR.
  { id: 'uk-gdpr', groups: ['uk-gdpr'], parameters: { minorsAge: 13, saleOptInAge: 13, responseWorkingDays: 22 } },
  // §1798.120(c): a parent opts in under 13, the consumer from 13 to 15; §1798.130(a)(2)(A): 45 days.
  { id: 'ccpa', groups: ['ccpa'], parameters: { minorsAge: 13, saleOptInAge: 16, responseWorkingDays: 32 } },
  // 16 CFR 312.2: a child is under 13. COPPA sets no reply period for parents' requests (the configurable maximum).
  { id: 'coppa', groups: ['coppa'], parameters: { minorsAge: 13, saleOptInAge: 13, responseWorkingDays: 90 } },
];

export const PROFILES: Readonly<Record<string, Profile>> = Object.fromEntries([
  ...JURISDICTION_PROFILES.map((profile) => [profile.id, profile] as const),
  [COMMON_PROFILE, { id: COMMON_PROFILE, groups: [COMMON_PROFILE], parameters: PIPL_PARAMETERS }],
  [AUTO_PROFILE, { id: AUTO_PROFILE, groups: ['pipl', 'cn-minors', 'cn-ecommerce', 'cn-algo', 'cn-face'], parameters: PIPL_PARAMETERS }],
]);

export const DEFAULT_PROFILES = [AUTO_PROFILE];

export function isKnownProfile(id: string): boolean {
  return Object.hasOwn(PROFILES, id);
}

/** What `auto` stands for in a document of this language: `pipl` in Chinese, `common` in English. */
export function profilesForLanguage(profileIds: readonly string[], language: DocumentLanguage): string[] {
  const resolved = profileIds.map((id) => (id === AUTO_PROFILE ? (language === 'zh' ? 'pipl' : COMMON_PROFILE) : id));
  return resolved.filter((id, i) => resolved.indexOf(id) === i);
}

/** The strictest value of every parameter across the active profiles: the highest ages, the shortest reply. */
export function strictestParameters(profileIds: readonly string[]): ProfileParameters {
  const active = profileIds.map((id) => PROFILES[id]).filter((p): p is Profile => p !== undefined);
  if (active.length === 0) return PIPL_PARAMETERS;
  return {
    minorsAge: Math.max(...active.map((p) => p.parameters.minorsAge)),
    saleOptInAge: Math.max(...active.map((p) => p.parameters.saleOptInAge)),
    responseWorkingDays: Math.min(...active.map((p) => p.parameters.responseWorkingDays)),
  };
}

/** Arguments every message may use: {limit} working days to reply, {required} = the minors' age, {saleAge}. */
export function messageDefaults(params: ProfileParameters): Record<string, number> {
  return { limit: params.responseWorkingDays, required: params.minorsAge, saleAge: params.saleOptInAge };
}

export function activeGroups(profileIds: readonly string[]): Set<string> {
  const groups = new Set<string>();
  for (const id of profileIds) for (const group of PROFILES[id]?.groups ?? []) groups.add(group);
  return groups;
}
