import { lint } from '../../server/src/engine';
import { REQUIREMENTS } from '../../server/src/requirements';
import type { DocumentType, Finding, LintResult } from '../../server/src/types';

/**
 * Lints with only one requirement switched on, under PIPL (the profile these detector tests are
 * about), in English messages.
 */
export function lintOnly(id: string, markdown: string, documentType?: DocumentType): { result: LintResult; status: string | undefined; findings: Finding[]; kinds: string[] } {
  const rules = Object.fromEntries(REQUIREMENTS.filter((r) => r.id !== id).map((r) => [r.id, 'off' as const]));
  const result = lint(markdown, { rules, locale: 'en', profiles: ['pipl'], ...(documentType ? { documentType } : {}) });
  const findings = result.findings.filter((f) => f.ruleId === id);
  return { result, status: result.coverage.find((c) => c.id === id)?.status, findings, kinds: findings.map((f) => f.messageKey.slice(id.length + 1)) };
}

/** A requirement's status and the kinds of its findings. */
export function check(id: string, markdown: string): { status: string | undefined; kinds: string[] } {
  const { status, kinds } = lintOnly(id, markdown);
  return { status, kinds };
}

/** A one-section document: a title, a heading and paragraphs. */
export const zh = (heading: string, ...body: string[]) => `# 隐私政策\n\n## ${heading}\n\n${body.join('\n\n')}\n`;
export const en = (heading: string, ...body: string[]) => `# Privacy Policy\n\n## ${heading}\n\n${body.join('\n\n')}\n`;
