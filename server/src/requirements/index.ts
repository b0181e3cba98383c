import { ccpa } from './groups/ccpa';
import { collection } from './groups/collection';
import { consentSharing } from './groups/consent-sharing';
import { core } from './groups/core';
import { minorsAlgorithmsSecurity } from './groups/minors-algorithms-security';
import { rights } from './groups/rights';
import { userAgreement } from './groups/user-agreement';
import type { Requirement } from './requirement';

/** Catalogue order (../shared/reference/requirements-catalogue.md): findings and reports follow it. */
export const CATALOGUE_ORDER: readonly string[] = [
  'controller-identity',
  'pi-protection-officer',
  'local-representative',
  'purpose-of-processing',
  'data-categories',
  'function-data-mapping',
  'collection-method-and-source',
  'sensitive-pi',
  'device-permissions-list',
  'third-party-sdk-disclosure',
  'cookies-and-tracking',
  'legal-basis',
  'no-bundled-or-deemed-consent',
  'separate-consent-triggers',
  'withdraw-consent',
  'refusal-consequences',
  'purpose-change-reconsent',
  'third-party-sharing',
  'sale-or-share-opt-out',
  'limit-sensitive-pi-use',
  'non-discrimination-and-incentives',
  'ccpa-notice-at-collection-and-metrics',
  'retention-period',
  'storage-location',
  'cross-border-transfer',
  'right-access-copy',
  'right-correction',
  'right-deletion',
  'right-portability',
  'right-restrict-object-explain',
  'account-cancellation',
  'rights-request-procedure',
  'rights-response-time',
  'complaint-channel',
  'complaint-response-time',
  'minors-age-and-guardian-consent',
  'minors-dedicated-rules',
  'minors-designated-person',
  'children-notice-content',
  'minors-correction-deletion',
  'personalized-recommendation-opt-out',
  'automated-decision-making',
  'face-recognition-alternative',
  'security-measures',
  'breach-notification',
  'policy-effective-date',
  'policy-updates',
  'policy-accessible-separate',
  'plain-language-readability',
  'vague-language',
  'commercial-messaging-consent',
  'ua-service-provider-identity',
  'ua-account-rules',
  'ua-paid-services-and-auto-renewal',
  'ua-privacy-policy-link',
  'ua-unfair-standard-terms',
  'ua-prominence',
  'ua-agreement-changes',
  'ua-inactive-account-handling',
  'ua-dispute-resolution',
  'placeholder-unfilled',
];

function byCatalogueOrder(a: Requirement, b: Requirement): number {
  return CATALOGUE_ORDER.indexOf(a.id) - CATALOGUE_ORDER.indexOf(b.id);
}

/** Every requirement, in catalogue order. */
export const REQUIREMENTS: readonly Requirement[] = [...core, ...collection, ...consentSharing, ...rights, ...minorsAlgorithmsSecurity, ...ccpa, ...userAgreement].sort(byCatalogueOrder);

const byId = new Map(REQUIREMENTS.map((requirement) => [requirement.id, requirement]));

export function requirementById(id: string): Requirement | undefined {
  return byId.get(id);
}
