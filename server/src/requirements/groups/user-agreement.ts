import type { Requirement } from '../requirement';

/** User agreements (用户协议 / terms of service): catalogue §14 and the agreement's own requirements. */
export const userAgreement: readonly Requirement[] = [];
