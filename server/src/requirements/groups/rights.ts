import type { Requirement } from '../requirement';

/** Individual rights and how to exercise them, plus document-level wording checks: catalogue §6 and §§12, 15. */
export const rights: readonly Requirement[] = [];
