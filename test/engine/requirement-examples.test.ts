import { describe, expect, it } from 'vitest';
import { lint } from '../../server/src/engine';
import { REQUIREMENTS } from '../../server/src/requirements';

/** Runs every example of every requirement module, with only that requirement switched on. */
describe.each(REQUIREMENTS.map((r) => [r.id, r] as const))('%s', (id, requirement) => {
  const onlyThis = Object.fromEntries(REQUIREMENTS.filter((r) => r.id !== id).map((r) => [r.id, 'off' as const]));

  it('has examples in both languages that fire and that do not fire', () => {
    const hasChinese = (text: string) => /[\u4e00-\u9fff]{4}/.test(text.split('\n').slice(1).join('\n'));
    const zh = requirement.examples.filter((e) => hasChinese(e.markdown));
    const en = requirement.examples.filter((e) => !hasChinese(e.markdown));
    for (const group of [zh, en]) {
      expect(group.some((e) => e.findings.length > 0)).toBe(true);
      expect(group.some((e) => e.findings.length === 0)).toBe(true);
    }
  });

  it.each(requirement.examples.map((e) => [e.name, e] as const))('%s', (_name, example) => {
    const result = lint(example.markdown, { rules: onlyThis });
    const coverage = result.coverage.find((c) => c.id === id);
    expect(coverage?.status).toBe(example.status);
    const findings = result.findings.filter((f) => f.ruleId === id).map((f) => ({ kind: f.messageKey.slice(id.length + 1), line: f.range.start.line }));
    expect(findings).toEqual(example.findings);
  });
});
