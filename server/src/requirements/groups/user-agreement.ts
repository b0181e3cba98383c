import type { Requirement } from '../requirement';
import { uaAccountRules } from '../ua-account-rules';
import { uaAgreementChanges } from '../ua-agreement-changes';
import { uaDisputeResolution } from '../ua-dispute-resolution';
import { uaInactiveAccountHandling } from '../ua-inactive-account-handling';
import { uaPaidServicesAndAutoRenewal } from '../ua-paid-services-and-auto-renewal';
import { uaPrivacyPolicyLink } from '../ua-privacy-policy-link';
import { uaProminence } from '../ua-prominence';
import { uaServiceProviderIdentity } from '../ua-service-provider-identity';
import { uaUnfairStandardTerms } from '../ua-unfair-standard-terms';

/** User agreements (用户协议 / terms of service): catalogue §14 and the agreement's own requirements. */
export const userAgreement: readonly Requirement[] = [
  uaServiceProviderIdentity,
  uaAccountRules,
  uaPaidServicesAndAutoRenewal,
  uaPrivacyPolicyLink,
  uaUnfairStandardTerms,
  uaProminence,
  uaAgreementChanges,
  uaInactiveAccountHandling,
  uaDisputeResolution,
];
