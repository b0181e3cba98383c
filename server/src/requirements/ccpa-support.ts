import { defineCues } from '../document/cues';
import type { DocumentModel, Sentence } from '../document/model';
import { affirmed, sentencesWith } from './evidence';

/**
 * What the CCPA/CPRA profile reads in several requirements: selling and sharing (cross-context
 * behavioural advertising), and sensitive personal information in the statute's sense.
 */

export const saleCues = defineCues('ccpa-sale', {
  zh: ['出售', '售卖', '共享用于跨情境行为广告', '跨情境行为广告'],
  en: ['sell', 'sells', 'sold', 'selling', 'sale of', 'sale or sharing', 'share your personal information', 'sharing of personal information', 'cross-context behavioral advertising', 'cross-context behavioural advertising'],
});

/** A heading or a table's header row names a topic ("Sold or shared"), it states nothing. */
function namesTopic(model: DocumentModel, sentence: Sentence): boolean {
  const block = model.blocks[sentence.block]!;
  if (block.kind === 'heading') return true;
  if (block.kind !== 'tableCell') return false;
  // The header row: the first row of its table (the row before it is not a table row).
  const line = model.lines.positionAt(block.srcStart).line;
  const rowStart = model.blocks.findIndex((b) => b.kind === 'tableCell' && model.lines.positionAt(b.srcStart).line === line);
  const previous = model.blocks[rowStart - 1];
  return !previous || previous.kind !== 'tableCell';
}

/** Sentences where the business says it sells or shares personal information (not that it does not). */
export function saleStatements(model: DocumentModel): { sells: Sentence[]; denies: Sentence[] } {
  const sells: Sentence[] = [];
  const denies: Sentence[] = [];
  for (const sentence of sentencesWith(model, saleCues)) {
    if (namesTopic(model, sentence)) continue;
    (affirmed(model, sentence, saleCues) ? sells : denies).push(sentence);
  }
  return { sells, denies };
}
