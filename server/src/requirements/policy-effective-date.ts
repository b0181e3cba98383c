import { defineCues } from '../document/cues';
import type { DocumentModel, Span } from '../document/model';
import { CCPA, CCPA_REGS, GBT35273 } from '../profiles/citations';
import { type DateMention, findDates } from '../document/entities';
import { spanOf } from './evidence';
import type { Issue, Requirement } from './requirement';

/** Labels of the policy's own date. */
export const effectiveDateCues = defineCues('effective-date', {
  zh: [
    '更新日期', '生效日期', '更新时间', '生效时间', '发布日期', '发布时间', '版本日期', '修订日期', '修订时间', '最近更新', '最新更新', '最后更新', '更新于', '生效于',
    '起生效', '日生效', '正式生效', '开始生效', '版本生效', '本版', '施行日期', '实施日期', '颁布日期', '公布日期', '上线日期', '更新', '生效', '发布', '修订', '版本',
  ],
  en: [
    'last updated', 'last modified', 'last revised', 'last amended', 'last reviewed', 'updated on', 'updated', 'effective date', 'effective as of', 'effective from', 'effective on',
    'effective', 'date of last revision', 'revised on', 'revised', 'revision date', 'version date', 'date of issue', 'published on', 'in force',
  ],
});

/** Labels strong enough on their own (a date next to them is the policy's date even in a long paragraph). */
const strongLabelCues = defineCues('effective-date-label', {
  zh: ['更新日期', '生效日期', '更新时间', '生效时间', '发布日期', '发布时间', '版本日期', '修订日期', '修订时间', '最近更新', '最新更新', '最后更新', '施行日期', '实施日期', '版本生效', '本版'],
  en: ['last updated', 'last modified', 'last revised', 'last amended', 'effective date', 'effective as of', 'date of last revision', 'revision date', 'version date'],
});

/** The date belongs to this document, not to a law it cites. */
const thisDocumentCues = defineCues('this-document', {
  zh: ['本政策', '本隐私政策', '本指引', '本声明', '本规则', '本协议', '本条款', '本版本', '本版'],
  en: ['this policy', 'this privacy policy', 'this notice', 'this statement', 'these terms', 'this version'],
});

/** A blank left in a template: 【】年【】月【】日, XXXX年XX月XX日, [date]. */
const PLACEHOLDER = /(?:[【\[] {0,3}[】\]]|[x_＿] {0,2}[x_＿]|\[date\]|\[insert|\bxx\b| {2,6}年| {0,2}年 {0,2}月 {0,2}日)/;

const NEAR = 40;
const SHORT_BLOCK = 60;

interface DatedLabel {
  date: DateMention;
  block: number;
}

/** Dates that the document gives as its own: next to a label, in a short line at the top or bottom, or in a sentence about this policy. */
export function policyDates(model: DocumentModel): { dates: DatedLabel[]; blanks: number[] } {
  const dates: DatedLabel[] = [];
  const blanks: number[] = [];
  const seen = new Set<number>();
  const blocks = model.blocks.length;
  for (const hit of model.hits(effectiveDateCues)) {
    const block = model.blockAt(hit.start);
    if (seen.has(block)) continue;
    seen.add(block);
    const span = spanOf(model.blocks[block]!);
    const strong = model.has(strongLabelCues, span);
    const short = span.end - span.start <= SHORT_BLOCK;
    const aboutThis = model.has(thisDocumentCues, span);
    if (!strong && !short && !aboutThis) continue;
    const text = model.textOf(span);
    let found = findDates(text, span.start).filter((d) => strong || short || nearCue(model, d, span));
    // "生效日期：" alone on its line, the date on the next.
    if (found.length === 0 && short && block + 1 < blocks) {
      const next = spanOf(model.blocks[block + 1]!);
      if (next.end - next.start <= SHORT_BLOCK) found = findDates(model.textOf(next), next.start);
    }
    if (found.length > 0) for (const date of found) dates.push({ date, block });
    else if (strong && PLACEHOLDER.test(text)) blanks.push(block);
  }
  // A bare date on a short line among the first or last blocks ("2024年3月1日" under the company name).
  for (const block of [...range(0, Math.min(6, blocks)), ...range(Math.max(6, blocks - 4), blocks)]) {
    if (seen.has(block)) continue;
    const span = spanOf(model.blocks[block]!);
    if (span.end - span.start > 40) continue;
    for (const date of findDates(model.textOf(span), span.start)) if (date.day !== undefined) dates.push({ date, block });
  }
  return { dates, blanks };
}

function nearCue(model: DocumentModel, date: Span, block: Span): boolean {
  return model.hitsIn(effectiveDateCues, Math.max(block.start, date.start - NEAR), Math.min(block.end, date.end + NEAR)).length > 0;
}

function range(from: number, to: number): number[] {
  const result: number[] = [];
  for (let i = from; i < to; i++) result.push(i);
  return result;
}

export const policyEffectiveDate: Requirement = {
  id: 'policy-effective-date',
  appliesTo: ['privacy-policy', 'children-policy', 'user-agreement'],
  severities: { missing: 'warning', 'no-date': 'warning', 'invalid-date': 'warning' },
  basis: {
    pipl: [GBT35273.appendixD],
    ccpa: [CCPA_REGS.s7011_e_4, CCPA.s130_a_5],
  },
  primaryCues: strongLabelCues,
  detect({ model }) {
    const { dates, blanks } = policyDates(model);
    const valid = dates.filter((d) => d.date.valid);
    if (valid.length > 0) return { evidence: valid.map((d) => ({ start: d.date.start, end: d.date.end })), issues: [], matched: model.textOf(valid[0]!.date) };
    const issues: Issue[] = [];
    for (const { date } of dates) {
      const stated = model.sourceTextOf(date);
      issues.push({ kind: 'invalid-date', span: { start: date.start, end: date.end }, args: { stated }, cue: stated });
    }
    for (const block of blanks) {
      const span = spanOf(model.blocks[block]!);
      issues.push({ kind: 'no-date', span, cue: model.sourceTextOf(span) });
    }
    return { evidence: issues.map((i) => i.span), issues };
  },
  fix: { section: 'scope' },
  examples: [
    {
      name: 'effective date at the top',
      lang: 'zh',
      markdown: '# 隐私政策\n\n更新日期：2024年3月1日\n\n生效日期：【2024】年【3】月【8】日\n\n## 一、我们如何收集信息\n\n我们收集您的手机号码。\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'a template blank left unfilled',
      lang: 'zh',
      markdown: '# 隐私政策\n\n生效日期：【】年【】月【】日\n\n## 一、我们如何收集信息\n\n我们收集您的手机号码。\n',
      status: 'weak',
      findings: [{ kind: 'no-date', line: 2 }],
    },
    {
      name: 'a date that does not exist',
      lang: 'zh',
      markdown: '# 隐私政策\n\n更新日期：2024年2月30日\n\n## 一、我们如何收集信息\n\n我们收集您的手机号码。\n',
      status: 'weak',
      findings: [{ kind: 'invalid-date', line: 2 }],
    },
    {
      name: 'a law’s date is not the policy’s date',
      lang: 'zh',
      markdown: '# 隐私政策\n\n## 一、总则\n\n我们依据2021年11月1日起施行的《个人信息保护法》及相关法律法规制定本政策，并将持续根据法律法规的变化调整我们处理个人信息的方式。\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
    {
      name: 'last updated',
      lang: 'en',
      markdown: '# Privacy Policy\n\nLast updated: March 1, 2024\n\n## What we collect\n\nWe collect your e-mail address.\n',
      status: 'present',
      findings: [],
    },
    {
      name: 'no date',
      lang: 'en',
      markdown: '# Privacy Policy\n\n## What we collect\n\nWe collect your e-mail address.\n',
      status: 'missing',
      findings: [{ kind: 'missing', line: 0 }],
    },
  ],
};
