import { clausesFor, type Clause } from '../fixes/clauses';
import { clauseRequirements } from '../fixes/template';
import { format } from '../l10n';
import { activeGroups } from '../profiles';
import { basisFor } from '../requirements/requirement';
import type { DocumentLanguage, DocumentType, MessageLocale } from '../types';

/** One entry of the Insert clause… quick pick (request `disclose/clauses`). */
export interface ClauseItem {
  key: string;
  requirementId: string;
  title: string;
  description: string;
  basis: string[];
  /** Heading and text, in snippet syntax. */
  snippet: string;
}

/**
 * Clauses in the document's language for the requirements of the active profiles, in catalogue
 * order, each with its heading as `headingFor` writes it (the document's style at the cursor).
 */
export function clauseItems(type: DocumentType, language: DocumentLanguage, profiles: readonly string[], locale: MessageLocale, headingFor: (clause: Clause) => string): ClauseItem[] {
  const groups = activeGroups(profiles);
  return clauseRequirements(type, profiles).flatMap((requirement) => {
    const basis = basisFor(requirement, groups).map((c) => c[locale]);
    return clausesFor(requirement.id, language).map((clause) => ({
      key: clause.key,
      requirementId: requirement.id,
      title: format(locale, `${requirement.id}.title`),
      description: clause.description,
      basis,
      snippet: [headingFor(clause), '', ...clause.body].join('\n'),
    }));
  });
}
