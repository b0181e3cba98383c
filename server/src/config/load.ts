import { parseConfigText, type ConfigOptions, type ConfigProblem, type ValidationContext } from './options';

/** File access, given by the face that reads files (CLI, server); the loader itself does no I/O. */
export interface ConfigIo {
  /** The file's text, or null when it is absent or cannot be read. */
  read(path: string): string | null;
  /** Whether a file is there, readable or not. */
  exists(path: string): boolean;
  /** Resolves `relative` against the directory of the file `from`. */
  resolve(from: string, relative: string): string;
}

export interface LoadedConfig {
  options: Partial<ConfigOptions>;
  /** Problems in every file of the chain, each with its file. */
  problems: Array<ConfigProblem & { path: string }>;
  /** The files read, the named one last. */
  files: string[];
}

/** Loads a configuration file and its `extends` chain (bases first, the file itself wins). */
export function loadConfig(path: string, io: ConfigIo, context: ValidationContext): LoadedConfig {
  const loaded: LoadedConfig = { options: {}, problems: [], files: [] };
  load(path, io, context, loaded, []);
  return loaded;
}

function load(path: string, io: ConfigIo, context: ValidationContext, into: LoadedConfig, chain: string[]): Partial<ConfigOptions> {
  const text = io.read(path);
  if (text === null) {
    // A configuration that is there but cannot be read is reported, never silently skipped.
    if (io.exists(path)) into.problems.push({ path, messageKey: 'config.unreadable', args: {}, startOffset: 0, endOffset: 0 });
    return {};
  }
  into.files.push(path);
  const { options, problems, extendsRanges } = parseConfigText(text, context);
  into.problems.push(...problems.map((problem) => ({ ...problem, path })));
  let merged: Partial<ConfigOptions> = {};
  (options.extends ?? []).forEach((relative, i) => {
    const base = io.resolve(path, relative);
    const [startOffset, endOffset] = extendsRanges[i] ?? [0, 1];
    if ([...chain, path].includes(base)) {
      into.problems.push({ path, messageKey: 'config.extendsCycle', args: { path: relative }, startOffset, endOffset });
    } else if (io.read(base) === null) {
      into.problems.push({ path, messageKey: 'config.extendsMissing', args: { path: relative }, startOffset, endOffset });
    } else {
      merged = mergeOptions(merged, load(base, io, context, into, [...chain, path]));
    }
  });
  const own = mergeOptions(merged, options);
  if (chain.length === 0) into.options = own;
  return own;
}

/** Later layers win option by option; `rules` and `parameters` merge entry by entry. */
export function mergeOptions(base: Partial<ConfigOptions>, over: Partial<ConfigOptions>): Partial<ConfigOptions> {
  const merged: Partial<ConfigOptions> = { ...base, ...over };
  if (base.rules || over.rules) merged.rules = { ...base.rules, ...over.rules };
  if (base.parameters || over.parameters) merged.parameters = { ...base.parameters, ...over.parameters };
  delete merged.extends;
  return merged;
}

/** The configuration file names looked for, in order, in a directory and its parents. */
export const CONFIG_FILE_NAMES = ['.disclose.yml', '.disclose.yaml', '.disclose.json'];
