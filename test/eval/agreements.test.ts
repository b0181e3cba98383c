import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linesOf, loadAgreements, matchFindings, precisionRecall, scoreAgreements } from '../../eval/agreements';
import type { LintResult } from '../../server/src/types';

const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 5 }, startOffset: 0, endOffset: 5 });
const result = (coverage: Array<[string, LintResult['coverage'][number]['status']]>, findings: Array<[string, string, number]>): LintResult => ({
  locale: 'en',
  documentType: 'user-agreement',
  language: 'en',
  profiles: ['pipl'],
  coverage: coverage.map(([id, status]) => ({ id, status, evidence: [] })),
  findings: findings.map(([ruleId, kind, line]) => ({ ruleId, severity: 'warning', range: range(line), messageKey: `${ruleId}.${kind}`, args: {}, message: '', basis: [], docsUrl: '', explanation: '', fixes: [] })),
});

describe('the agreements development set', () => {
  it('locates label texts by line', () => {
    expect(linesOf('a\nbc\nd', 'c\nd')).toEqual({ start: 1, end: 2 });
    expect(linesOf('a', 'z')).toBeNull();
  });

  it('pairs expected and produced findings one to one by rule, kind and line', () => {
    const text = '# T\n\nfirst clause\n\nsecond clause\n';
    const match = matchFindings(
      text,
      [{ id: 'ua-prominence', kind: 'not-emphasised', text: 'first' }, { id: 'ua-prominence', kind: 'not-emphasised', text: 'second' }],
      [{ id: 'ua-prominence', kind: 'not-emphasised', startLine: 2, endLine: 2 }, { id: 'ua-prominence', kind: 'over-emphasised', startLine: 4, endLine: 4 }],
    );
    expect(match.matched).toHaveLength(1);
    expect(match.missed.map((m) => m.text)).toEqual(['second']);
    expect(match.extra.map((e) => e.kind)).toEqual(['over-emphasised']);
    expect(precisionRecall(1, 1, 1)).toEqual({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
  });

  it('scores missing alarms, statuses and findings', () => {
    const doc = { id: 'd', path: '', language: 'en' as const, status: { 'ua-a': 'missing' as const, 'ua-b': 'present' as const }, findings: [{ id: 'ua-b', kind: 'k', text: 'x' }] };
    const report = scoreAgreements([{ doc, text: '# T\n\nx\n', result: result([['ua-a', 'missing'], ['ua-b', 'weak']], [['ua-b', 'k', 2], ['ua-a', 'missing', 0]]) }], ['ua-a', 'ua-b']);
    expect(report.requirements['ua-a']!.missing).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(report.requirements['ua-b']!.status.agree).toBe(0);
    expect(report.findings).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('has labels that name known documents and texts that are in them', () => {
    const set = loadAgreements('eval/agreements');
    expect(set.documents.length).toBeGreaterThanOrEqual(12);
    for (const doc of set.documents) {
      const text = readFileSync(doc.path, 'utf8');
      expect(Object.keys(doc.status).sort(), doc.id).toEqual([...set.ids].sort());
      for (const f of doc.findings) expect(linesOf(text, f.text), `${doc.id}: ${f.text}`).not.toBeNull();
    }
  });
});
