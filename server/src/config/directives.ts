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
  const nextLine = new Map<number, Set<string>>();
  const unknownIds: Suppressions['unknownIds'] = [];

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
        regions.set(id, [...(regions.get(id) ?? []), [start, directive.start]]);
        open.delete(id);
      }
    } else {
      const line = nextTextLine(model, directive.end);
      if (line >= 0) nextLine.set(line, new Set([...(nextLine.get(line) ?? []), ...ids]));
    }
  }
  for (const [id, start] of open) regions.set(id, [...(regions.get(id) ?? []), [start, model.text.length]]);

  const firstText = model.blocks[0]?.srcStart ?? model.text.length;
  const inRegion = (id: string, offset: number) => (regions.get(id) ?? []).some(([start, end]) => start <= offset && offset < end);
  return {
    isSuppressed: (ruleId, range) => {
      const onLine = nextLine.get(range.start.line);
      return inRegion(ruleId, range.startOffset) || inRegion(ALL, range.startOffset) || (onLine !== undefined && (onLine.has(ruleId) || onLine.has(ALL)));
    },
    isOffForWholeFile: (ruleId) =>
      [ruleId, ALL].some((id) => (regions.get(id) ?? []).some(([start, end]) => start <= firstText && end === model.text.length)),
    unknownIds,
  };
}

/** The first line after `offset` that has text other than whitespace, or -1. */
function nextTextLine(model: DocumentModel, offset: number): number {
  const lines = model.lines;
  for (let line = lines.positionAt(offset).line + 1; line < lines.lineCount; line++) {
    if (model.text.slice(lines.lineStart(line), lines.lineEnd(line)).trim() !== '') return line;
  }
  return -1;
}
