import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine';
import { REQUIREMENTS } from '../../server/src/requirements';

/** Runs every example of every requirement module, with only that requirement switched on. */
describe.each(REQUIREMENTS.map((r) => [r.id, r] as const))('%s', (id, requirement) => {
  const onlyThis = Object.fromEntries(REQUIREMENTS.filter((r) => r.id !== id).map((r) => [r.id, 'off' as const]));

  it('has examples in both languages that fire and that do not fire', () => {
    for (const lang of ['zh', 'en'] as const) {
      const group = requirement.examples.filter((e) => e.lang === lang);
      expect(group.some((e) => e.findings.length > 0)).toBe(true);
      expect(group.some((e) => e.findings.length === 0)).toBe(true);
    }
  });

  it.each(requirement.examples.map((e) => [`${e.lang}: ${e.name}`, e] as const))('%s', (_name, example) => {
    expect(lint(example.markdown).language).toBe(example.lang);
    const result = lint(example.markdown, { rules: onlyThis, profiles: [...(example.profiles ?? ['pipl'])] });
    const coverage = result.coverage.find((c) => c.id === id);
    expect(coverage?.status).toBe(example.status);
    const findings = result.findings.filter((f) => f.ruleId === id).map((f) => ({ kind: f.messageKey.slice(id.length + 1), line: f.range.start.line }));
    expect(findings).toEqual(example.findings);
  });
});

describe('the registry', () => {
  it('lists every requirement once, in catalogue order', async () => {
    const { CATALOGUE_ORDER } = await import('../../server/src/requirements');
    const ids = REQUIREMENTS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(CATALOGUE_ORDER, id).toContain(id);
    expect([...ids].sort((a, b) => CATALOGUE_ORDER.indexOf(a) - CATALOGUE_ORDER.indexOf(b))).toEqual(ids);
  });
});
