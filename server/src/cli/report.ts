import type { LintResult } from '../types';

export interface FileReport {
  path: string;
  result: LintResult;
}

export interface FileError {
  path: string;
  reason: string;
}
