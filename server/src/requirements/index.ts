import { complaintChannel } from './complaint-channel';
import { complaintResponseTime } from './complaint-response-time';
import { dataCategories } from './data-categories';
import { minorsAgeAndGuardianConsent } from './minors-age-and-guardian-consent';
import { purposeOfProcessing } from './purpose-of-processing';
import type { Requirement } from './requirement';

/** Every requirement, in the order of the requirements catalogue. */
export const REQUIREMENTS: readonly Requirement[] = [
  purposeOfProcessing,
  dataCategories,
  complaintChannel,
  complaintResponseTime,
  minorsAgeAndGuardianConsent,
];

const byId = new Map(REQUIREMENTS.map((requirement) => [requirement.id, requirement]));

export function requirementById(id: string): Requirement | undefined {
  return byId.get(id);
}
