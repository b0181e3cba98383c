import type { TextEdit } from '../../server/src/types';

/** Applies non-overlapping edits (offsets refer to the original text). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.startOffset - a.range.startOffset);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.range.startOffset) + edit.newText + result.slice(edit.range.endOffset);
  return result;
}

/** Checks that `after` equals `before` except for one insertion at `offset`; returns the inserted text. */
export function insertedText(before: string, after: string, offset: number): string {
  const inserted = after.slice(offset, offset + after.length - before.length);
  if (after.slice(0, offset) !== before.slice(0, offset) || after.slice(offset + inserted.length) !== before.slice(offset)) {
    throw new Error('text outside the insertion changed');
  }
  return inserted;
}
