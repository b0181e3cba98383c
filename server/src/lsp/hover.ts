import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import { format } from '../l10n';
import type { LintResult, MessageLocale } from '../types';

/** On a finding's range: its title, message, every citation, what matched, and the rule page. */
export function hoverAt(result: LintResult, offset: number, locale: MessageLocale): Hover | null {
  const here = result.findings.filter((f) => f.range.startOffset <= offset && offset <= f.range.endOffset);
  if (here.length === 0) return null;
  const sections = here.map((finding) => {
    const lines = [`**${format(locale, `${finding.ruleId}.title`)}** (\`${finding.ruleId}\`, ${format(locale, `severity.${finding.severity}`)})`, '', finding.message, ''];
    if (finding.basis.length > 0) lines.push(format(locale, 'hover.basis', { basis: finding.basis.join(locale === 'zh-cn' ? '；' : '; ') }), '');
    if (finding.explanation) lines.push(format(locale, 'hover.why', { explanation: finding.explanation }), '');
    lines.push(`[${format(locale, 'hover.docs')}](${finding.docsUrl})`);
    return lines.join('\n');
  });
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') } };
}
