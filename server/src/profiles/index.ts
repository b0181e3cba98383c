/**
 * Jurisdiction profiles as data. A profile names the groups of legal bases it brings in (a
 * requirement belongs to a profile when its `basis` has one of those groups) and the parameters
 * that quality checks read.
 */
export interface ProfileParameters {
  /** Age below which a guardian must consent. */
  minorsAge: number;
  /** Longest allowed reply to complaints and to rights requests, in working days. */
  responseWorkingDays: number;
}

export interface Profile {
  id: string;
  groups: readonly string[];
  parameters: ProfileParameters;
}

export const PROFILES: Readonly<Record<string, Profile>> = {
  pipl: {
    id: 'pipl',
    groups: ['pipl', 'cn-minors', 'cn-ecommerce', 'cn-algo', 'cn-face'],
    parameters: { minorsAge: 14, responseWorkingDays: 15 },
  },
};

export const DEFAULT_PROFILES = ['pipl'];

export function isKnownProfile(id: string): boolean {
  return Object.hasOwn(PROFILES, id);
}

/** The strictest value of every parameter across the active profiles. */
export function strictestParameters(profileIds: readonly string[]): ProfileParameters {
  const active = profileIds.map((id) => PROFILES[id]).filter((p): p is Profile => p !== undefined);
  const fallback = PROFILES.pipl!.parameters;
  if (active.length === 0) return fallback;
  return {
    minorsAge: Math.max(...active.map((p) => p.parameters.minorsAge)),
    responseWorkingDays: Math.min(...active.map((p) => p.parameters.responseWorkingDays)),
  };
}

/** Arguments every message may use: {limit} working days to reply, {required} = the minors' age. */
export function messageDefaults(params: ProfileParameters): Record<string, number> {
  return { limit: params.responseWorkingDays, required: params.minorsAge };
}

export function activeGroups(profileIds: readonly string[]): Set<string> {
  const groups = new Set<string>();
  for (const id of profileIds) for (const group of PROFILES[id]?.groups ?? []) groups.add(group);
  return groups;
}
