/**
 * Reads the annotated corpora in ../shared/corpus (read-only; nothing is copied into the project).
 * Layout: <corpus>/labels.json + docs/, optional ablations/labels.json + ablations/docs/, and for
 * capp130-dev extra-labels/<doc id>.json. See ../shared/corpus/README.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type Label = boolean | null;

export interface CorpusDocument {
  id: string;
  /** Absolute path of the Markdown file. */
  path: string;
  family: string;
  labels: Record<string, Label>;
  /** Ablated variants only: the original document and the category whose sentences were deleted. */
  base?: string;
  ablatedCategory?: string;
  /**
   * Ablated variants only: the categories this variant genuinely lacks and its base document makes,
   * i.e. the ablated category plus any category whose every labelled sentence went with it
   * (labels.json marks those false too). These are the ablation decisions that get scored; the other
   * labels are copies of the base document's and would only count the original again.
   */
  removed?: string[];
}

export interface ExtraLabels {
  doc: string;
  labels: Record<string, unknown>;
  evidence: Record<string, string>;
  notes?: string;
}

export interface Corpus {
  name: string;
  dir: string;
  language: string;
  /** Category names in the order of labels.json `categories`. */
  categories: string[];
  originals: CorpusDocument[];
  ablations: CorpusDocument[];
  /** doc id -> extra labels (capp130-dev only). */
  extraLabels: Map<string, ExtraLabels>;
}

interface LabelsFile {
  language?: string;
  level?: string;
  categories?: Record<string, string>;
  documents?: Record<string, { file: string; family?: string; labels: Record<string, Label>; base_document?: string; ablated_category?: string }>;
}

/** Default corpus root: ../shared/corpus next to the repository, or $DISCLOSE_CORPUS. */
export function defaultCorpusRoot(repoRoot: string): string {
  return process.env.DISCLOSE_CORPUS ? resolve(process.env.DISCLOSE_CORPUS) : resolve(repoRoot, '..', 'shared', 'corpus');
}

/** Corpora with document-level labels (viodroid-sentences is sentence-level and has none). */
export function listCorpora(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'labels.json')))
    .filter((entry) => {
      const labels = readJson<LabelsFile>(join(root, entry.name, 'labels.json'));
      return labels.documents !== undefined && labels.level !== 'sentence (no document ids)';
    })
    .map((entry) => entry.name)
    .sort();
}

export function loadCorpus(root: string, name: string): Corpus {
  const dir = join(root, name);
  const main = readJson<LabelsFile>(join(dir, 'labels.json'));
  if (!main.documents) throw new Error(`${name}: labels.json has no "documents" (not a document-level corpus)`);
  const originals = documentsOf(dir, main);
  const ablationsFile = join(dir, 'ablations', 'labels.json');
  const ablations = existsSync(ablationsFile) ? documentsOf(dir, readJson<LabelsFile>(ablationsFile)) : [];
  const byId = new Map(originals.map((d) => [d.id, d]));
  for (const a of ablations) {
    const base = a.base !== undefined ? byId.get(a.base) : undefined;
    a.removed = Object.keys(a.labels).filter((c) => a.labels[c] === false && (c === a.ablatedCategory || base?.labels[c] === true));
  }
  const categories = Object.keys(main.categories ?? {});
  if (categories.length === 0) for (const doc of originals) for (const c of Object.keys(doc.labels)) if (!categories.includes(c)) categories.push(c);

  const extraLabels = new Map<string, ExtraLabels>();
  const extraDir = join(dir, 'extra-labels');
  if (existsSync(extraDir)) {
    for (const file of readdirSync(extraDir).filter((f) => f.endsWith('.json')).sort()) {
      const extra = readJson<ExtraLabels>(join(extraDir, file));
      extraLabels.set(extra.doc ?? file.replace(/\.json$/, ''), extra);
    }
  }
  return { name, dir, language: main.language ?? '?', categories, originals, ablations, extraLabels };
}

function documentsOf(dir: string, file: LabelsFile): CorpusDocument[] {
  return Object.entries(file.documents ?? {})
    .map(([id, d]) => ({
      id,
      path: join(dir, d.file),
      // A document without a family is its own family.
      family: d.family ?? `:${id}`,
      labels: d.labels,
      ...(d.base_document !== undefined ? { base: d.base_document } : {}),
      ...(d.ablated_category !== undefined ? { ablatedCategory: d.ablated_category } : {}),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function readText(doc: CorpusDocument): string {
  return readFileSync(doc.path, 'utf8');
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/**
 * The annotated passages for one category of an original document (labels/<id>.json `evidence`):
 * strings in capp130, {passage} in gdpr-t200, {text} in opp115. Empty when there are none.
 */
export function goldEvidence(corpus: Corpus, docId: string, category: string): string[] {
  const path = join(corpus.dir, 'labels', `${docId}.json`);
  if (!existsSync(path)) return [];
  const file = readJson<{ evidence?: Record<string, unknown[]> }>(path);
  return (file.evidence?.[category] ?? [])
    .map((e) => (typeof e === 'string' ? e : typeof e === 'object' && e !== null ? String((e as { passage?: unknown; text?: unknown }).passage ?? (e as { text?: unknown }).text ?? '') : ''))
    .filter((s) => s !== '');
}
