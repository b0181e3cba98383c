import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLint, type Checked } from './check';
import { CORPUS_ABSENT_MESSAGE, corpusPolicies, decodedBytes, grammarMarkdown, mutatedPolicy, pathologicalShapes } from './inputs';

/**
 * Bounded fuzzing of the engine inside `npm test`: a fixed seed and number of inputs (the same inputs
 * every run), with a time limit as a safety net on a slow machine and a minimum number of inputs so
 * that a slow-down cannot pass unnoticed. `npm run fuzz` runs the same properties for longer, on new
 * seeds and full-size shapes.
 */
const SEED = 7_2024;

function fuzz(arbitrary: fc.Arbitrary<string>, numRuns: number, timeLimitMs: number, minimumRuns: number): void {
  let slowest: Checked & { length: number } = { ms: 0, boundMs: 0, findings: 0, length: 0 };
  const details = fc.check(
    fc.property(arbitrary, (text) => {
      const checked = checkLint(text);
      if (checked.ms / checked.boundMs > slowest.ms / Math.max(1, slowest.boundMs)) slowest = { ...checked, length: text.length };
    }),
    { seed: SEED, numRuns, interruptAfterTimeLimit: timeLimitMs, markInterruptAsFailure: false },
  );
  if (details.failed) throw new Error(fc.defaultReportMessage(details));
  console.log(`${details.numRuns} inputs; slowest ${Math.round(slowest.ms)} ms of its ${Math.round(slowest.boundMs)} ms bound (${slowest.length} UTF-16 units)`);
  expect(details.numRuns).toBeGreaterThanOrEqual(minimumRuns);
}

describe('lint on any input returns in time, with ranges inside the document that round-trip', () => {
  it('Markdown from the policy grammar', () => fuzz(grammarMarkdown, 100, 6_000, 40));

  it('random bytes decoded as UTF-8', () => fuzz(decodedBytes, 250, 4_000, 40));

  const policies = corpusPolicies();
  it.skipIf(policies.length === 0)(`mutated real policies from ../shared/corpus${policies.length === 0 ? ` (${CORPUS_ABSENT_MESSAGE})` : ''}`, () => {
    // Every 20th policy, so each run samples all three corpora without reading hundreds of files.
    const texts = policies.filter((_, i) => i % 20 === 0).map((path) => readFileSync(path, 'utf8'));
    fuzz(mutatedPolicy(texts), 40, 6_000, 10);
  });

  it.each(pathologicalShapes(0.05).map((shape) => [shape.name, shape.text] as const))('%s', (_name, text) => {
    checkLint(text);
  });

  // Found by `npm run fuzz` (seed 924044081); the range is made in server/src/document, which another
  // engineer is rewriting. Repro: lint('们\n   们\r\n1.') gives cross-border-transfer evidence (and a
  // policy-accessible-separate finding) the range 0-7, ending between the \r and the \n of a CRLF: end
  // position {line 1, character 5} on a line of 4 characters, which an editor cannot express.
  // Repro: in a fresh process lint('>'.repeat(5000) + ' x') throws RangeError: Maximum call stack size
  // exceeded in PlainBuilder.walkBlock (server/src/document/model.ts); lint('- '.repeat(n) + 'x') takes
  // quadratic time (1,000 levels 3.7 s, 1,500 levels 7.3 s) and throws from 2,000 levels. `npm run fuzz`
  // reports both shapes at full size.
  it.todo('5,000 nested list levels or block quotes lint in linear time, without a stack overflow');
  it.todo('no range ends or starts between the \\r and the \\n of a CRLF');
});
