import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderGrammar } from '../../scripts/grammar';
import { ruleDocs, ruleIndex } from '../../scripts/rule-docs';

describe('generated files', () => {
  it.each([...ruleDocs(), ruleIndex(), renderGrammar()].map((page) => [page.path, page.content] as const))('%s is up to date (run `npm run generate`)', (path, content) => {
    expect(readFileSync(path, 'utf8')).toBe(content);
  });
});
