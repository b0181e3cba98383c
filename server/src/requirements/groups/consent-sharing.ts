import type { Requirement } from '../requirement';

/** Consent, sharing, retention, storage and cross-border transfer: catalogue §§3–5. */
export const consentSharing: readonly Requirement[] = [];
