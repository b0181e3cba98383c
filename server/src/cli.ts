import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { expandPatterns, MARKDOWN_FILES, readTextFile } from './cli/files';
import { parseCommand, USAGE, UsageError, type CheckOptions } from './cli/args';
import { formatJson } from './cli/format-json';
import { lintInWorkers, serveLintTasks, type LintTask } from './cli/pool';
import { formatSarif } from './cli/format-sarif';
import { describeError, formatText } from './cli/format-text';
import type { ConfigProblemReport, FileError, FileReport } from './cli/report';
import type { LoadedConfig } from './config/load';
import { applyOptions, resolveConfig } from './config/resolved';
import { LineIndex } from './document/text';
import { ConfigFiles, nodeConfigIo } from './io/config-files';
import { CONFIG_CONTEXT, DOCUMENT_TOO_LARGE, lint } from './engine';
import { format, localeFromLanguageTag } from './l10n';
import { DEFAULT_PROFILES } from './profiles';
import type { MessageLocale } from './types';

declare const DISCLOSE_VERSION: string;

/** The rule pages ship beside the bundle: server/dist/cli.js -> docs/rules. */
const DOCS_BASE_URL = pathToFileURL(resolve(__dirname, '..', '..', 'docs', 'rules')).href;

export async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseCommand(argv, Boolean(process.stdout.isTTY));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`disclose: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command.kind === 'version') {
    process.stdout.write(`${DISCLOSE_VERSION}\n`);
    return 0;
  }
  return check(command.options);
}

async function check(options: CheckOptions): Promise<number> {
  const environmentLocale = localeFromLanguageTag(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
  const locale: MessageLocale = options.lang === 'auto' ? environmentLocale : options.lang;
  const configFiles = new ConfigFiles(CONFIG_CONTEXT);
  if (options.config !== null && nodeConfigIo.read(resolve(options.config)) === null) {
    process.stderr.write(`disclose: ${describeError({ path: options.config, reason: 'cli.reason.config' }, locale)}\n`);
    return 2;
  }
  const configOf = (path: string, isDirectory = false) => (options.config !== null ? resolve(options.config) : configFiles.configFor(path, isDirectory));
  const optionsOf = (configPath: string | null) => (configPath ? configFiles.load(configPath).options : {});

  const { files, problems } = await expandPatterns(options.patterns, (directory) => {
    const configPath = configOf(directory, true);
    const { files: selected, ignore } = optionsOf(configPath);
    return { cwd: configPath ? dirname(configPath) : resolve(directory), files: selected ?? MARKDOWN_FILES, ignore: ignore ?? [] };
  });
  const errors: FileError[] = [...problems];
  const reports: FileReport[] = [];
  const usedConfigs = new Set<string>();
  // Flags beat the configuration file, as editor settings do.
  const flags = { profiles: options.profiles ?? undefined, type: options.type === 'auto' ? undefined : options.type, messageLanguage: options.lang };
  /** Reads a file and resolves its configuration, in input order; null (and an error) when it cannot be read. */
  const prepare = (index: number): LintTask | null => {
    const path = files[index]!;
    const read = readTextFile(path);
    if (!read.ok) {
      errors.push({ path, reason: read.reason, detail: read.detail });
      return null;
    }
    const configPath = configOf(path);
    if (configPath) usedConfigs.add(configPath);
    const base = resolveConfig({ profiles: DEFAULT_PROFILES, locale: environmentLocale, docsBaseUrl: DOCS_BASE_URL, maxDocumentBytes: options.maxSizeMb * 1024 * 1024 });
    return { text: read.text, config: applyOptions(applyOptions(base, optionsOf(configPath)), flags) };
  };
  // Worker threads each load this same bundle (see the end of this file); results come back in input order.
  const results =
    options.jobs > 1 && files.length > 1
      ? await lintInWorkers(files.length, options.jobs, prepare, __filename)
      : files.map((_, index) => {
          const task = prepare(index);
          return task ? lint(task.text, task.config) : null;
        });
  files.forEach((path, index) => {
    const result = results[index];
    if (result) reports.push({ path, result });
  });
  const configProblems = [...usedConfigs].flatMap((configPath) => configReports(configFiles.load(configPath).problems, locale));

  if (options.format === 'json') process.stdout.write(formatJson(reports, configProblems) + '\n');
  else if (options.format === 'sarif') process.stdout.write(formatSarif(reports, configProblems, locale, DISCLOSE_VERSION) + '\n');
  else process.stdout.write(formatText(reports, errors, configProblems, locale, options.color) + '\n');
  if (options.format !== 'text') for (const error of errors) process.stderr.write(`disclose: ${describeError(error, locale)}\n`);

  // A file over --max-size was checked only up to the cap; its document-too-large finding says so.
  const oversized = reports.some(({ result }) => result.findings.some((f) => f.ruleId === DOCUMENT_TOO_LARGE));
  if (errors.length > 0 || configProblems.length > 0 || oversized) return 2;
  const failed = reports.some(({ result }) => result.findings.some((f) => f.severity === 'error'));
  return failed && !options.exitZero ? 1 : 0;
}

/** Problems in configuration files, with line and column, in the message language. */
function configReports(problems: LoadedConfig['problems'], locale: MessageLocale): ConfigProblemReport[] {
  return problems.map((problem) => {
    const lines = new LineIndex(nodeConfigIo.read(problem.path) ?? '');
    const range = { start: lines.positionAt(problem.startOffset), end: lines.positionAt(problem.endOffset), startOffset: problem.startOffset, endOffset: problem.endOffset };
    return { path: relative(process.cwd(), problem.path) || problem.path, message: format(locale, problem.messageKey, problem.args), range };
  });
}

if (isMainThread) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`disclose: internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
} else {
  // A `--jobs` worker thread: the CLI bundle is its own worker entry, so the engine is bundled once.
  serveLintTasks();
}
