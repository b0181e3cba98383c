import { accountCancellation } from '../account-cancellation';
import { plainLanguageReadability } from '../plain-language-readability';
import { policyAccessibleSeparate } from '../policy-accessible-separate';
import type { Requirement } from '../requirement';
import { rightAccessCopy } from '../right-access-copy';
import { rightCorrection } from '../right-correction';
import { rightDeletion } from '../right-deletion';
import { rightPortability } from '../right-portability';
import { rightRestrictObjectExplain } from '../right-restrict-object-explain';
import { rightsRequestProcedure } from '../rights-request-procedure';
import { rightsResponseTime } from '../rights-response-time';
import { vagueLanguage } from '../vague-language';

/** Individual rights and how to exercise them, plus document-level wording checks: catalogue §6 and §§12, 15. */
export const rights: readonly Requirement[] = [
  rightAccessCopy,
  rightCorrection,
  rightDeletion,
  rightPortability,
  rightRestrictObjectExplain,
  accountCancellation,
  rightsRequestProcedure,
  rightsResponseTime,
  policyAccessibleSeparate,
  plainLanguageReadability,
  vagueLanguage,
];
