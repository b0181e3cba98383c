import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isKnownProfile } from '../profiles';
import type { DocumentType, MessageLocale } from '../types';

export type OutputFormat = 'text' | 'json' | 'sarif';

export interface CheckOptions {
  patterns: string[];
  format: OutputFormat;
  lang: MessageLocale | 'auto';
  profiles: string[] | null;
  type: DocumentType | 'auto';
  /** An explicit configuration file; otherwise each file's nearest .disclose.yml/.yaml/.json. */
  config: string | null;
  exitZero: boolean;
  color: boolean;
  /** Worker threads that lint files in parallel; 1 lints in the main thread. */
  jobs: number;
  /** Megabytes of a file that are checked; a larger file is checked up to the cap and reported. */
  maxSizeMb: number;
}

export type Command = { kind: 'check'; options: CheckOptions } | { kind: 'help' } | { kind: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: disclose check [options] <files, directories or globs...>

Lints Markdown privacy policies and user agreements against the disclosures that
data-protection law requires.

Options:
  --format <text|json|sarif>   output format (default: text)
  --lang <auto|en|zh-cn>       message language (default: auto, from LANG)
  --profile <id>               pipl, gdpr, uk-gdpr, ccpa, coppa or common; repeatable
                               (default: pipl for a Chinese document, the common
                               checks and a hint for an English one)
  --type <auto|privacy-policy|children-policy|user-agreement>
                               document type (default: auto, from the title)
  --config <path>              configuration file (default: the nearest
                               .disclose.yml, .disclose.yaml or .disclose.json)
  --exit-zero                  exit with 0 even when errors are found
  --jobs <n|auto>              lint files in n worker threads (default: 1;
                               auto: one per CPU); the output is the same
  --max-size <MB>              size cap per file (default: 2); a larger file is
                               checked up to the cap, reported, and exits with 2
  --no-color                   plain text output
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 no error-severity findings, 1 error-severity findings, 2 usage, input
or configuration errors (the files are still checked with the valid options).`;

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const LANGS: readonly string[] = ['auto', 'en', 'zh-cn'];
const TYPES: readonly string[] = ['auto', 'privacy-policy', 'children-policy', 'user-agreement'];

export function parseCommand(argv: string[], isTty: boolean): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        lang: { type: 'string' },
        profile: { type: 'string', multiple: true },
        type: { type: 'string' },
        config: { type: 'string' },
        'exit-zero': { type: 'boolean' },
        jobs: { type: 'string' },
        'max-size': { type: 'string' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...patterns] = positionals;
  if (command !== 'check') throw new UsageError(command ? `Unknown command "${command}". The command is "check".` : 'No command given.');
  if (patterns.length === 0) throw new UsageError('No files given. Name Markdown files, directories or globs to check.');
  const format = values.format ?? 'text';
  if (!FORMATS.includes(format as OutputFormat)) throw new UsageError(`Unknown format "${format}". Use one of: ${FORMATS.join(', ')}.`);
  const lang = values.lang ?? 'auto';
  if (!LANGS.includes(lang)) throw new UsageError(`Unknown language "${lang}". Use one of: ${LANGS.join(', ')}.`);
  const type = values.type ?? 'auto';
  if (!TYPES.includes(type)) throw new UsageError(`Unknown document type "${type}". Use one of: ${TYPES.join(', ')}.`);
  const profiles = values.profile ? values.profile.flatMap((p) => p.split(',')).map((p) => p.trim()).filter(Boolean) : null;
  for (const profile of profiles ?? []) if (!isKnownProfile(profile)) throw new UsageError(`Unknown profile "${profile}".`);
  const jobs = parseJobs(values.jobs ?? '1');
  const maxSizeMb = parseMaxSize(values['max-size'] ?? String(DEFAULT_MAX_SIZE_MB));
  return {
    kind: 'check',
    options: {
      patterns,
      format: format as OutputFormat,
      lang: lang as CheckOptions['lang'],
      profiles,
      type: type as CheckOptions['type'],
      config: values.config ?? null,
      exitZero: values['exit-zero'] ?? false,
      color: isTty && !values['no-color'] && !process.env.NO_COLOR,
      jobs,
      maxSizeMb,
    },
  };
}

export const DEFAULT_MAX_SIZE_MB = 2;

/** `--max-size`: megabytes, a positive decimal number. */
function parseMaxSize(value: string): number {
  const megabytes = /^\d{1,6}(\.\d{1,6})?$/.test(value) ? Number(value) : NaN;
  if (!(megabytes > 0)) throw new UsageError(`Invalid size "${value}" for --max-size. Use a positive number of megabytes, for example 2 or 0.5.`);
  return megabytes;
}

/** `--jobs`: a positive whole number, or `auto` for one worker per CPU the process may use. */
function parseJobs(value: string): number {
  if (value === 'auto') return Math.max(1, availableParallelism());
  if (!/^[1-9][0-9]{0,3}$/.test(value)) throw new UsageError(`Invalid number of jobs "${value}". Use a positive whole number or auto.`);
  return Number(value);
}
