/**
 * Metrics, pure. "Missing" is the positive class: a missing-disclosure finding is an alarm.
 * The formulas follow ../shared/corpus/score.py exactly so the two can be cross-checked.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Metrics extends Counts {
  n: number;
  /** Gold-missing documents (the positives): tp + fn. */
  goldMissing: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  accuracy: number | null;
  balancedAccuracy: number | null;
  /** fp / gold-present (fp + tn): how often a real, complete disclosure gets a missing alarm. */
  falseAlarmRate: number | null;
}

/** One scored decision. gold/pred: true = disclosed, false = missing; null/undefined = skip. */
export interface Decision {
  gold: boolean | null | undefined;
  pred: boolean | null | undefined;
}

export const ZERO: Counts = Object.freeze({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function tally(decisions: Iterable<Decision>): Counts {
  const c = { ...ZERO };
  for (const { gold, pred } of decisions) {
    if (gold === null || gold === undefined || pred === null || pred === undefined) continue;
    const goldMissing = !gold;
    const predMissing = !pred;
    if (goldMissing && predMissing) c.tp++;
    else if (predMissing) c.fp++;
    else if (goldMissing) c.fn++;
    else c.tn++;
  }
  return c;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, tn: a.tn + b.tn };
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

export function metrics(c: Counts): Metrics {
  const n = c.tp + c.fp + c.fn + c.tn;
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  // score.py: 2PR/(P+R) when both are non-zero; 0 when both are defined but one is 0; else undefined.
  const f1 = precision && recall ? (2 * precision * recall) / (precision + recall) : precision !== null && recall !== null ? 0 : null;
  // score.py: a class with no members counts as perfectly recognised (1.0) in balanced accuracy.
  const tpr = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const tnr = c.tn + c.fp ? c.tn / (c.tn + c.fp) : 1;
  return {
    ...c,
    n,
    goldMissing: c.tp + c.fn,
    precision,
    recall,
    f1,
    accuracy: ratio(c.tp + c.tn, n),
    balancedAccuracy: n ? (tpr + tnr) / 2 : null,
    falseAlarmRate: ratio(c.fp, c.fp + c.tn),
  };
}

// ---------------------------------------------------------------------------------------------
// Family selection: a template family counts once.
// ---------------------------------------------------------------------------------------------

export interface FamilyMember {
  id: string;
  family: string;
}

/** Keeps the first document (by id, sorted as score.py sorts) of every family, in id order. */
export function onePerFamily<T extends FamilyMember>(docs: readonly T[]): T[] {
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Set<string>();
  const kept: T[] = [];
  for (const doc of sorted) {
    if (seen.has(doc.family)) continue;
    seen.add(doc.family);
    kept.push(doc);
  }
  return kept;
}

/** The ablated variants whose base document is among the kept originals. */
export function ablationsOfKept<T extends { base?: string }>(ablations: readonly T[], keptIds: ReadonlySet<string>): T[] {
  return ablations.filter((a) => a.base !== undefined && keptIds.has(a.base));
}

// ---------------------------------------------------------------------------------------------
// Agreement on multi-class items (extra labels).
// ---------------------------------------------------------------------------------------------

export interface Agreement {
  n: number;
  agree: number;
  rate: number | null;
  /** confusion[gold][pred] = count. */
  confusion: Record<string, Record<string, number>>;
}

export function agreement(pairs: Iterable<{ gold: string; pred: string }>, classes: readonly string[] = []): Agreement {
  const confusion: Record<string, Record<string, number>> = {};
  const row = (g: string) => (confusion[g] ??= Object.fromEntries(classes.map((c) => [c, 0])));
  for (const g of classes) row(g);
  let n = 0;
  let agree = 0;
  for (const { gold, pred } of pairs) {
    n++;
    if (gold === pred) agree++;
    const r = row(gold);
    r[pred] = (r[pred] ?? 0) + 1;
  }
  return { n, agree, rate: ratio(agree, n), confusion };
}

/** F1 and false-alarm-rate differences (current - previous); null when either side is undefined. */
export function delta(current: number | null | undefined, previous: number | null | undefined): number | null {
  return current === null || current === undefined || previous === null || previous === undefined ? null : current - previous;
}
