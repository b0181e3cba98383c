// Serialisable types shared by the engine and its faces (server, CLI). No LSP types here.

export type Severity = 'error' | 'warning' | 'info';
export type DocumentLanguage = 'zh' | 'en';
export type MessageLocale = 'en' | 'zh-cn';
export type DocumentType = 'privacy-policy' | 'children-policy' | 'user-agreement';
export type CoverageStatus = 'present' | 'weak' | 'missing' | 'not-applicable';

/** 0-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
  /** UTF-16 offsets into the original text. */
  startOffset: number;
  endOffset: number;
}

export interface Citation {
  /** Short label of the legal instrument and article as shown to users, per message locale. */
  en: string;
  'zh-cn': string;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  kind: 'clause' | 'correction' | 'disable-line' | 'disable-file';
  /** Rendered in the configured message locale. */
  title: string;
  /** Computed against the linted text; apply only to that version. */
  edits: TextEdit[];
  /** The same insertion as a snippet with tab stops, for editors that insert snippets. */
  snippet?: { range: Range; text: string };
  /** Safe to apply without review: fix all, fix on save. */
  autoFix: boolean;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  range: Range;
  messageKey: string;
  args: Record<string, string | number>;
  /** Rendered in the configured message locale. */
  message: string;
  /** Citations, rendered in the configured message locale, for every active profile. */
  basis: string[];
  docsUrl: string;
  /** What the detector matched (or looked for, when a disclosure is missing): shown on hover. */
  explanation: string;
  /** Quick fixes, computed with the lint so that code actions need no second lint. */
  fixes: Fix[];
}

export interface RequirementCoverage {
  id: string;
  status: CoverageStatus;
  evidence: Range[];
}

export interface LintResult {
  /** The language messages and citations were rendered in. */
  locale: MessageLocale;
  documentType: DocumentType;
  language: DocumentLanguage;
  profiles: string[];
  findings: Finding[];
  coverage: RequirementCoverage[];
}
