import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleDocs, ruleIndex } from '../../scripts/rule-docs';

describe('docs/rules', () => {
  it.each([...ruleDocs(), ruleIndex()].map((page) => [page.path, page.content] as const))('%s is up to date (run `npm run docs`)', (path, content) => {
    expect(readFileSync(path, 'utf8')).toBe(content);
  });
});
