import type { Requirement } from '../requirement';

/** Minors, personalisation and automated decisions, biometrics, security and policy meta: catalogue §§8–12. */
export const minorsAlgorithmsSecurity: readonly Requirement[] = [];
