import { ccpaNoticeAtCollectionAndMetrics } from '../ccpa-notice-at-collection-and-metrics';
import { limitSensitivePiUse } from '../limit-sensitive-pi-use';
import { nonDiscriminationAndIncentives } from '../non-discrimination-and-incentives';
import type { Requirement } from '../requirement';
import { saleOrShareOptOut } from '../sale-or-share-opt-out';

/** What only the CCPA/CPRA profile asks: catalogue §4 (selling and sharing, the right to limit, non-discrimination, notice at collection). */
export const ccpa: readonly Requirement[] = [saleOrShareOptOut, limitSensitivePiUse, nonDiscriminationAndIncentives, ccpaNoticeAtCollectionAndMetrics];
