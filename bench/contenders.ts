// What is timed in-process, side by side on the same input: the bare Markdown parse (the floor for a
// full parse), Disclose's parser, Disclose's full lint (pipl; all profiles), the re-lint after an edit,
// an instrumented lint that times each phase and each requirement, markdownlint and textlint.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { ResolvedConfig } from '../server/src/engine';
import { lint } from '../server/src/engine';
import { DocumentModel } from '../server/src/document/model';
import { parseMarkdown } from '../server/src/document/parse';
import { detectDocumentType } from '../server/src/document/doctype';
import { activeGroups, PROFILES, strictestParameters } from '../server/src/profiles';
import { REQUIREMENTS } from '../server/src/requirements';
import { basisFor } from '../server/src/requirements/requirement';
import { randomEdit, type Edit, type Lang } from './corpus';
import { openSession, RELINT_LABEL } from './relint';
import { seededRandom } from './stats';

export interface Contender {
  id: string;
  label: string;
  /** Untimed preparation before each timed call (the re-lint picks its edit here). */
  before?: () => void;
  run: () => unknown;
  /** Fewer rounds than the others (a slow contender): it takes part in the first warmup + runs rounds only. */
  rounds?: { warmup: number; runs: number };
}

/** Every profile the engine has, for the all-profiles lint. */
export const ALL_PROFILES: string[] = Object.keys(PROFILES);

/** Phase timings of the instrumented lint, one entry per call. */
export interface PhaseSink {
  model: number[];
  cues: number[];
  detectors: number[];
  perRequirement: Map<string, number[]>;
}

const bareProcessor = unified().use(remarkParse);

/** markdownlint and textlint are devDependencies loaded from node_modules (not bundled). */
export interface Competitors {
  markdownlint: (text: string) => unknown;
  textlint: (text: string) => Promise<unknown>;
  textlintRules: string[];
}

export async function loadCompetitors(): Promise<Competitors> {
  const { lint: markdownlintSync } = (await import('markdownlint/sync')) as typeof import('markdownlint/sync');
  const require = createRequire(__filename);
  const { TextlintKernel } = require('@textlint/kernel') as typeof import('@textlint/kernel');
  const pick = (id: string) => {
    const mod = require(id) as { default?: unknown };
    return (mod.default ?? mod) as never;
  };
  const kernel = new TextlintKernel();
  const rules = [
    { ruleId: 'sentence-length', rule: pick('textlint-rule-sentence-length') },
    { ruleId: 'max-comma', rule: pick('textlint-rule-max-comma') },
    { ruleId: 'no-todo', rule: pick('textlint-rule-no-todo') },
  ];
  const plugins = [{ pluginId: 'markdown', plugin: pick('@textlint/textlint-plugin-markdown') }];
  return {
    // Default configuration: every rule that markdownlint enables by default.
    markdownlint: (text) => markdownlintSync({ strings: { input: text } }),
    textlint: (text) => kernel.lintText(text, { filePath: '/bench/input.md', ext: '.md', plugins, rules }),
    textlintRules: rules.map((r) => r.ruleId),
  };
}

export function configFor(lang: Lang, profiles: string[]): Partial<ResolvedConfig> {
  return { profiles, locale: lang === 'zh' ? 'zh-cn' : 'en' };
}

/** `textlintRounds` null leaves textlint out (it takes minutes per call at 1 MB). */
export function contendersFor(text: string, lang: Lang, competitors: Competitors, sink: PhaseSink, seed: number, textlintRounds: Contender['rounds'] | null): Contender[] {
  const pipl = configFor(lang, ['pipl']);
  const all = configFor(lang, ALL_PROFILES);
  const session = openSession(text, pipl);
  const random = seededRandom(seed);
  let edits = 0;
  let edit: Edit | null = null;
  const contenders: Contender[] = [
    { id: 'parse', label: 'bare unified().use(remarkParse).parse()', run: () => bareProcessor.parse(text) },
    { id: 'parse-disclose', label: "Disclose's parse (remark-parse + GFM + front matter + CJK-friendly)", run: () => parseMarkdown(text) },
    { id: 'lint-pipl', label: 'Disclose full lint, pipl', run: () => lint(text, pipl) },
    { id: 'lint-all', label: `Disclose full lint, all profiles (${ALL_PROFILES.join(', ')})`, run: () => lint(text, all) },
    {
      id: 'relint',
      label: RELINT_LABEL,
      before: () => {
        edit = randomEdit(session.text, lang, random, edits++);
      },
      run: () => session.update(edit!),
    },
    { id: 'instrumented', label: 'Disclose model + cues + detectors, each timed (not reporting)', run: () => instrumentedLint(text, pipl, sink) },
    { id: 'markdownlint', label: 'markdownlint, default rules', run: () => competitors.markdownlint(text) },
  ];
  if (textlintRounds) {
    contenders.push({ id: 'textlint', label: `textlint + Markdown plugin (${competitors.textlintRules.join(', ')})`, run: () => competitors.textlint(text), rounds: textlintRounds });
  }
  return contenders;
}

/**
 * What lintModel does up to the findings, phase by phase: the document model (parse included), the cue
 * scan, then each applicable requirement's detector in catalogue order. Caches that detectors share
 * (the rights sections, …) are charged to the first requirement that fills them, as in a real lint.
 */
export function instrumentedLint(text: string, config: Partial<ResolvedConfig>, sink: PhaseSink): void {
  const t0 = performance.now();
  const model = new DocumentModel(text);
  const t1 = performance.now();
  // The model scans all cue sets in one pass on first use; time that pass alone.
  model.hits(REQUIREMENTS[0]!.primaryCues);
  const t2 = performance.now();
  const profiles = config.profiles ?? ['pipl'];
  const groups = activeGroups(profiles);
  const params = strictestParameters(profiles);
  const documentType = detectDocumentType(model);
  // The engine's detect context, as lintModel builds it (a variable, so fields the engine lacks are ignored).
  const context = { model, params, documentType, groups };
  let detectors = 0;
  for (const requirement of REQUIREMENTS) {
    if (basisFor(requirement, groups).length === 0 || !requirement.appliesTo.includes(documentType)) continue;
    const start = performance.now();
    requirement.detect(context);
    const elapsed = performance.now() - start;
    detectors += elapsed;
    let list = sink.perRequirement.get(requirement.id);
    if (!list) sink.perRequirement.set(requirement.id, (list = []));
    list.push(elapsed);
  }
  sink.model.push(t1 - t0);
  sink.cues.push(t2 - t1);
  sink.detectors.push(detectors);
}
