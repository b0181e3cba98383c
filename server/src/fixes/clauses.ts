import en from '../../../snippets/clauses.en.json';
import zhCn from '../../../snippets/clauses.zh-cn.json';
import type { DocumentLanguage } from '../types';

/**
 * The clause library: snippets/clauses.<locale>.json, the single source of the VS Code snippet
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

function load(entries: Record<string, SnippetEntry>, language: DocumentLanguage): Clause[] {
  return Object.entries(entries).map(([key, entry]) => {
    const [requirementId, variant] = key.split(':') as [string, string | undefined];
    const lines = Array.isArray(entry.body) ? entry.body : entry.body.split('\n');
    const headingLine = lines[0] ?? '';
    let first = 1;
    while (lines[first] === '') first++;
    return {
      key,
      requirementId,
      variant: variant ?? null,
      language,
      prefixes: Array.isArray(entry.prefix) ? entry.prefix : [entry.prefix],
      description: entry.description,
      heading: headingLine.replace(/^#{1,6} /, ''),
      body: lines.slice(first),
    };
  });
}

export const CLAUSES: readonly Clause[] = [...load(zhCn, 'zh'), ...load(en, 'en')];

/** Clauses for a requirement in one language, the default clause first. */
export function clausesFor(requirementId: string, language: DocumentLanguage): Clause[] {
  return CLAUSES.filter((c) => c.requirementId === requirementId && c.language === language).sort((a, b) => Number(a.variant !== null) - Number(b.variant !== null));
}
