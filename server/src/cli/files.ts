import { readFileSync, statSync } from 'node:fs';
import { glob } from 'tinyglobby';

const MARKDOWN_GLOB = '**/*.{md,markdown}';
const IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Expanded {
  files: string[];
  /** Patterns that matched nothing. */
  unmatched: string[];
}

/** Expands files, directories (their Markdown files, recursively) and globs, in a stable order. */
export async function expandPatterns(patterns: readonly string[]): Promise<Expanded> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const stat = statOrNull(pattern);
    let found: string[];
    if (stat?.isFile()) found = [pattern];
    else if (stat?.isDirectory()) found = await glob(MARKDOWN_GLOB, { cwd: pattern, ignore: IGNORED, absolute: false }).then((list) => list.map((f) => joinPath(pattern, f)));
    else found = await glob(pattern, { ignore: IGNORED });
    if (found.length === 0) unmatched.push(pattern);
    for (const file of found.sort()) files.add(file);
  }
  return { files: [...files], unmatched };
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

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a UTF-8 text file; binary and non-UTF-8 files get a specific reason instead of garbage. */
export function readTextFile(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'it is a binary file, not Markdown text' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'it is not valid UTF-8 text; save it as UTF-8' };
  }
}
