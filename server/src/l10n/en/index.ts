import { common } from './common';
import { collection } from './collection';
import { consentSharing } from './consent-sharing';
import { core } from './core';
import { minorsAlgorithmsSecurity } from './minors-algorithms-security';
import { profiles } from './profiles';
import { rights } from './rights';
import { userAgreement } from './user-agreement';

/** The English catalogue, one topic file per group of requirements. Every key exists in zh-cn too. */
export const en: Readonly<Record<string, string>> = { ...common, ...core, ...collection, ...consentSharing, ...rights, ...minorsAlgorithmsSecurity, ...profiles, ...userAgreement };
