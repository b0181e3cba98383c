import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../test/protocol/helpers';

export type Lang = 'zh' | 'en';

/** The development corpus, read-only beside the repository (../shared/corpus). */
export const CORPUS_ROOT = join(REPO_ROOT, '..', 'shared', 'corpus');

/** Original (not ablated) policies per language: the material of the synthetic inputs. */
const SOURCES: Record<Lang, string[]> = {
  zh: ['capp130-dev/docs'],
  en: ['gdpr-t200-dev/docs', 'opp115/docs'],
};

/** Every document `disclose check` is timed on: the originals and the ablated variants. */
export const DEVELOPMENT_CORPUS_DIRS = ['capp130-dev/docs', 'capp130-dev/ablations/docs', 'gdpr-t200-dev/docs', 'gdpr-t200-dev/ablations/docs', 'opp115/docs'];

export function corpusAvailable(): boolean {
  return SOURCES.zh.concat(SOURCES.en).every((dir) => existsSync(join(CORPUS_ROOT, dir)));
}

const cache = new Map<Lang, string>();

/** All original policies of a language, in file-name order, separated by a blank line. */
export function allPolicies(lang: Lang): string {
  let text = cache.get(lang);
  if (text === undefined) {
    const parts: string[] = [];
    for (const dir of SOURCES[lang]) {
      const path = join(CORPUS_ROOT, dir);
      for (const name of readdirSync(path).filter((n) => n.endsWith('.md')).sort()) parts.push(readFileSync(join(path, name), 'utf8').replace(/^\uFEFF/, '').trimEnd());
    }
    text = parts.join('\n\n') + '\n';
    cache.set(lang, text);
  }
  return text;
}

/**
 * `targetBytes` (UTF-8) of real policies of a language: whole documents concatenated from the one at
 * `startFraction` of the corpus on (wrapping around), cut at the last paragraph break within the target,
 * so the input is real text that ends on a paragraph, of nearly the target size.
 */
export function makeInput(lang: Lang, targetBytes: number, startFraction = 0): string {
  const all = allPolicies(lang);
  // Start at a document (a line that starts with '# ') at or after the fraction.
  let start = Math.floor(all.length * startFraction);
  if (start > 0) {
    const heading = all.indexOf('\n# ', start);
    start = heading >= 0 ? heading + 1 : 0;
  }
  const source = all.slice(start) + '\n' + all.slice(0, start);
  let text = source;
  while (Buffer.byteLength(text) < targetBytes) text += '\n' + source;
  // The characters within the target (a character cut in half decodes as one U+FFFD, left out).
  const end = Buffer.from(text).subarray(0, targetBytes).toString('utf8').replace(/\uFFFD$/, '').length;
  const paragraph = text.lastIndexOf('\n\n', end);
  const cut = paragraph > end * 0.9 ? paragraph + 1 : text.lastIndexOf('\n', end) + 1 || end;
  return text.slice(0, cut);
}

/** A single-character edit: delete `deleteCount` characters at `offset`, then insert `insert` there. */
export interface Edit {
  offset: number;
  deleteCount: number;
  insert: string;
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.offset) + edit.insert + text.slice(edit.offset + edit.deleteCount);
}

const TYPED: Record<Lang, string> = { zh: '的是在了和个人信息我们', en: 'etaoinshrdlu' };

/**
 * A random single-character edit, alternately typing a character and deleting one, anywhere in the text
 * (markup included, as a person editing the file would). Never splits a surrogate pair.
 */
export function randomEdit(text: string, lang: Lang, random: () => number, sequence: number): Edit {
  let offset = Math.floor(random() * text.length);
  const isLow = (i: number) => i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00;
  while (isLow(offset)) offset--;
  if (sequence % 2 === 0 || text.length === 0) {
    const chars = TYPED[lang];
    return { offset, deleteCount: 0, insert: chars[Math.floor(random() * chars.length)]! };
  }
  const width = (text.charCodeAt(offset) & 0xfc00) === 0xd800 ? 2 : 1;
  return { offset: Math.min(offset, text.length - width), deleteCount: width, insert: '' };
}
