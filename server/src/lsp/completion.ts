import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver/node';
import { clausesFor } from '../fixes/clauses';
import type { LintResult } from '../types';

const HEADING_LINE = /^(#{1,6})[ \t]{0,4}[^\n]{0,60}$/;

/**
 * Typing a heading (`## ` at the start of a line) offers the clauses of the disclosures the document
 * is missing: choosing one replaces the line with the clause's heading, at the level typed, and text.
 */
export function headingCompletions(result: LintResult, lineText: string, position: Position): CompletionItem[] {
  const match = HEADING_LINE.exec(lineText.slice(0, position.character));
  if (!match) return [];
  const marks = match[1]!;
  const missing = result.coverage.filter((c) => c.status === 'missing');
  return missing.flatMap(({ id }) =>
    clausesFor(id, result.language).map((clause, index) => ({
      label: clause.heading.replace(/\$\{\d+:([^}]*)\}/g, '$1'),
      labelDetails: { description: id },
      detail: clause.description,
      kind: CompletionItemKind.Snippet,
      filterText: `${marks} ${clause.heading} ${id}`,
      sortText: `${String(index).padStart(2, '0')}${id}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: {
        range: { start: { line: position.line, character: 0 }, end: position },
        newText: [`${marks} ${clause.heading}`, '', ...clause.body].join('\n'),
      },
    })),
  );
}
