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

  // Found by `npm run fuzz`: nesting 5,000 deep overflowed the stack (quotes) or took quadratic time
  // (lists); a range ended between the \r and the \n of a CRLF (seed 924044081).
  it.each([
    ['5,000 nested list levels', `# Privacy Policy\n\n${'- '.repeat(5000)}item\n`],
    ['5,000 nested block quotes', `# 隐私政策\n\n${'>'.repeat(5000)} 引用\n`],
    ['a paragraph and a list after a CRLF', '们\n   们\r\n1.'],
  ])('%s', (_name, text) => {
    checkLint(text);
  });
});
