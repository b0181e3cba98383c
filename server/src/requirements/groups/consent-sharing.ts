import { crossBorderTransfer } from '../cross-border-transfer';
import { noBundledOrDeemedConsent } from '../no-bundled-or-deemed-consent';
import type { Requirement } from '../requirement';
import { purposeChangeReconsent } from '../purpose-change-reconsent';
import { refusalConsequences } from '../refusal-consequences';
import { retentionPeriod } from '../retention-period';
import { separateConsentTriggers } from '../separate-consent-triggers';
import { storageLocation } from '../storage-location';
import { thirdPartySdkDisclosure } from '../third-party-sdk-disclosure';
import { thirdPartySharing } from '../third-party-sharing';
import { withdrawConsent } from '../withdraw-consent';

/** Consent, sharing, retention, storage and cross-border transfer: catalogue §§3–5. */
export const consentSharing: readonly Requirement[] = [thirdPartySdkDisclosure, noBundledOrDeemedConsent, separateConsentTriggers, withdrawConsent, refusalConsequences, purposeChangeReconsent, thirdPartySharing, retentionPeriod, storageLocation, crossBorderTransfer];
