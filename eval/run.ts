/**
 * `npm run eval`: lints every annotated real policy in ../shared/corpus and scores the engine's
 * coverage against the human labels (missing = positive class). See eval/mapping.ts for how
 * categories and extra-label items map to requirement ids, eval/score.ts for the metrics.
 *
 * Options:
 *   --corpus NAME      only this corpus (folder name or prefix; repeatable); `agreements` is the
 *                      user-agreement development set in eval/agreements (see eval/agreements.ts)
 *   --profile ID       profile for every corpus (default: per corpus, see CORPUS_PROFILES)
 *   --document-type T  force the document type (default auto-detection, as the editor does)
 *   --json PATH        summary JSON (default eval/results/summary.json)
 *   --compare PATH     per-category deltas of F1 and false-alarm rate against an earlier summary
 *   --all-docs         score every document (default: one document per template family)
 *   --preds-out DIR    write score.py-compatible predictions per corpus
 *   --errors CATEGORY  list false alarms and misses of a category (repeatable)
 *   --corpus-root DIR  corpus location (default ../shared/corpus or $DISCLOSE_CORPUS)
 *   --jobs N           lint in N worker threads (default: one per CPU core; 1 = in this thread)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lint } from '../server/src/engine';
import { type EvalLint, lintAll, serveEvalTasks } from './workers';
import { isKnownProfile, strictestParameters } from '../server/src/profiles';
import type { DocumentType, LintResult, Range, RequirementCoverage } from '../server/src/types';
import { type AgreementReport, loadAgreements, printAgreementReport, scoreAgreements } from './agreements';
import { type Corpus, type CorpusDocument, defaultCorpusRoot, goldEvidence, listCorpora, loadCorpus, readText } from './corpus';
import {
  CATEGORY_REQUIREMENTS,
  CORPUS_PROFILES,
  engineView,
  EXTRA_ITEMS,
  FEW_POSITIVES,
  LANGUAGE_PROFILES,
  coverageFor,
  predictCategory,
  UNRELIABLE_ABLATIONS,
} from './mapping';
import { ablationsOfKept, addCounts, agreement, type Agreement, type Counts, delta, type Metrics, metrics, onePerFamily, tally } from './score';

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------

interface Options {
  corpora: string[];
  profile?: string;
  documentType: DocumentType | 'auto';
  json: string;
  compare?: string;
  allDocs: boolean;
  predsOut?: string;
  errors: string[];
  corpusRoot: string;
  jobs: number;
}

const REPO_ROOT = resolve(typeof __dirname === 'string' ? join(__dirname, '..', '..') : process.cwd());

function usage(message?: string): never {
  if (message) console.error(`eval: ${message}`);
  console.error(
    'usage: npm run eval -- [--corpus NAME]... [--profile ID] [--document-type auto|privacy-policy|children-policy|user-agreement]\n' +
      '                       [--json PATH] [--compare PATH] [--all-docs] [--preds-out DIR] [--errors CATEGORY]... [--corpus-root DIR] [--jobs N]',
  );
  process.exit(message ? 2 : 0);
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    corpora: [],
    documentType: 'auto',
    json: join(REPO_ROOT, 'eval', 'results', 'summary.json'),
    allDocs: false,
    errors: [],
    corpusRoot: defaultCorpusRoot(REPO_ROOT),
    jobs: availableParallelism(),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') usage(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--corpus': options.corpora.push(value()); break;
      case '--profile': options.profile = value(); break;
      case '--document-type': {
        const t = value();
        if (!['auto', 'privacy-policy', 'children-policy', 'user-agreement'].includes(t)) usage(`unknown document type ${t}`);
        options.documentType = t as Options['documentType'];
        break;
      }
      case '--json': options.json = resolve(value()); break;
      case '--compare': options.compare = resolve(value()); break;
      case '--all-docs': options.allDocs = true; break;
      case '--preds-out': options.predsOut = resolve(value()); break;
      case '--errors': options.errors.push(value()); break;
      case '--corpus-root': options.corpusRoot = resolve(value()); break;
      case '--jobs': {
        const jobs = Number(value());
        if (!Number.isInteger(jobs) || jobs < 1) usage('--jobs needs a whole number of at least 1');
        options.jobs = jobs;
        break;
      }
      case '--help': case '-h': usage(); break;
      default: usage(`unknown argument ${arg}`);
    }
  }
  if (options.profile !== undefined && !isKnownProfile(options.profile)) usage(`unknown profile ${options.profile}`);
  for (const category of options.errors) if (!(category in CATEGORY_REQUIREMENTS)) usage(`unknown category ${category} (one of ${Object.keys(CATEGORY_REQUIREMENTS).join(', ')})`);
  return options;
}

// ---------------------------------------------------------------------------------------------
// Linting
// ---------------------------------------------------------------------------------------------

type Split = 'originals' | 'ablations' | 'both';
const SPLITS: readonly Split[] = ['originals', 'ablations', 'both'];

interface DocOutcome {
  doc: CorpusDocument;
  ablation: boolean;
  /** Set when the engine threw. */
  error?: string;
  result?: LintResult;
  /** category -> prediction (true = disclosed); only categories with a prediction. */
  predictions: Record<string, boolean>;
  ms: number;
  chars: number;
}

function choosePreferredProfile(corpus: Corpus, override: string | undefined): { profile: string; note: string } {
  if (override) return { profile: override, note: 'from --profile' };
  const wanted = CORPUS_PROFILES.find(([prefix]) => corpus.name.startsWith(prefix))?.[1] ?? LANGUAGE_PROFILES[corpus.language] ?? ['pipl'];
  const profile = wanted.find(isKnownProfile) ?? 'pipl';
  const note = profile === wanted[0] ? 'preferred' : `fallback: ${wanted.filter((p) => !isKnownProfile(p)).join(', ')} not implemented yet`;
  return { profile, note };
}

/** The outcome of one document: its lint and the category predictions read from it. */
function outcomeOf(doc: CorpusDocument, ablation: boolean, lint: EvalLint): DocOutcome {
  const predictions: Record<string, boolean> = {};
  for (const category of Object.keys(CATEGORY_REQUIREMENTS)) {
    const p = lint.result ? predictCategory(category, lint.result.coverage) : undefined;
    if (p !== undefined) predictions[category] = p;
  }
  return { doc, ablation, ...lint, predictions };
}

// ---------------------------------------------------------------------------------------------
// Scoring one corpus
// ---------------------------------------------------------------------------------------------

interface CategoryReport {
  requirementIds: string[];
  unreliableAblation: boolean;
  splits: Partial<Record<Split, Metrics & { fewPositives: boolean }>>;
}

interface ExtraItemReport {
  requirementId: string;
  implemented: boolean;
  agreement?: Agreement;
  disagreements?: Array<{ doc: string; gold: string; pred: string; goldValue: unknown; evidence?: string }>;
}

interface CorpusReport {
  name: string;
  language: string;
  profile: string;
  profileNote: string;
  documentType: Options['documentType'];
  documents: { originals: number; families: number; ablations: number; scoredOriginals: number; scoredAblations: number };
  detectedDocumentTypes: Record<string, number>;
  /** Documents (originals and ablations) whose detected language differs from the corpus language. */
  languageMismatches: Array<{ doc: string; detected: string }>;
  /** The slowest documents to lint, with their size. */
  slowest: Array<{ doc: string; ms: number; chars: number }>;
  engineErrors: Array<{ doc: string; error: string }>;
  lintSeconds: number;
  /** Categories the corpus labels but the engine has no prediction for. */
  notImplemented: string[];
  /** Categories the corpus never labels (null everywhere). */
  notLabelled: string[];
  categories: Record<string, CategoryReport>;
  extraLabels?: { documents: number; scoredDocuments: number; items: Record<string, ExtraItemReport> };
}

/**
 * Decisions for a category: originals score every labelled category; an ablated variant scores only
 * what the ablation removed (the ablated category and any category that went with it), because its
 * other labels are copies of the base document's.
 */
function decisionsFor(category: string, outcomes: readonly DocOutcome[], split: 'originals' | 'ablations') {
  return outcomes
    .filter((o) => o.ablation === (split === 'ablations') && (split === 'originals' || (o.doc.removed ?? []).includes(category)))
    .map((o) => ({ gold: o.doc.labels[category], pred: o.predictions[category], outcome: o }));
}

function scoreCorpus(corpus: Corpus, all: readonly DocOutcome[], scored: readonly DocOutcome[], meta: Pick<CorpusReport, 'profile' | 'profileNote' | 'documentType' | 'lintSeconds'>): CorpusReport {
  const detectedDocumentTypes: Record<string, number> = {};
  for (const o of scored.filter((x) => !x.ablation)) if (o.result) detectedDocumentTypes[o.result.documentType] = (detectedDocumentTypes[o.result.documentType] ?? 0) + 1;

  const categories: Record<string, CategoryReport> = {};
  const notImplemented: string[] = [];
  const notLabelled: string[] = [];
  for (const category of corpus.categories) {
    const labelled = [...corpus.originals, ...corpus.ablations].some((d) => d.labels[category] !== null && d.labels[category] !== undefined);
    if (!labelled) {
      notLabelled.push(category);
      continue;
    }
    const originals = tally(decisionsFor(category, scored, 'originals'));
    const ablations = tally(decisionsFor(category, scored, 'ablations'));
    const both = addCounts(originals, ablations);
    if (sum(both) === 0) {
      notImplemented.push(category);
      continue;
    }
    const splits: CategoryReport['splits'] = {};
    const withFlag = (c: Counts) => {
      const m = metrics(c);
      return { ...m, fewPositives: m.goldMissing < FEW_POSITIVES };
    };
    splits.originals = withFlag(originals);
    if (sum(ablations) > 0) {
      splits.ablations = withFlag(ablations);
      splits.both = withFlag(both);
    }
    categories[category] = { requirementIds: [...(CATEGORY_REQUIREMENTS[category] ?? [])], unreliableAblation: UNRELIABLE_ABLATIONS.has(category), splits };
  }

  const report: CorpusReport = {
    name: corpus.name,
    language: corpus.language,
    ...meta,
    documents: {
      originals: corpus.originals.length,
      families: new Set(corpus.originals.map((d) => d.family)).size,
      ablations: corpus.ablations.length,
      scoredOriginals: scored.filter((o) => !o.ablation).length,
      scoredAblations: scored.filter((o) => o.ablation).length,
    },
    detectedDocumentTypes,
    languageMismatches: all.filter((o) => o.result && o.result.language !== corpus.language).map((o) => ({ doc: o.doc.id, detected: o.result!.language })),
    slowest: [...all]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map((o) => ({ doc: o.doc.id, ms: Math.round(o.ms), chars: o.chars })),
    engineErrors: all.filter((o) => o.error).map((o) => ({ doc: o.doc.id, error: o.error!.split('\n').slice(0, 3).join(' | ') })),
    notImplemented,
    notLabelled,
    categories,
  };
  if (corpus.extraLabels.size > 0) report.extraLabels = scoreExtraLabels(corpus, scored, meta.profile);
  return report;
}

function scoreExtraLabels(corpus: Corpus, scored: readonly DocOutcome[], profile: string): NonNullable<CorpusReport['extraLabels']> {
  const params = strictestParameters([profile]);
  const outcomes = scored.filter((o) => !o.ablation && o.result && corpus.extraLabels.has(o.doc.id));
  const items: Record<string, ExtraItemReport> = {};
  for (const item of EXTRA_ITEMS) {
    const pairs: Array<{ gold: string; pred: string; doc: string; goldValue: unknown }> = [];
    let implemented = false;
    for (const o of outcomes) {
      const view = engineView(o.result!, item.requirementId, params);
      if (!view) continue;
      implemented = true;
      const extra = corpus.extraLabels.get(o.doc.id)!;
      const goldValue = extra.labels[item.item];
      const gold = item.gold(goldValue, params, extra.evidence?.[item.item] || undefined);
      if (gold === undefined) continue;
      pairs.push({ gold, pred: item.predict(view), doc: o.doc.id, goldValue });
    }
    if (!implemented) {
      items[item.item] = { requirementId: item.requirementId, implemented: false };
      continue;
    }
    items[item.item] = {
      requirementId: item.requirementId,
      implemented: true,
      agreement: agreement(pairs, item.classes),
      disagreements: pairs
        .filter((p) => p.gold !== p.pred)
        .map((p) => ({ ...p, evidence: corpus.extraLabels.get(p.doc)!.evidence?.[item.item] || undefined })),
    };
  }
  return { documents: corpus.extraLabels.size, scoredDocuments: outcomes.length, items };
}

const sum = (c: Counts) => c.tp + c.fp + c.fn + c.tn;

// ---------------------------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------------------------

const fmt = (x: number | null | undefined, digits = 3) => (x === null || x === undefined ? '  -  ' : x.toFixed(digits));
const pad = (s: string | number, w: number) => String(s).padStart(w);

function printCorpus(report: CorpusReport, allDocs: boolean) {
  const d = report.documents;
  console.log(`\n=== ${report.name} (${report.language}) — profile ${report.profile} (${report.profileNote}), document type ${report.documentType}`);
  console.log(
    `    originals ${d.originals} in ${d.families} families -> ${d.scoredOriginals} scored${allDocs ? ' (--all-docs)' : ' (one per family)'}; ` +
      `ablations ${d.ablations} -> ${d.scoredAblations} scored${allDocs ? '' : ' (base document kept)'}; lint ${report.lintSeconds.toFixed(2)} s`,
  );
  console.log(`    detected document types: ${Object.entries(report.detectedDocumentTypes).map(([k, v]) => `${k} ${v}`).join(', ') || '-'}`);
  console.log(`    slowest: ${report.slowest.map((x) => `${x.doc} ${x.ms} ms (${x.chars} chars)`).join(', ')}`);
  if (report.languageMismatches.length) console.log(`    LANGUAGE detected differently from the corpus (${report.language}): ${report.languageMismatches.map((x) => `${x.doc} -> ${x.detected}`).join(', ')}`);
  if (report.engineErrors.length) for (const e of report.engineErrors) console.log(`    ENGINE ERROR ${e.doc}: ${e.error}`);

  for (const split of SPLITS) {
    const rows = Object.entries(report.categories).filter(([, c]) => c.splits[split]);
    if (rows.length === 0) continue;
    const title = split === 'originals' ? 'originals (every labelled category)' : split === 'ablations' ? 'ablations (the categories each variant lost)' : 'both';
    console.log(`\n  ${title}`);
    console.log(
      `  ${'category'.padEnd(28)}${pad('n', 5)}${pad('miss', 6)}${pad('tp', 5)}${pad('fp', 5)}${pad('fn', 5)}${pad('tn', 5)}${pad('P', 8)}${pad('R', 7)}${pad('F1', 7)}${pad('bacc', 7)}` +
        (split === 'originals' ? pad('FAR', 7) : ''),
    );
    for (const [category, c] of rows) {
      const m = c.splits[split]!;
      const marks = (m.fewPositives ? '*' : '') + (c.unreliableAblation && split !== 'originals' ? '†' : '');
      console.log(
        `  ${(category + (marks ? ' ' + marks : '')).padEnd(28)}${pad(m.n, 5)}${pad(m.goldMissing, 6)}${pad(m.tp, 5)}${pad(m.fp, 5)}${pad(m.fn, 5)}${pad(m.tn, 5)}` +
          `${pad(fmt(m.precision), 8)}${pad(fmt(m.recall), 7)}${pad(fmt(m.f1), 7)}${pad(fmt(m.balancedAccuracy), 7)}` +
          (split === 'originals' ? pad(fmt(m.falseAlarmRate), 7) : ''),
      );
    }
  }
  console.log(`\n  * fewer than ${FEW_POSITIVES} gold-missing documents in the split   † unreliable ablation category (judge on originals)   FAR = fp / gold-present`);
  if (report.notImplemented.length) console.log(`  no prediction yet (requirement not implemented or not applicable): ${report.notImplemented.join(', ')}`);
  if (report.notLabelled.length) console.log(`  not labelled by this corpus: ${report.notLabelled.join(', ')}`);

  if (report.extraLabels) {
    const x = report.extraLabels;
    console.log(`\n  extra labels: ${x.documents} documents labelled, ${x.scoredDocuments} scored`);
    console.log(`  ${'item'.padEnd(44)}${'requirement'.padEnd(36)}${pad('n', 4)}${pad('agree', 7)}${pad('rate', 7)}  gold>pred counts`);
    for (const [name, item] of Object.entries(x.items)) {
      if (!item.implemented || !item.agreement) {
        console.log(`  ${name.padEnd(44)}${item.requirementId.padEnd(36)}  not implemented`);
        continue;
      }
      const a = item.agreement;
      const cells = Object.entries(a.confusion).flatMap(([g, row]) => Object.entries(row).filter(([, n]) => n > 0).map(([p, n]) => `${g}>${p} ${n}`));
      console.log(`  ${name.padEnd(44)}${item.requirementId.padEnd(36)}${pad(a.n, 4)}${pad(a.agree, 7)}${pad(fmt(a.rate), 7)}  ${cells.join(', ')}`);
    }
  }
}

function snippet(text: string, range: Range, max = 160): string {
  const s = text.slice(range.startOffset, range.endOffset).replace(/\s+/g, ' ').trim();
  return `L${range.start.line + 1}: ${s.length > max ? s.slice(0, max) + '…' : s}`;
}

function printErrors(category: string, corpus: Corpus, scored: readonly DocOutcome[]) {
  const originals = decisionsFor(category, scored, 'originals');
  const ablations = decisionsFor(category, scored, 'ablations');
  if (![...originals, ...ablations].some((x) => x.gold !== null && x.gold !== undefined && x.pred !== undefined)) {
    console.log(`\n--- errors for ${category} in ${corpus.name}: no scored decisions`);
    return;
  }
  const falseAlarms = originals.filter((x) => x.gold === true && x.pred === false);
  const misses = [...originals, ...ablations].filter((x) => x.gold === false && x.pred === true);
  console.log(`\n--- errors for ${category} in ${corpus.name} (${(CATEGORY_REQUIREMENTS[category] ?? []).join(', ')}): ${falseAlarms.length} false alarms, ${misses.length} misses`);
  for (const { outcome } of falseAlarms) {
    const gold = goldEvidence(corpus, outcome.doc.id, category);
    console.log(`  FALSE ALARM ${outcome.doc.id} [${outcome.doc.family}] ${relative(process.cwd(), outcome.doc.path)}`);
    for (const g of gold.slice(0, 3)) console.log(`      gold: ${g.replace(/\s+/g, ' ').slice(0, 160)}`);
    if (gold.length > 3) console.log(`      (+${gold.length - 3} more annotated passages)`);
  }
  for (const { outcome } of misses) {
    const text = readText(outcome.doc);
    const entries: RequirementCoverage[] = coverageFor(category, outcome.result!.coverage);
    console.log(`  MISS ${outcome.doc.id}${outcome.ablation ? ` (ablation of ${outcome.doc.base}, lost: ${(outcome.doc.removed ?? []).join(', ')})` : ''} ${relative(process.cwd(), outcome.doc.path)}`);
    for (const c of entries) {
      const kinds = outcome.result!.findings.filter((f) => f.ruleId === c.id).map((f) => f.messageKey.slice(c.id.length + 1));
      console.log(`      ${c.id}: ${c.status}${kinds.length ? ` (findings: ${kinds.join(', ')})` : ''}, ${c.evidence.length} evidence span(s)`);
      for (const r of c.evidence.slice(0, 4)) console.log(`        ${snippet(text, r)}`);
      if (c.evidence.length > 4) console.log(`        (+${c.evidence.length - 4} more)`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Comparison with an earlier summary
// ---------------------------------------------------------------------------------------------

interface Summary {
  generatedAt: string;
  timing: { wallSeconds: number; cpuSeconds: number; lintSeconds: number; documents: number; documentsPerSecond: number };
  corpora: Record<string, CorpusReport>;
  agreements?: AgreementReport;
}

// ---------------------------------------------------------------------------------------------
// The user-agreement development set (eval/agreements)
// ---------------------------------------------------------------------------------------------

const AGREEMENTS = 'agreements';

function runAgreements(options: Options): { report: AgreementReport; ms: number } {
  const set = loadAgreements(join(REPO_ROOT, 'eval', AGREEMENTS));
  const profile = options.profile ?? 'pipl';
  const start = performance.now();
  const outcomes = set.documents.map((doc) => {
    const text = readFileSync(doc.path, 'utf8');
    return { doc, text, result: lint(text, { profiles: [profile], documentType: options.documentType }) };
  });
  const ms = performance.now() - start;
  const report = scoreAgreements(outcomes, set.ids);
  printAgreementReport(report);
  return { report, ms };
}

function printCompare(current: Summary, path: string) {
  let previous: Summary;
  try {
    previous = JSON.parse(readFileSync(path, 'utf8')) as Summary;
  } catch (error) {
    console.log(`\n--compare: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  console.log(`\n=== compared with ${relative(process.cwd(), path)} (${previous.generatedAt ?? '?'})`);
  const signed = (x: number | null) => (x === null ? '    -  ' : (x >= 0 ? '+' : '') + x.toFixed(3));
  for (const [name, report] of Object.entries(current.corpora)) {
    const before = previous.corpora?.[name];
    if (!before) {
      console.log(`  ${name}: not in the earlier summary`);
      continue;
    }
    console.log(`\n  ${name}`);
    console.log(`  ${'category'.padEnd(28)}${'split'.padEnd(11)}${pad('F1 was', 8)}${pad('now', 7)}${pad('ΔF1', 8)}${pad('FAR was', 9)}${pad('now', 7)}${pad('ΔFAR', 8)}`);
    const names = new Set([...Object.keys(report.categories), ...Object.keys(before.categories ?? {})]);
    for (const category of names) {
      for (const split of SPLITS) {
        const now = report.categories[category]?.splits[split];
        const was = before.categories?.[category]?.splits?.[split];
        if (!now && !was) continue;
        const far = split === 'originals';
        console.log(
          `  ${category.padEnd(28)}${split.padEnd(11)}${pad(fmt(was?.f1), 8)}${pad(fmt(now?.f1), 7)}${pad(signed(delta(now?.f1, was?.f1)), 8)}` +
            (far ? `${pad(fmt(was?.falseAlarmRate), 9)}${pad(fmt(now?.falseAlarmRate), 7)}${pad(signed(delta(now?.falseAlarmRate, was?.falseAlarmRate)), 8)}` : ''),
        );
      }
    }
    const beforeItems = before.extraLabels?.items ?? {};
    for (const [item, x] of Object.entries(report.extraLabels?.items ?? {})) {
      const was = beforeItems[item]?.agreement?.rate;
      const now = x.agreement?.rate;
      if (was === undefined && now === undefined) continue;
      console.log(`  extra ${item.padEnd(44)} agreement ${fmt(was)} -> ${fmt(now)} (${signed(delta(now, was))})`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// score.py-compatible predictions
// ---------------------------------------------------------------------------------------------

function writePredictions(dir: string, corpus: Corpus, all: readonly DocOutcome[], keptAblations: ReadonlySet<string>) {
  mkdirSync(dir, { recursive: true });
  const originals = Object.fromEntries(all.filter((o) => !o.ablation && !o.error).map((o) => [o.doc.id, o.predictions]));
  const ablationPreds = (filter: (o: DocOutcome) => boolean) =>
    Object.fromEntries(
      all
        .filter((o) => o.ablation && !o.error && filter(o))
        .map((o) => [o.doc.id, Object.fromEntries((o.doc.removed ?? []).filter((c) => c in o.predictions).map((c) => [c, o.predictions[c]!]))]),
    );
  const files: string[] = [];
  const write = (name: string, data: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(data, null, 1) + '\n');
    files.push(path);
  };
  write(`${corpus.name}.originals.json`, originals);
  if (corpus.ablations.length) {
    write(`${corpus.name}.ablations.json`, ablationPreds(() => true));
    write(`${corpus.name}.ablations.one-per-family.json`, ablationPreds((o) => keptAblations.has(o.doc.id)));
  }
  const labels = relative(process.cwd(), join(corpus.dir, 'labels.json'));
  const ablLabels = relative(process.cwd(), join(corpus.dir, 'ablations', 'labels.json'));
  const rel = (p: string) => relative(process.cwd(), p);
  console.log(`\n  predictions for ${corpus.name} written; cross-check with:`);
  console.log(`    python3 ${rel(join(corpus.dir, '..', 'score.py'))} --labels ${labels} --pred ${rel(files[0]!)} --one-per-family   # default run`);
  console.log(`    python3 ${rel(join(corpus.dir, '..', 'score.py'))} --labels ${labels} --pred ${rel(files[0]!)}                    # --all-docs`);
  if (files.length > 1) {
    console.log(`    python3 ${rel(join(corpus.dir, '..', 'score.py'))} --labels ${ablLabels} --pred ${rel(files[2]!)}   # default run`);
    console.log(`    python3 ${rel(join(corpus.dir, '..', 'score.py'))} --labels ${ablLabels} --pred ${rel(files[1]!)}   # --all-docs`);
  }
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  const agreements = options.corpora.includes(AGREEMENTS);
  const wanted = options.corpora.filter((name) => name !== AGREEMENTS);
  const available = agreements && wanted.length === 0 ? [] : listCorpora(options.corpusRoot);
  const names =
    options.corpora.length === 0
      ? available
      : wanted.map((w) => available.find((n) => n === w) ?? available.find((n) => n.startsWith(w)) ?? usage(`no corpus ${w} in ${options.corpusRoot} (have: ${[...available, AGREEMENTS].join(', ')})`));

  console.log(`Disclose eval — corpora in ${relative(process.cwd(), options.corpusRoot) || '.'}: ${[...names, ...(agreements ? ['eval/agreements'] : [])].join(', ')}`);
  const summary: Summary = { generatedAt: new Date().toISOString(), timing: { wallSeconds: 0, cpuSeconds: 0, lintSeconds: 0, documents: 0, documentsPerSecond: 0 }, corpora: {} };
  let lintMs = 0;
  let documents = 0;
  if (agreements) {
    const { report, ms } = runAgreements(options);
    summary.agreements = report;
    lintMs += ms;
    documents += report.documents;
  }

  for (const name of names) {
    const corpus = loadCorpus(options.corpusRoot, name);
    const { profile, note } = choosePreferredProfile(corpus, options.profile);
    const docs = [...corpus.originals.map((doc) => ({ doc, ablation: false })), ...corpus.ablations.map((doc) => ({ doc, ablation: true }))];
    const lints = await lintAll(docs.map(({ doc }) => ({ path: doc.path, profile, documentType: options.documentType })), options.jobs, __filename);
    const all = docs.map(({ doc, ablation }, i) => outcomeOf(doc, ablation, lints[i]!));
    const ms = all.reduce((s, o) => s + o.ms, 0);
    lintMs += ms;
    documents += all.length;

    const keptOriginals = options.allDocs ? corpus.originals : onePerFamily(corpus.originals);
    const keptIds = new Set(keptOriginals.map((d) => d.id));
    const keptAblationIds = new Set((options.allDocs ? corpus.ablations : ablationsOfKept(corpus.ablations, keptIds)).map((d) => d.id));
    const familyAblationIds = new Set(ablationsOfKept(corpus.ablations, new Set(onePerFamily(corpus.originals).map((d) => d.id))).map((d) => d.id));
    const scored = all.filter((o) => !o.error && (o.ablation ? keptAblationIds.has(o.doc.id) : keptIds.has(o.doc.id)));

    const report = scoreCorpus(corpus, all, scored, { profile, profileNote: note, documentType: options.documentType, lintSeconds: ms / 1000 });
    summary.corpora[name] = report;
    printCorpus(report, options.allDocs);
    for (const category of options.errors) printErrors(category, corpus, scored);
    if (options.predsOut) writePredictions(options.predsOut, corpus, all, familyAblationIds);
  }

  const wallSeconds = (performance.now() - wallStart) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  summary.timing = { wallSeconds, cpuSeconds, lintSeconds: lintMs / 1000, documents, documentsPerSecond: documents / (lintMs / 1000 || 1) };
  console.log(
    `\nTiming: ${documents} documents, ${(lintMs / 1000).toFixed(2)} s of lint summed over documents in ${options.jobs} thread(s) (${summary.timing.documentsPerSecond.toFixed(1)} documents/s per thread, ` +
      `${(lintMs / Math.max(documents, 1)).toFixed(1)} ms each); total wall time ${wallSeconds.toFixed(2)} s, CPU time ${cpuSeconds.toFixed(2)} s ` +
      `(target: < 30 s for the dev set on one core; wall time grows when the machine is busy, CPU time less so)`,
  );

  mkdirSync(dirname(options.json), { recursive: true });
  writeFileSync(options.json, JSON.stringify({ ...summary, options: { ...options, corpusRoot: relative(REPO_ROOT, options.corpusRoot) } }, null, 1) + '\n');
  console.log(`Summary written to ${relative(process.cwd(), options.json)}`);
  if (options.compare) printCompare(summary, options.compare);
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else {
  serveEvalTasks();
}
