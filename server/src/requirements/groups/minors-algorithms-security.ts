import { automatedDecisionMaking } from '../automated-decision-making';
import { breachNotification } from '../breach-notification';
import { childrenNoticeContent } from '../children-notice-content';
import { faceRecognitionAlternative } from '../face-recognition-alternative';
import { minorsCorrectionDeletion } from '../minors-correction-deletion';
import { minorsDedicatedRules } from '../minors-dedicated-rules';
import { minorsDesignatedPerson } from '../minors-designated-person';
import { personalizedRecommendationOptOut } from '../personalized-recommendation-opt-out';
import { policyEffectiveDate } from '../policy-effective-date';
import { policyUpdates } from '../policy-updates';
import type { Requirement } from '../requirement';
import { securityMeasures } from '../security-measures';

/** Minors, personalisation and automated decisions, biometrics, security and policy meta: catalogue §§8–12. */
export const minorsAlgorithmsSecurity: readonly Requirement[] = [
  minorsDedicatedRules,
  minorsDesignatedPerson,
  childrenNoticeContent,
  minorsCorrectionDeletion,
  personalizedRecommendationOptOut,
  automatedDecisionMaking,
  faceRecognitionAlternative,
  securityMeasures,
  breachNotification,
  policyEffectiveDate,
  policyUpdates,
];
