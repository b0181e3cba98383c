import type { LintResult } from '../types';

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
