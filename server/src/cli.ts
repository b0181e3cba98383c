import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expandPatterns, readTextFile } from './cli/files';
import { parseCommand, USAGE, UsageError, type CheckOptions } from './cli/args';
import { formatJson } from './cli/format-json';
import { formatSarif } from './cli/format-sarif';
import { formatText } from './cli/format-text';
import type { FileError, FileReport } from './cli/report';
import { lint } from './engine';
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
  const locale: MessageLocale = options.lang === 'auto' ? localeFromLanguageTag(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG) : options.lang;
  const { files, unmatched } = await expandPatterns(options.patterns);
  const errors: FileError[] = unmatched.map((pattern) => ({ path: pattern, reason: format(locale, 'cli.noFiles', { patterns: pattern }) }));
  const reports: FileReport[] = [];
  for (const path of files) {
    const read = readTextFile(path);
    if (!read.ok) {
      errors.push({ path, reason: read.reason });
      continue;
    }
    const result = lint(read.text, {
      profiles: options.profiles ?? DEFAULT_PROFILES,
      documentType: options.type,
      locale,
      docsBaseUrl: DOCS_BASE_URL,
    });
    reports.push({ path, result });
  }

  if (options.format === 'json') process.stdout.write(formatJson(reports) + '\n');
  else if (options.format === 'sarif') process.stdout.write(formatSarif(reports, locale, DISCLOSE_VERSION) + '\n');
  else process.stdout.write(formatText(reports, errors, locale, options.color) + '\n');
  if (options.format !== 'text') for (const { path, reason } of errors) process.stderr.write(`disclose: ${format(locale, 'cli.readError', { path, reason })}\n`);

  if (errors.length > 0) return 2;
  const failed = reports.some(({ result }) => result.findings.some((f) => f.severity === 'error'));
  return failed && !options.exitZero ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`disclose: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
