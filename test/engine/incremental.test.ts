import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText, reparse, type ParsedText } from '../../server/src/document/incremental';
import { lint, lintDocument } from '../../server/src/engine';

/**
 * Incremental re-parse and re-lint equal a full parse and lint after every edit of random edit
 * sequences, on the example policies and on real policies from ../shared/corpus (when present).
 */
const CORPUS = new URL('../../../shared/corpus/', import.meta.url).pathname;

function corpusSample(directory: string, count: number): string[] {
  const path = join(CORPUS, directory, 'docs');
  if (!existsSync(path)) return [];
  // Policies of ordinary length keep the test fast; size does not change what an edit can do.
  const texts = readdirSync(path).sort().map((name) => readFileSync(join(path, name), 'utf8'));
  return texts.filter((text) => text.length <= 15_000).slice(0, count);
}

const examples = readdirSync(new URL('../../examples/', import.meta.url)).map((name) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
const documents = [...examples, ...corpusSample('capp130-dev', 6), ...corpusSample('gdpr-t200-dev', 4)];

/** Text that opens, closes or changes Markdown structure, besides ordinary characters. */
const insertion = fc.oneof(
  fc.constantFrom('字', 'a', ' ', '\n', '\n\n', '# ', '## 标题\n', '- ', '1. ', '> ', '```', '~~~', '**', '*', '_', '`', '|', '| a | b |\n|---|---|\n', '---', '===', '<!--', '-->', '<div>', '\t', '    ', '[x]', '](', '[^1]', ']:', '[a]: /u\n', '[^1]: note\n', '\r\n', '\u200b', '😀'),
  fc.string({ maxLength: 6 }),
);

interface Edit {
  at: number;
  removed: number;
  inserted: string;
}

/** `at` is a fraction of the text's length, so one edit fits texts of any length. */
const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), removed: fc.nat({ max: 8 }), inserted: insertion });

function apply(text: string, { at, removed, inserted }: Edit): string {
  const start = Math.floor(at * text.length);
  return text.slice(0, start) + inserted + text.slice(Math.min(text.length, start + removed));
}

describe('incremental re-parse', () => {
  it('gives the tree of a full parse after every edit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(edit, { minLength: 1, maxLength: 6 }), (document, edits) => {
        let text = document;
        let parsed: ParsedText = parseText(text);
        for (const change of edits) {
          text = apply(text, change);
          parsed = reparse(parsed, text);
          const full = parseText(text).tree;
          // Comparing serialisations is fast; the structural diff is shown only when they differ.
          if (JSON.stringify(parsed.tree) !== JSON.stringify(full)) expect(parsed.tree).toEqual(full);
        }
      }),
      { seed: 20261122, numRuns: 40 },
    );
  });

  it('falls back to a full parse where an edit can change blocks far away: a link definition', () => {
    const text = 'See [the policy][p].\n\nOther text.\n';
    const edited = `${text}\n[p]: https://example.com\n`;
    expect(reparse(parseText(text), edited).tree).toEqual(parseText(edited).tree);
    expect(reparse(parseText(text), edited).tree.children[0]).toMatchObject({ children: [{ type: 'text' }, { type: 'linkReference' }, { type: 'text' }] });
  });

  it('re-parses only the edited blocks where "]:" is no definition', () => {
    const text = '# Policy\n\nCookie wp-settings-[UID]: stores your preferences.\n\nFirst.\n\nSecond.\n';
    const previous = parseText(text);
    const untouched = previous.tree.children[1];
    const edited = reparse(previous, text.replace('Second.', 'Second!'));
    expect(edited.tree).toEqual(parseText(text.replace('Second.', 'Second!')).tree);
    expect(edited.tree.children[1]).toBe(untouched);
  });

  it('re-parses the blocks after an opened fence that runs to the end', () => {
    const text = '# Policy\n\nFirst.\n\nSecond.\n\nThird.\n';
    const edited = text.replace('First.', '```\nFirst.');
    const tree = reparse(parseText(text), edited).tree;
    expect(tree).toEqual(parseText(edited).tree);
    expect(tree.children.map((c) => c.type)).toEqual(['heading', 'code']);
  });
});

describe('incremental re-lint', () => {
  it('gives the findings and coverage of a full lint after every edit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...documents.slice(0, 6)), fc.array(edit, { minLength: 1, maxLength: 4 }), (document, edits) => {
        let text = document;
        let { parsed } = lintDocument(text, {});
        for (const change of edits) {
          text = apply(text, change);
          const incremental = lintDocument(text, {}, parsed);
          parsed = incremental.parsed;
          const full = lint(text, {});
          if (JSON.stringify(incremental.result) !== JSON.stringify(full)) expect(incremental.result).toEqual(full);
        }
      }),
      { seed: 20261122, numRuns: 15 },
    );
  });
});
