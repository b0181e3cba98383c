import { describe, expect, it } from 'vitest';
import { coverageFor, EXTRA_ITEMS, predictCategory } from '../../eval/mapping';
import { ablationsOfKept, addCounts, agreement, delta, metrics, onePerFamily, tally } from '../../eval/score';
import { strictestParameters } from '../../server/src/profiles';
import type { RequirementCoverage } from '../../server/src/types';

describe('tally', () => {
  it('counts missing as the positive class and skips unlabelled or unpredicted decisions', () => {
    const counts = tally([
      { gold: false, pred: false }, // tp
      { gold: false, pred: false }, // tp
      { gold: true, pred: false }, // fp
      { gold: false, pred: true }, // fn
      { gold: true, pred: true }, // tn
      { gold: true, pred: true }, // tn
      { gold: true, pred: true }, // tn
      { gold: null, pred: false }, // not annotated: skipped
      { gold: false, pred: undefined }, // no prediction: skipped
      { gold: undefined, pred: true },
    ]);
    expect(counts).toEqual({ tp: 2, fp: 1, fn: 1, tn: 3 });
  });

  it('adds counts', () => {
    expect(addCounts({ tp: 1, fp: 2, fn: 3, tn: 4 }, { tp: 10, fp: 20, fn: 30, tn: 40 })).toEqual({ tp: 11, fp: 22, fn: 33, tn: 44 });
  });
});

describe('metrics', () => {
  it('computes precision, recall, F1, accuracy, balanced accuracy and false-alarm rate exactly', () => {
    const m = metrics({ tp: 2, fp: 1, fn: 1, tn: 3 });
    expect(m.n).toBe(7);
    expect(m.goldMissing).toBe(3);
    expect(m.precision).toBeCloseTo(2 / 3, 12);
    expect(m.recall).toBeCloseTo(2 / 3, 12);
    expect(m.f1).toBeCloseTo(2 / 3, 12);
    expect(m.accuracy).toBeCloseTo(5 / 7, 12);
    expect(m.balancedAccuracy).toBeCloseTo((2 / 3 + 3 / 4) / 2, 12);
    expect(m.falseAlarmRate).toBeCloseTo(1 / 4, 12);
  });

  it('matches score.py for an asymmetric case', () => {
    const m = metrics({ tp: 4, fp: 1, fn: 0, tn: 53 });
    expect(m.precision).toBe(0.8);
    expect(m.recall).toBe(1);
    expect(m.f1).toBeCloseTo(8 / 9, 12);
    expect(m.balancedAccuracy).toBeCloseTo((1 + 53 / 54) / 2, 12);
    expect(m.falseAlarmRate).toBeCloseTo(1 / 54, 12);
  });

  it('leaves undefined ratios null and follows score.py conventions at the edges', () => {
    // Only gold-missing documents (an ablation split), all caught.
    const onlyPositives = metrics({ tp: 3, fp: 0, fn: 1, tn: 0 });
    expect(onlyPositives.precision).toBe(1);
    expect(onlyPositives.recall).toBe(0.75);
    expect(onlyPositives.f1).toBeCloseTo(6 / 7, 12);
    expect(onlyPositives.falseAlarmRate).toBeNull();
    expect(onlyPositives.balancedAccuracy).toBeCloseTo((0.75 + 1) / 2, 12); // empty class counts as 1.0

    // No alarms at all: precision undefined, so F1 is undefined too.
    const silent = metrics({ tp: 0, fp: 0, fn: 1, tn: 53 });
    expect(silent.precision).toBeNull();
    expect(silent.recall).toBe(0);
    expect(silent.f1).toBeNull();
    expect(silent.balancedAccuracy).toBe(0.5);
    expect(silent.falseAlarmRate).toBe(0);

    // Alarms, none right: F1 is 0 (both ratios defined).
    const wrong = metrics({ tp: 0, fp: 2, fn: 1, tn: 5 });
    expect(wrong.precision).toBe(0);
    expect(wrong.recall).toBe(0);
    expect(wrong.f1).toBe(0);

    // Nothing gold-missing, no alarms: recall undefined, balanced accuracy 1.
    const clean = metrics({ tp: 0, fp: 0, fn: 0, tn: 54 });
    expect(clean.recall).toBeNull();
    expect(clean.f1).toBeNull();
    expect(clean.balancedAccuracy).toBe(1);

    const empty = metrics({ tp: 0, fp: 0, fn: 0, tn: 0 });
    expect(empty.n).toBe(0);
    expect(empty.accuracy).toBeNull();
    expect(empty.balancedAccuracy).toBeNull();
  });

  it('computes deltas only when both sides exist', () => {
    expect(delta(0.75, 0.5)).toBe(0.25);
    expect(delta(null, 0.5)).toBeNull();
    expect(delta(0.5, undefined)).toBeNull();
  });
});

describe('family selection', () => {
  const docs = [
    { id: 'c', family: 'f2' },
    { id: 'a2', family: 'f1' },
    { id: 'b', family: 'f1' },
    { id: 'a10', family: 'f1' },
    { id: 'd', family: 'f3' },
    { id: 'e', family: 'f2' },
  ];

  it('keeps the first document id (sorted as strings, like score.py) of every family', () => {
    expect(onePerFamily(docs).map((d) => d.id)).toEqual(['a10', 'c', 'd']);
  });

  it('keeps the ablations whose base document was kept', () => {
    const kept = new Set(onePerFamily(docs).map((d) => d.id));
    const ablations = [
      { id: 'a10__minus_minors', base: 'a10' },
      { id: 'a2__minus_minors', base: 'a2' },
      { id: 'd__minus_contact', base: 'd' },
      { id: 'orphan' },
    ];
    expect(ablationsOfKept(ablations, kept).map((a) => a.id)).toEqual(['a10__minus_minors', 'd__minus_contact']);
  });
});

describe('agreement', () => {
  it('counts agreement and fills the confusion matrix', () => {
    const a = agreement(
      [
        { gold: 'yes', pred: 'yes' },
        { gold: 'yes', pred: 'no' },
        { gold: 'no', pred: 'no' },
        { gold: 'no', pred: 'no' },
      ],
      ['yes', 'no'],
    );
    expect(a).toEqual({ n: 4, agree: 3, rate: 0.75, confusion: { yes: { yes: 1, no: 1 }, no: { yes: 0, no: 2 } } });
    expect(agreement([]).rate).toBeNull();
  });
});

describe('mapping', () => {
  const cov = (id: string, status: RequirementCoverage['status']): RequirementCoverage => ({ id, status, evidence: [] });

  it('predicts a category from its requirement and skips unimplemented ones', () => {
    expect(predictCategory('minors', [cov('minors-age-and-guardian-consent', 'weak')])).toBe(true);
    expect(predictCategory('minors', [cov('minors-age-and-guardian-consent', 'missing')])).toBe(false);
    expect(predictCategory('contact', [cov('minors-age-and-guardian-consent', 'missing')])).toBeUndefined();
  });

  it('treats user_rights_any as any right-* id, account cancellation or consent withdrawal', () => {
    const coverage = [cov('right-deletion', 'missing'), cov('withdraw-consent', 'present'), cov('purpose-of-processing', 'missing')];
    expect(coverageFor('user_rights_any', coverage).map((c) => c.id)).toEqual(['right-deletion', 'withdraw-consent']);
    expect(predictCategory('user_rights_any', coverage)).toBe(true);
    expect(predictCategory('user_rights_any', [cov('right-access-copy', 'missing')])).toBe(false);
  });

  it('maps the complaint response-time extra label to finding kinds', () => {
    const item = EXTRA_ITEMS.find((i) => i.item === 'complaint_response_within_15_working_days')!;
    const params = strictestParameters(['pipl']);
    const view = (status: RequirementCoverage['status'], kinds: string[]) => ({ status, kinds: new Set(kinds), params });
    expect(item.predict(view('present', []))).toBe('within');
    expect(item.predict(view('weak', ['too-slow']))).toBe('too-slow');
    expect(item.predict(view('weak', ['vague']))).toBe('none');
    expect(item.predict(view('missing', ['missing']))).toBe('none');
    expect([true, false, null].map((v) => item.gold(v, params))).toEqual(['within', 'too-slow', 'none']);
  });

  it('reads an age-18 label whose quote has no age as "no age stated"', () => {
    const item = EXTRA_ITEMS.find((i) => i.item === 'minors_age_threshold')!;
    const params = strictestParameters(['pipl']);
    expect(item.gold(14, params, '不满14周岁的儿童')).toBe('ok');
    expect(item.gold(18, params, '如果您发现存在18岁以下的自然人使用我们的平台')).toBe('other-age');
    expect(item.gold(18, params, '未满十八周岁的未成年人')).toBe('other-age');
    expect(item.gold(18, params, '若您是未成年人，应提前取得您的父母或法定监护人的书面同意。')).toBe('none');
    expect(item.gold(null, params, '')).toBe('none');
  });

  it('counts SDKs mentioned without a name as no SDK list', () => {
    const item = EXTRA_ITEMS.find((i) => i.item === 'third_party_sdk_list')!;
    const params = strictestParameters(['pipl']);
    const view = (status: RequirementCoverage['status'], kinds: string[]) => ({ status, kinds: new Set(kinds), params });
    expect(item.predict(view('present', []))).toBe('yes');
    expect(item.predict(view('weak', ['not-named']))).toBe('no');
    expect(item.predict(view('missing', ['missing']))).toBe('no');
    expect(item.predict(view('not-applicable', []))).toBe('no');
  });
});
