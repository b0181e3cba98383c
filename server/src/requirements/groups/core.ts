import { complaintChannel } from '../complaint-channel';
import { complaintResponseTime } from '../complaint-response-time';
import { dataCategories } from '../data-categories';
import { minorsAgeAndGuardianConsent } from '../minors-age-and-guardian-consent';
import { placeholderUnfilled } from '../placeholder-unfilled';
import { purposeOfProcessing } from '../purpose-of-processing';
import type { Requirement } from '../requirement';

/** The core four named by the customer (purpose, scope, minors' consent, complaint channels) and unfilled template blanks. */
export const core: readonly Requirement[] = [purposeOfProcessing, dataCategories, complaintChannel, complaintResponseTime, minorsAgeAndGuardianConsent, placeholderUnfilled];
