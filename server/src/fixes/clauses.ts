import coreEn from '../../../snippets/core.en.json';
import coreZh from '../../../snippets/core.zh-cn.json';
import collectionEn from '../../../snippets/collection.en.json';
import collectionZh from '../../../snippets/collection.zh-cn.json';
import consentSharingEn from '../../../snippets/consent-sharing.en.json';
import consentSharingZh from '../../../snippets/consent-sharing.zh-cn.json';
import rightsEn from '../../../snippets/rights.en.json';
import rightsZh from '../../../snippets/rights.zh-cn.json';
import minorsEn from '../../../snippets/minors-algorithms-security.en.json';
import minorsZh from '../../../snippets/minors-algorithms-security.zh-cn.json';
import userAgreementEn from '../../../snippets/user-agreement.en.json';
import userAgreementZh from '../../../snippets/user-agreement.zh-cn.json';
import type { DocumentLanguage } from '../types';

/**
 * The clause library: snippets/<group>.<locale>.json, the single source of the VS Code snippet
 * contribution, the quick fixes and the clause commands. An entry's key is the requirement id it
 * fixes, or `<id>:<variant>` for an alternative (e.g. `complaint-channel:phone`). The first line of
 * a body is the section heading; the rest is the section text.
 */
export interface Clause {
  key: string;
  requirementId: string;
  variant: string | null;
  language: DocumentLanguage;
  prefixes: string[];
  description: string;
  /** Heading text without `#` marks, in snippet syntax. */
  heading: string;
  /** Section text lines, in snippet syntax. */
  body: string[];
}

interface SnippetEntry {
  prefix: string | string[];
  description: string;
  body: string | string[];
}

function load(entries: Record<string, SnippetEntry | undefined>, language: DocumentLanguage): Clause[] {
  return Object.entries(entries).flatMap(([key, entry]) => (entry ? [toClause(key, entry, language)] : []));
}

function toClause(key: string, entry: SnippetEntry, language: DocumentLanguage): Clause {
  const [requirementId, variant] = key.split(':') as [string, string | undefined];
  const lines = Array.isArray(entry.body) ? entry.body : entry.body.split('\n');
  let first = 1;
  while (lines[first] === '') first++;
  return {
    key,
    requirementId,
    variant: variant ?? null,
    language,
    prefixes: Array.isArray(entry.prefix) ? entry.prefix : [entry.prefix],
    description: entry.description,
    heading: (lines[0] ?? '').replace(/^#{1,6} /, ''),
    body: lines.slice(first),
  };
}

/** Every clause, group by group (see the snippet contribution in package.json). */
export const CLAUSES: readonly Clause[] = [
  ...load(coreZh, 'zh'),
  ...load(coreEn, 'en'),
  ...load(collectionZh, 'zh'),
  ...load(collectionEn, 'en'),
  ...load(consentSharingZh, 'zh'),
  ...load(consentSharingEn, 'en'),
  ...load(rightsZh, 'zh'),
  ...load(rightsEn, 'en'),
  ...load(minorsZh, 'zh'),
  ...load(minorsEn, 'en'),
  ...load(userAgreementZh, 'zh'),
  ...load(userAgreementEn, 'en'),
];

/** Clauses for a requirement in one language, the default clause first. */
export function clausesFor(requirementId: string, language: DocumentLanguage): Clause[] {
  return CLAUSES.filter((c) => c.requirementId === requirementId && c.language === language).sort((a, b) => Number(a.variant !== null) - Number(b.variant !== null));
}
