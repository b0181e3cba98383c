import { format } from '../l10n';
import { activeGroups } from '../profiles';
import { REQUIREMENTS } from '../requirements';
import type { Requirement } from '../requirements/requirement';
import type { DocumentLanguage, DocumentType, MessageLocale } from '../types';
import { clausesFor, type Clause } from './clauses';
import { chineseNumeral } from './numerals';
import { CANONICAL_SECTIONS } from './sections';
import { escapeSnippet, shiftTabStops } from './snippet';

/** Requirements of the active profiles that apply to a document type and have a clause. */
export function clauseRequirements(type: DocumentType, profiles: readonly string[]): Requirement[] {
  const groups = activeGroups(profiles);
  return REQUIREMENTS.filter((r) => r.fix && r.appliesTo.includes(type) && Object.keys(r.basis).some((group) => groups.has(group)));
}

/**
 * A complete skeleton in one language: the title, then the canonical sections in order, each holding
 * the default clause of every requirement that belongs there. One snippet; every blank is a tab stop.
 */
export function buildTemplate(type: DocumentType, language: DocumentLanguage, profiles: readonly string[]): string {
  const locale: MessageLocale = language === 'zh' ? 'zh-cn' : 'en';
  const requirements = clauseRequirements(type, profiles);
  const lines = [`# ${escapeSnippet(format(locale, `template.title.${type}`))}`, ''];
  let tabStop = 0;
  let number = 0;
  for (const section of CANONICAL_SECTIONS) {
    const clauses = requirements
      .filter((r) => r.fix!.section === section)
      .map((r) => clausesFor(r.id, language)[0])
      .filter((c): c is Clause => c !== undefined);
    if (clauses.length === 0) continue;
    number++;
    const heading = escapeSnippet(format(locale, `section.${section}`));
    lines.push(language === 'zh' ? `## ${chineseNumeral(number)}、${heading}` : `## ${heading}`, '');
    for (const clause of clauses) {
      const shifted = shiftTabStops([`### ${clause.heading}`, '', ...clause.body].join('\n'), tabStop);
      tabStop = shifted.highest;
      lines.push(shifted.text, '');
    }
  }
  return lines.join('\n');
}
