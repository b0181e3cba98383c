// The re-lint after an edit, as the benchmark times it: the engine's incremental re-lint
// (lintDocument with the parse of the previous version, which it takes over), as the server runs it.
import { lintDocument, type ResolvedConfig } from '../server/src/engine';
import type { ParsedText } from '../server/src/document/incremental';
import type { LintResult } from '../server/src/types';
import { applyEdit, type Edit } from './corpus';

export const RELINT_LABEL = 'incremental re-lint after a 1-char edit (lintDocument with the previous parse)';

/** One open document being edited. */
export interface RelintSession {
  readonly text: string;
  /** Applies one edit and returns the new result (the timed operation). */
  update(edit: Edit): LintResult;
}

export function openSession(text: string, config: Partial<ResolvedConfig>): RelintSession {
  let current = text;
  let parsed: ParsedText = lintDocument(text, config).parsed;
  return {
    get text() {
      return current;
    },
    update(edit: Edit): LintResult {
      current = applyEdit(current, edit);
      // The previous parse passes to this lint and is not used again.
      const next = lintDocument(current, config, parsed);
      parsed = next.parsed;
      return next.result;
    },
  };
}
