// The properties every lint must have, whatever the input: it returns within a time proportional to
// the input's size, every range lies inside the document, and its UTF-16 line/character positions
// round-trip with its offsets as an editor computes them (vscode-languageserver-textdocument).
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint } from '../../server/src/engine';
import type { LintResult, Range } from '../../server/src/types';

/** Fixed cost plus 50 µs per UTF-16 unit (20 KB/s): far above the linear cost, far below a quadratic one at 1 MB. */
export function timeBoundMs(length: number): number {
  return 2_000 + length * 0.05;
}

export interface Checked {
  ms: number;
  boundMs: number;
  findings: number;
}

/** Every range a lint result holds, with where it came from, for messages. */
function rangesOf(result: LintResult): Array<{ where: string; range: Range }> {
  return [
    ...result.findings.flatMap((finding, i) => [
      { where: `finding ${i} (${finding.ruleId})`, range: finding.range },
      ...finding.fixes.flatMap((fix) => [
        ...fix.edits.map((edit) => ({ where: `edit of fix "${fix.title}" of ${finding.ruleId}`, range: edit.range })),
        ...(fix.snippet ? [{ where: `snippet of fix "${fix.title}" of ${finding.ruleId}`, range: fix.snippet.range }] : []),
      ]),
    ]),
    ...result.coverage.flatMap((coverage) => coverage.evidence.map((range) => ({ where: `evidence of ${coverage.id}`, range }))),
  ];
}

/** Throws an Error that says what is wrong with a range, or returns. */
function checkRange(document: TextDocument, length: number, where: string, range: Range): void {
  const { startOffset, endOffset } = range;
  const fail = (what: string) => {
    throw new Error(`${where}: ${what} (range ${JSON.stringify(range)}, document length ${length})`);
  };
  if (!Number.isInteger(startOffset) || !Number.isInteger(endOffset) || startOffset < 0 || endOffset < startOffset || endOffset > length) fail('offsets outside the document');
  for (const [offset, position, name] of [[startOffset, range.start, 'start'], [endOffset, range.end, 'end']] as const) {
    const expected = document.positionAt(offset);
    if (expected.line !== position.line || expected.character !== position.character) fail(`${name} position ${JSON.stringify(position)} is not offset ${offset}, which is ${JSON.stringify(expected)}`);
    if (document.offsetAt(position) !== offset) fail(`${name} position ${JSON.stringify(position)} maps back to offset ${document.offsetAt(position)}, not ${offset}`);
  }
}

/** Lints `text` and checks the properties; throws an Error naming the first one that fails. */
export function checkLint(text: string): Checked {
  const boundMs = timeBoundMs(text.length);
  const started = performance.now();
  let result: LintResult;
  try {
    result = lint(text);
  } catch (error) {
    throw new Error(`lint threw after ${Math.round(performance.now() - started)} ms: ${(error as Error).stack ?? String(error)}`);
  }
  const ms = performance.now() - started;
  if (ms > boundMs) throw new Error(`lint took ${Math.round(ms)} ms, over its bound of ${Math.round(boundMs)} ms for ${text.length} UTF-16 units`);
  const document = TextDocument.create('file:///fuzz.md', 'markdown', 1, text);
  for (const { where, range } of rangesOf(result)) checkRange(document, text.length, where, range);
  for (const finding of result.findings) {
    if (!finding.message || !['error', 'warning', 'info'].includes(finding.severity)) throw new Error(`finding ${finding.ruleId} has no message or a wrong severity: ${JSON.stringify(finding)}`);
  }
  return { ms, boundMs, findings: result.findings.length };
}
