import type { LintResult, Range } from '../types';

export interface FileReport {
  path: string;
  result: LintResult;
}

export interface FileError {
  path: string;
  /** Message key of the reason (cli.reason.*). */
  reason: string;
  detail?: string;
}

/** A problem in a configuration file, reported with the file's findings. */
export interface ConfigProblemReport {
  path: string;
  message: string;
  range: Range;
}
