import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderGrammar } from '../../scripts/grammar';
import { ruleDocs, ruleIndex } from '../../scripts/rule-docs';
import { renderSchema } from '../../scripts/schema';

describe('generated files', () => {
  it.each([...ruleDocs(), ruleIndex(), renderGrammar(), renderSchema()].map((page) => [page.path, page.content] as const))('%s is up to date (run `npm run generate`)', (path, content) => {
    expect(readFileSync(path, 'utf8')).toBe(content);
  });
});

describe('the extension manifest', () => {
  it('offers exactly the known profiles in the disclose.profiles setting', async () => {
    const { CONFIG_CONTEXT } = await import('../../server/src/engine');
    const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(manifest.contributes.configuration.properties['disclose.profiles'].items.enum).toEqual([...CONFIG_CONTEXT.knownProfiles]);
  });
});
