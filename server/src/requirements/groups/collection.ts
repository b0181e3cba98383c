import type { Requirement } from '../requirement';

/** Identity, what is collected and how: catalogue §§1–2 and marketing (§13). */
export const collection: readonly Requirement[] = [];
