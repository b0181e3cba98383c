import type { DocumentModel, Span } from '../document/model';
import { format } from '../l10n';
import type { Requirement } from '../requirements/requirement';
import type { DocumentType, Fix, MessageLocale, Range } from '../types';
import { clausesForType } from './template';
import { lineStartOf, placeClause } from './placement';

/**
 * Quick fixes for a finding, computed from the text that was linted. Edits touch only their target:
 * an insertion, or the replacement of the words at fault.
 */

/**
 * Insert the requirement's clause (each variant in the document's language) where a reader expects
 * it, in the section order of the document type.
 */
export function clauseFixes(model: DocumentModel, requirement: Requirement, locale: MessageLocale, type: DocumentType = 'privacy-policy'): Fix[] {
  if (!requirement.fix) return [];
  const section = requirement.fix.section;
  return clausesForType(requirement.id, model.language, type).map((clause) => {
    const insertion = placeClause(model, section, clause, type);
    const range = model.rangeOfOffsets(insertion.offset, insertion.offset);
    return {
      kind: 'clause',
      title: format(locale, 'fix.insertClause', { description: clause.description }),
      edits: [{ range, newText: insertion.text }],
      snippet: { range, text: insertion.snippet },
      autoFix: false,
    };
  });
}

export function correctionFix(model: DocumentModel, span: Span, replacement: string, locale: MessageLocale): Fix {
  const original = model.sourceTextOf(span);
  return {
    kind: 'correction',
    title: format(locale, 'fix.replace', { old: original, new: replacement }),
    edits: [{ range: model.range(span), newText: replacement }],
    autoFix: true,
  };
}

/** `<!-- disclose-disable-next-line id -->` before the block at fault, and `<!-- disclose-disable id -->` for the file. */
export function disableFixes(model: DocumentModel, ruleId: string, range: Range, locale: MessageLocale): Fix[] {
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  const block = model.rootBlocks.find((b) => b.start <= range.startOffset && range.startOffset <= b.end);
  const lineOffset = lineStartOf(model, block ? block.start : range.startOffset);
  const fileOffset = fileDirectiveOffset(model);
  return [
    {
      kind: 'disable-line',
      title: format(locale, 'fix.disableLine', { id: ruleId }),
      edits: [{ range: model.rangeOfOffsets(lineOffset, lineOffset), newText: `<!-- disclose-disable-next-line ${ruleId} -->${eol}` }],
      autoFix: false,
    },
    {
      kind: 'disable-file',
      title: format(locale, 'fix.disableFile', { id: ruleId }),
      edits: [{ range: model.rangeOfOffsets(fileOffset, fileOffset), newText: `<!-- disclose-disable ${ruleId} -->${eol}${fileOffset === model.text.length ? '' : eol}` }],
      autoFix: false,
    },
  ];
}

/** The top of the document, after a byte-order mark and YAML front matter. */
function fileDirectiveOffset(model: DocumentModel): number {
  let offset = model.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (model.frontMatter !== null) {
    const close = /^---[ \t]*$/m;
    const rest = model.text.slice(offset);
    const opening = rest.indexOf('\n');
    const after = opening >= 0 ? rest.slice(opening + 1) : '';
    const match = close.exec(after);
    if (match) {
      const end = offset + opening + 1 + match.index + match[0].length;
      const lineEnd = model.text.indexOf('\n', end);
      offset = lineEnd >= 0 ? lineEnd + 1 : model.text.length;
    }
  }
  return offset;
}
