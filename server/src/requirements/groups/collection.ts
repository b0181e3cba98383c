import { controllerIdentity } from '../controller-identity';
import { piProtectionOfficer } from '../pi-protection-officer';
import type { Requirement } from '../requirement';
import { sensitivePi } from '../sensitive-pi';

/** Identity, what is collected and how: catalogue §§1–2 and marketing (§13). */
export const collection: readonly Requirement[] = [controllerIdentity, piProtectionOfficer, sensitivePi];
