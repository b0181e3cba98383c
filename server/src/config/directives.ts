import type { DocumentModel } from '../document/model';
import type { Range } from '../types';

/** What the inline directives of a document switch off. `*` stands for every rule. */
export interface Suppressions {
  isSuppressed(ruleId: string, range: Range): boolean;
  /** The rule is off from before the document's first text to its end. */
  isOffForWholeFile(ruleId: string): boolean;
  /** Rule ids named in directives that no rule has. */
  unknownIds: Array<{ id: string; startOffset: number; endOffset: number }>;
}

const ALL = '*';

export function suppressionsOf(model: DocumentModel, knownIds: ReadonlySet<string>): Suppressions {
  const regions = new Map<string, Array<[number, number]>>();
  const open = new Map<string, number>();
  const unknownIds: Suppressions['unknownIds'] = [];
  const addRegion = (id: string, start: number, end: number) => regions.set(id, [...(regions.get(id) ?? []), [start, end]]);

  for (const directive of model.directives) {
    directive.ruleIds.forEach((id, i) => {
      if (!knownIds.has(id)) unknownIds.push({ id, startOffset: directive.idOffsets[i]!, endOffset: directive.idOffsets[i]! + id.length });
    });
    const ids = directive.ruleIds.length > 0 ? directive.ruleIds : [ALL];
    if (directive.kind === 'disable') {
      for (const id of ids) if (!open.has(id)) open.set(id, directive.end);
    } else if (directive.kind === 'enable') {
      for (const id of directive.ruleIds.length > 0 ? ids : [...open.keys()]) {
        const start = open.get(id);
        if (start === undefined) continue;
        addRegion(id, start, directive.start);
        open.delete(id);
      }
    } else {
      // In Markdown a "line" is the block that follows: a paragraph, heading, list or table.
      const next = model.rootBlocks.find((block) => block.start >= directive.end);
      if (next) for (const id of ids) addRegion(id, next.start, next.end + 1);
    }
  }
  for (const [id, start] of open) addRegion(id, start, model.text.length);

  const firstText = model.blocks[0]?.srcStart ?? model.text.length;
  const inRegion = (id: string, offset: number) => (regions.get(id) ?? []).some(([start, end]) => start <= offset && offset < end);
  return {
    isSuppressed: (ruleId, range) => inRegion(ruleId, range.startOffset) || inRegion(ALL, range.startOffset),
    isOffForWholeFile: (ruleId) =>
      [ruleId, ALL].some((id) => (regions.get(id) ?? []).some(([start, end]) => start <= firstText && end >= model.text.length)),
    unknownIds,
  };
}
