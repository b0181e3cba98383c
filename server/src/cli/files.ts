import { readFileSync, statSync } from 'node:fs';
import { glob } from 'tinyglobby';

const MARKDOWN_GLOB = '**/*.{md,markdown}';
const IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Expanded {
  files: string[];
  /** Arguments that named nothing to check, with the message key of the reason. */
  problems: Array<{ path: string; reason: string }>;
}

const GLOB_MAGIC = /[*?[\]{}!]/;

/** Expands files, directories (their Markdown files, recursively) and globs, in a stable order. */
export async function expandPatterns(patterns: readonly string[]): Promise<Expanded> {
  const files = new Set<string>();
  const problems: Expanded['problems'] = [];
  for (const pattern of patterns) {
    const stat = statOrNull(pattern);
    let found: string[];
    if (stat?.isFile()) found = [pattern];
    else if (stat?.isDirectory()) found = await glob(MARKDOWN_GLOB, { cwd: pattern, ignore: IGNORED }).then((list) => list.map((f) => joinPath(pattern, f)));
    else if (!GLOB_MAGIC.test(pattern)) {
      problems.push({ path: pattern, reason: 'cli.reason.missing' });
      continue;
    } else found = await glob(pattern, { ignore: IGNORED });
    if (found.length === 0) problems.push({ path: pattern, reason: stat?.isDirectory() ? 'cli.reason.emptyDirectory' : 'cli.reason.noMatch' });
    for (const file of found.sort()) files.add(file);
  }
  return { files: [...files], problems };
}

function joinPath(directory: string, file: string): string {
  return directory.endsWith('/') ? directory + file : `${directory}/${file}`;
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
