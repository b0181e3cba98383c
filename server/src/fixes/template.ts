import { format } from '../l10n';
import { DocumentModel } from '../document/model';
import { activeGroups, strictestParameters } from '../profiles';
import { REQUIREMENTS } from '../requirements';
import type { DetectContext, Requirement } from '../requirements/requirement';
import type { DocumentLanguage, DocumentType, MessageLocale } from '../types';
import { clausesFor, type Clause } from './clauses';
import { chineseNumeral } from './numerals';
import { belongsInPolicy, sectionFor, sectionOrder, type CanonicalSection } from './sections';
import { escapeSnippet, renderSnippet, shiftTabStops } from './snippet';

/**
 * Requirements of the active profiles that apply to a document type and have a clause. An agreement
 * leaves out clauses that belong in the privacy policy (what is collected, shared, stored) and
 * conditional privacy clauses (face recognition, personalisation), which it only points to.
 */
export function clauseRequirements(type: DocumentType, profiles: readonly string[]): Requirement[] {
  const groups = activeGroups(profiles);
  return REQUIREMENTS.filter((r) => {
    if (!r.fix || !r.appliesTo.includes(type) || !Object.keys(r.basis).some((group) => groups.has(group))) return false;
    if (type !== 'user-agreement') return true;
    const own = sectionFor(type, r.fix.section) === r.fix.section;
    return own || (!belongsInPolicy(r.fix.section) && r.trigger === undefined);
  });
}

/** The section of a requirement's clause in a document of this type. */
function sectionOf(type: DocumentType, requirement: Requirement): CanonicalSection {
  return sectionFor(type, requirement.fix!.section);
}

/**
 * Clause variant `<id>:agreement` (snippets/user-agreement.*.json): the wording of a requirement that
 * applies to both kinds of document ("these terms" rather than "this policy"), for user agreements.
 */
export const AGREEMENT_VARIANT = 'agreement';

/** The clauses offered for a requirement in a document of this type: in an agreement its agreement variant when there is one; elsewhere never. */
export function clausesForType(requirementId: string, language: DocumentLanguage, type: DocumentType): Clause[] {
  const all = clausesFor(requirementId, language);
  const agreement = all.filter((c) => c.variant === AGREEMENT_VARIANT);
  if (type === 'user-agreement' && agreement.length > 0) return agreement;
  return all.filter((c) => c.variant !== AGREEMENT_VARIANT);
}

/**
 * An agreement's own clauses first; a clause of a requirement shared with privacy policies only when
 * the agreement's clauses do not already make that disclosure (the change clause already promises
 * new consent for new purposes, so purpose-change-reconsent needs no clause of its own).
 */
function withoutRedundant(type: DocumentType, language: DocumentLanguage, profiles: readonly string[], requirements: readonly Requirement[]): Requirement[] {
  const own = (r: Requirement) => sectionOf(type, r) === r.fix!.section;
  const kept = requirements.filter(own);
  const params = strictestParameters(profiles);
  const groups = activeGroups(profiles);
  for (const requirement of requirements) {
    if (own(requirement)) continue;
    const draft = new DocumentModel(renderSnippet(render(type, language, requirements.filter((r) => kept.includes(r)))));
    const detection = requirement.detect({ model: draft, params, documentType: type, groups } as DetectContext);
    const made = detection.applicable === false || (detection.evidence.length > 0 && detection.issues.length === 0);
    if (!made) kept.push(requirement);
  }
  return requirements.filter((r) => kept.includes(r));
}

/**
 * A complete skeleton in one language: the title, then the canonical sections of the document type
 * in order (a privacy policy's or a user agreement's), each holding the default clause of every
 * requirement that belongs there. One snippet; every blank is a tab stop.
 */
export function buildTemplate(type: DocumentType, language: DocumentLanguage, profiles: readonly string[]): string {
  const requirements = clauseRequirements(type, profiles);
  return render(type, language, type === 'user-agreement' ? withoutRedundant(type, language, profiles, requirements) : requirements);
}

function render(type: DocumentType, language: DocumentLanguage, requirements: readonly Requirement[]): string {
  const locale: MessageLocale = language === 'zh' ? 'zh-cn' : 'en';
  const lines = [`# ${escapeSnippet(format(locale, `template.title.${type}`))}`, ''];
  let tabStop = 0;
  let number = 0;
  for (const section of sectionOrder(type)) {
    const clauses = requirements
      .filter((r) => sectionOf(type, r) === section)
      // An agreement's own clause opens its section (the parties before the dates and the contact details).
      .sort((a, b) => Number(sectionOf(type, b) === b.fix!.section) - Number(sectionOf(type, a) === a.fix!.section))
      .map((r) => clausesForType(r.id, language, type)[0])
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
