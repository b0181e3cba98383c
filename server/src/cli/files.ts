import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';

const MARKDOWN_GLOB = '**/*.{md,markdown}';
const IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Expanded {
  files: string[];
  /** Arguments that named nothing to check, with the message key of the reason. */
  problems: Array<{ path: string; reason: string }>;
}

const GLOB_MAGIC = /[*?[\]{}!]/;

/** Which files a directory holds for checking: the configuration's `files` and `ignore`, relative to `cwd`. */
export interface DirectoryScope {
  cwd: string;
  files: string[];
  ignore: string[];
}

export const MARKDOWN_FILES = [MARKDOWN_GLOB];

/**
 * Expands files, directories (the files the directory's configuration selects, Markdown files by
 * default) and globs, in a stable order.
 */
export async function expandPatterns(patterns: readonly string[], scopeOf: (directory: string) => DirectoryScope): Promise<Expanded> {
  const files = new Set<string>();
  const problems: Expanded['problems'] = [];
  for (const pattern of patterns) {
    const stat = statOrNull(pattern);
    let found: string[];
    if (stat?.isFile()) found = [pattern];
    else if (stat?.isDirectory()) found = await filesIn(pattern, scopeOf(pattern));
    else if (!GLOB_MAGIC.test(pattern)) {
      problems.push({ path: pattern, reason: 'cli.reason.missing' });
      continue;
    } else found = await glob(pattern, { ignore: IGNORED });
    if (found.length === 0) problems.push({ path: pattern, reason: stat?.isDirectory() ? 'cli.reason.emptyDirectory' : 'cli.reason.noMatch' });
    for (const file of found.sort()) files.add(file);
  }
  return { files: [...files], problems };
}

/** The files of a directory selected by a scope, as paths relative to the working directory like the argument. */
async function filesIn(directory: string, scope: DirectoryScope): Promise<string[]> {
  const matches = await glob(scope.files, { cwd: scope.cwd, ignore: [...IGNORED, ...scope.ignore], absolute: true });
  const root = resolve(directory) + sep;
  return matches.filter((file) => file.startsWith(root)).map((file) => join(directory, relative(resolve(directory), file)));
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** `reason` is a message key (cli.reason.*). */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: string; detail?: string };

/** Reads a UTF-8 text file; binary and non-UTF-8 files get a specific reason instead of garbage. */
export function readTextFile(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'cli.reason.missing' : code === 'EISDIR' ? 'cli.reason.directory' : code === 'EACCES' ? 'cli.reason.permission' : 'cli.reason.other';
    return { ok: false, reason, detail: (error as Error).message };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'cli.reason.binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'cli.reason.encoding' };
  }
}
