import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expandPatterns, readTextFile } from './cli/files';
import { parseCommand, USAGE, UsageError, type CheckOptions } from './cli/args';
import { formatJson } from './cli/format-json';
import { formatSarif } from './cli/format-sarif';
import { describeError, formatText } from './cli/format-text';
import type { FileError, FileReport } from './cli/report';
import { lint } from './engine';
import { localeFromLanguageTag } from './l10n';
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
  const { files, problems } = await expandPatterns(options.patterns);
  const errors: FileError[] = [...problems];
  const reports: FileReport[] = [];
  for (const path of files) {
    const read = readTextFile(path);
    if (!read.ok) {
      errors.push({ path, reason: read.reason, detail: read.detail });
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
  if (options.format !== 'text') for (const error of errors) process.stderr.write(`disclose: ${describeError(error, locale)}\n`);

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
