import { describe, expect, it } from 'vitest';
import { corpusAvailable, makeInput, randomEdit } from '../../bench/corpus';
import { ratio, seededRandom, summarize, table } from '../../bench/stats';

describe('benchmark statistics', () => {
  it('summarises with nearest-rank percentiles', () => {
    expect(summarize([5, 1, 4, 2, 3])).toEqual({ runs: 5, median: 3, p95: 5, min: 1, max: 5, mean: 3 });
    const twenty = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(summarize(twenty)).toMatchObject({ median: 10, p95: 19 });
    expect(summarize([]).median).toBeNaN();
  });

  it('prints ratios and aligned tables', () => {
    expect(ratio(13, 10)).toBe('1.30×');
    expect(ratio(1, 0)).toBe('–');
    expect(table(['input', 'ms'], [['zh 10 KB', '1.5'], ['en', '12.25']])).toBe(
      ['| input    |    ms |', '| -------- | ----: |', '| zh 10 KB |   1.5 |', '| en       | 12.25 |'].join('\n'),
    );
  });

  it('repeats its pseudo-random sequence for a seed', () => {
    const [a, b] = [seededRandom(7), seededRandom(7)];
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe.skipIf(!corpusAvailable())('benchmark inputs from the corpus', () => {
  it.each(['zh', 'en'] as const)('builds %s input of nearly the size asked, ending on a line', (lang) => {
    const text = makeInput(lang, 10_000);
    const bytes = Buffer.byteLength(text);
    expect(bytes).toBeLessThanOrEqual(10_000);
    expect(bytes).toBeGreaterThan(9_000);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.startsWith('# ')).toBe(true);
  });

  it('edits one character without splitting a surrogate pair', () => {
    const text = 'a😀b😀c'.repeat(50);
    const random = seededRandom(3);
    for (let i = 0; i < 200; i++) {
      const edit = randomEdit(text, 'en', random, i);
      const edited = text.slice(0, edit.offset) + edit.insert + text.slice(edit.offset + edit.deleteCount);
      expect(edited).toBe(Buffer.from(edited, 'utf8').toString('utf8'));
    }
  });
});
