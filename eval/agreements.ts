/**
 * The user-agreement development set (eval/agreements/): agreements written for this project with
 * labels.json giving, per document, the expected coverage status of each requirement and every
 * expected finding of the ua-* requirements (besides `missing`), located by a text on its line.
 *
 * Scores, per requirement: missing alarms (precision and recall, `missing` as the positive class, as
 * eval/score.ts counts them), agreement of the four-way status, and precision and recall of the
 * findings (id, kind and line must match).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoverageStatus, LintResult } from '../server/src/types';
import { agreement, type Agreement, type Counts, metrics, type Metrics, tally, ZERO, addCounts } from './score';

export interface ExpectedFinding {
  id: string;
  kind: string;
  /** A text on the line (or lines) the finding must cover; the first occurrence counts. */
  text: string;
}

export interface AgreementDocument {
  id: string;
  path: string;
  language: 'zh' | 'en';
  status: Record<string, CoverageStatus>;
  findings: ExpectedFinding[];
  notes?: string;
}

export interface AgreementSet {
  dir: string;
  ids: string[];
  documents: AgreementDocument[];
}

interface LabelsFile {
  ids: string[];
  documents: Record<string, { file: string; language: 'zh' | 'en'; status: Record<string, CoverageStatus>; findings?: ExpectedFinding[]; notes?: string }>;
}

export function loadAgreements(dir: string): AgreementSet {
  const file = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as LabelsFile;
  const documents = Object.entries(file.documents)
    .map(([id, d]) => ({ id, path: join(dir, d.file), language: d.language, status: d.status, findings: d.findings ?? [], ...(d.notes ? { notes: d.notes } : {}) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { dir, ids: file.ids, documents };
}

/** A finding reduced to what is scored: its rule, kind and lines. */
export interface ProducedFinding {
  id: string;
  kind: string;
  startLine: number;
  endLine: number;
}

/** The findings of a lint result, `missing` excluded, for the given rules. */
export function producedFindings(result: LintResult, ids: ReadonlySet<string>): ProducedFinding[] {
  return result.findings
    .filter((f) => ids.has(f.ruleId))
    .map((f) => ({ id: f.ruleId, kind: f.messageKey.slice(f.ruleId.length + 1), startLine: f.range.start.line, endLine: f.range.end.line }))
    .filter((f) => f.kind !== 'missing');
}

/** The 0-based lines a text spans at its first occurrence, or null when it is not in the document. */
export function linesOf(text: string, needle: string): { start: number; end: number } | null {
  const at = text.indexOf(needle);
  if (at < 0) return null;
  const line = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  return { start: line(at), end: line(at + needle.length) };
}

export interface FindingMatch {
  matched: Array<{ expected: ExpectedFinding; produced: ProducedFinding }>;
  /** Expected but not produced. */
  missed: ExpectedFinding[];
  /** Produced but not expected. */
  extra: ProducedFinding[];
}

/** Pairs expected and produced findings one to one: same rule, same kind, overlapping lines. */
export function matchFindings(text: string, expected: readonly ExpectedFinding[], produced: readonly ProducedFinding[]): FindingMatch {
  const free = [...produced];
  const matched: FindingMatch['matched'] = [];
  const missed: ExpectedFinding[] = [];
  for (const e of expected) {
    const lines = linesOf(text, e.text);
    if (!lines) throw new Error(`label text not found: ${e.id} ${e.kind} “${e.text}”`);
    const i = free.findIndex((p) => p.id === e.id && p.kind === e.kind && p.startLine <= lines.end && lines.start <= p.endLine);
    if (i < 0) missed.push(e);
    else matched.push({ expected: e, produced: free.splice(i, 1)[0]! });
  }
  return { matched, missed, extra: free };
}

export interface PrecisionRecall {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
}

export function precisionRecall(tp: number, fp: number, fn: number): PrecisionRecall {
  return { tp, fp, fn, precision: tp + fp === 0 ? null : tp / (tp + fp), recall: tp + fn === 0 ? null : tp / (tp + fn) };
}

export interface DocumentOutcome {
  doc: AgreementDocument;
  text: string;
  result: LintResult;
}

export interface RequirementScore {
  missing: Metrics;
  status: Agreement;
  findings: PrecisionRecall;
}

export interface AgreementReport {
  documents: number;
  requirements: Record<string, RequirementScore>;
  /** Findings per rule and kind ("ua-unfair-standard-terms:final-interpretation"). */
  kinds: Record<string, PrecisionRecall>;
  /** All ua-* findings pooled. */
  findings: PrecisionRecall;
  /** Missing alarms of all requirements pooled. */
  missing: Metrics;
  errors: Array<{ doc: string; what: string }>;
}

const STATUSES: readonly CoverageStatus[] = ['present', 'weak', 'missing', 'not-applicable'];

/** Scores lint results against the labels. Findings are scored for the rules whose id starts with `ua-`. */
export function scoreAgreements(outcomes: readonly DocumentOutcome[], ids: readonly string[]): AgreementReport {
  const findingIds = new Set(ids.filter((id) => id.startsWith('ua-')));
  const requirements: Record<string, RequirementScore> = {};
  const kinds: Record<string, { tp: number; fp: number; fn: number }> = {};
  const errors: AgreementReport['errors'] = [];
  const bump = (key: string, field: 'tp' | 'fp' | 'fn') => ((kinds[key] ??= { tp: 0, fp: 0, fn: 0 })[field] += 1);
  const perId = new Map<string, { tp: number; fp: number; fn: number }>(ids.map((id) => [id, { tp: 0, fp: 0, fn: 0 }]));
  let missingCounts: Counts = { ...ZERO };

  for (const id of ids) {
    const decisions = outcomes.map((o) => {
      const gold = o.doc.status[id];
      const pred = o.result.coverage.find((c) => c.id === id)?.status;
      if (gold && pred && gold !== pred) errors.push({ doc: o.doc.id, what: `${id}: expected ${gold}, got ${pred}` });
      return { gold, pred };
    });
    const counts = tally(decisions.map(({ gold, pred }) => ({ gold: gold === undefined ? undefined : gold !== 'missing', pred: pred === undefined ? undefined : pred !== 'missing' })));
    missingCounts = addCounts(missingCounts, counts);
    const pairs = decisions.filter((d): d is { gold: CoverageStatus; pred: CoverageStatus } => d.gold !== undefined && d.pred !== undefined);
    requirements[id] = { missing: metrics(counts), status: agreement(pairs, STATUSES), findings: precisionRecall(0, 0, 0) };
  }

  for (const o of outcomes) {
    const match = matchFindings(o.text, o.doc.findings, producedFindings(o.result, findingIds));
    for (const { expected } of match.matched) {
      perId.get(expected.id)!.tp++;
      bump(`${expected.id}:${expected.kind}`, 'tp');
    }
    for (const e of match.missed) {
      perId.get(e.id)!.fn++;
      bump(`${e.id}:${e.kind}`, 'fn');
      errors.push({ doc: o.doc.id, what: `missed ${e.id}.${e.kind} at “${e.text}”` });
    }
    for (const p of match.extra) {
      perId.get(p.id)!.fp++;
      bump(`${p.id}:${p.kind}`, 'fp');
      const line = o.text.split('\n')[p.startLine] ?? '';
      errors.push({ doc: o.doc.id, what: `unexpected ${p.id}.${p.kind} at line ${p.startLine + 1}: ${line.slice(0, 70)}` });
    }
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [id, c] of perId) {
    requirements[id]!.findings = precisionRecall(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return {
    documents: outcomes.length,
    requirements,
    kinds: Object.fromEntries(Object.entries(kinds).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, c]) => [k, precisionRecall(c.tp, c.fp, c.fn)])),
    findings: precisionRecall(tp, fp, fn),
    missing: metrics(missingCounts),
    errors,
  };
}

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '  -  ' : x.toFixed(3));
const pad = (s: string | number, w: number) => String(s).padStart(w);

export function printAgreementReport(report: AgreementReport): void {
  console.log(`\n=== agreements (eval/agreements) — ${report.documents} documents, profile pipl, document type detected from the title`);
  console.log(`\n  ${'requirement'.padEnd(34)}${pad('miss', 5)}${pad('tp', 4)}${pad('fp', 4)}${pad('fn', 4)}${pad('P', 7)}${pad('R', 7)}${pad('status', 8)}   findings${pad('tp', 4)}${pad('fp', 4)}${pad('fn', 4)}${pad('P', 7)}${pad('R', 7)}`);
  for (const [id, r] of Object.entries(report.requirements)) {
    const m = r.missing;
    const f = r.findings;
    const hasFindings = f.tp + f.fp + f.fn > 0;
    console.log(
      `  ${id.padEnd(34)}${pad(m.goldMissing, 5)}${pad(m.tp, 4)}${pad(m.fp, 4)}${pad(m.fn, 4)}${pad(fmt(m.precision), 7)}${pad(fmt(m.recall), 7)}${pad(fmt(r.status.rate), 8)}` +
        (hasFindings ? `           ${pad(f.tp, 4)}${pad(f.fp, 4)}${pad(f.fn, 4)}${pad(fmt(f.precision), 7)}${pad(fmt(f.recall), 7)}` : ''),
    );
  }
  console.log(`\n  findings by kind${' '.repeat(46)}${pad('tp', 4)}${pad('fp', 4)}${pad('fn', 4)}${pad('P', 7)}${pad('R', 7)}`);
  for (const [kind, f] of Object.entries(report.kinds)) console.log(`  ${kind.padEnd(62)}${pad(f.tp, 4)}${pad(f.fp, 4)}${pad(f.fn, 4)}${pad(fmt(f.precision), 7)}${pad(fmt(f.recall), 7)}`);
  const m = report.missing;
  const f = report.findings;
  console.log(`\n  pooled missing alarms: P ${fmt(m.precision)} R ${fmt(m.recall)} (tp ${m.tp}, fp ${m.fp}, fn ${m.fn}); pooled ua-* findings: P ${fmt(f.precision)} R ${fmt(f.recall)} (tp ${f.tp}, fp ${f.fp}, fn ${f.fn})`);
  if (report.errors.length > 0) {
    console.log(`\n  disagreements with the labels:`);
    for (const e of report.errors) console.log(`    ${e.doc}: ${e.what}`);
  }
}
