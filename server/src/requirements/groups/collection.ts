import { collectionMethodAndSource } from '../collection-method-and-source';
import { commercialMessagingConsent } from '../commercial-messaging-consent';
import { controllerIdentity } from '../controller-identity';
import { cookiesAndTracking } from '../cookies-and-tracking';
import { devicePermissionsList } from '../device-permissions-list';
import { functionDataMapping } from '../function-data-mapping';
import { legalBasis } from '../legal-basis';
import { localRepresentative } from '../local-representative';
import { piProtectionOfficer } from '../pi-protection-officer';
import type { Requirement } from '../requirement';
import { sensitivePi } from '../sensitive-pi';

/** Identity, what is collected and how: catalogue §§1–2 and marketing (§13). */
export const collection: readonly Requirement[] = [controllerIdentity, piProtectionOfficer, localRepresentative, functionDataMapping, collectionMethodAndSource, sensitivePi, devicePermissionsList, cookiesAndTracking, legalBasis, commercialMessagingConsent];
