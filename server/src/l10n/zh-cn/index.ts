import { common } from './common';
import { collection } from './collection';
import { consentSharing } from './consent-sharing';
import { core } from './core';
import { minorsAlgorithmsSecurity } from './minors-algorithms-security';
import { profiles } from './profiles';
import { rights } from './rights';
import { userAgreement } from './user-agreement';

/** 简体中文目录，每组要求一个文件；每个键在 en 中也都存在。 */
export const zhCn: Readonly<Record<string, string>> = { ...common, ...core, ...collection, ...consentSharing, ...rights, ...minorsAlgorithmsSecurity, ...profiles, ...userAgreement };
