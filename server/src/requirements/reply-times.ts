import { defineCues } from '../document/cues';
import { findDurations, workingDays, type Duration } from '../document/entities';
import type { DocumentModel, Sentence, Span } from '../document/model';
import { sameNumerals } from '../fixes/numerals';
import { spanOf } from './evidence';
import type { Issue } from './requirement';

/**
 * Promised reply times ("我们将在十五个工作日内答复", "we respond within 30 days"): the one reader of
 * them, for complaints, rights requests and account cancellation. Callers choose the candidate
 * sentences; this reads the periods in them and compares them with the limit in working days.
 */

/**
 * Periods that are not reply times when they share a clause with the number: notices given in
 * advance (提前三十日通知), shutdown (停止运营后90天), cooling-off, retention and look-back periods,
 * conditions on past use (30天未登录).
 */
const otherPeriodCues = defineCues('other-period', {
  zh: ['冷静期', '犹豫期', '缓冲期', '考虑期', '保留期', '保存', '保留', '留存', '存储', '近', '最近', '过去', '以来', '期间内', '没有', '未登录', '无交易', '未使用', '提前', '停止运营', '终止运营', '停止服务', '终止服务', '停运'],
  en: ['cooling-off', 'grace period', 'retain*', 'retention', 'keep', 'stored', 'past', 'last', 'inactive', 'not logged in', 'in advance', 'advance notice', 'prior notice', 'notice period', 'cease operat*', 'discontinu*'],
});

/** Promises without a number (CAC 2019 Methods §6(3) and §6(5) want a stated limit). */
export const vagueReplyCues = defineCues('vague-reply-time', {
  zh: ['及时', '尽快', '合理时间', '合理期限', '合理的时间', '合理的期限', '第一时间', '尽早', '尽速', '迅速'],
  en: ['promptly', 'as soon as possible', 'reasonable time', 'reasonable period', 'reasonable timeframe', 'timely', 'without undue delay', 'as quickly as possible', 'in due course'],
});

/** Vague adverbs that a number can replace in place ("尽快处理" reads well as "在15个工作日内处理"; "在合理时间内" would not). */
const replaceableVagueCues = defineCues('replaceable-vague-reply-time', {
  zh: ['及时', '尽快', '尽早', '尽速', '迅速', '第一时间'],
  en: ['promptly', 'as soon as possible', 'as quickly as possible', 'without undue delay'],
});

/** The clause of a sentence around a span: between the nearest commas, semicolons or colons. */
function clauseAround(model: DocumentModel, sentence: Sentence, span: Span): Span {
  const text = model.plain;
  let start = span.start;
  while (start > sentence.plainStart && !/[,;:]/.test(text.charAt(start - 1))) start--;
  let end = span.end;
  while (end < sentence.plainEnd && !/[,;:]/.test(text.charAt(end))) end++;
  return { start, end };
}

/** The periods a sentence promises: numbers with a unit, not years (retention, look-back) and not periods of something else. */
export function replyPeriods(model: DocumentModel, sentence: Sentence): Duration[] {
  return findDurations(model.textOf(sentence), sentence.plainStart).filter(
    (d) => (d.unit !== 'year' || d.value <= 1) && !model.has(otherPeriodCues, clauseAround(model, sentence, d)),
  );
}

/** A too-slow finding on a stated period, with the limit as its correction. */
export function tooSlow(model: DocumentModel, sentence: Sentence, period: Duration, limit: number): Issue {
  const stated = model.sourceTextOf(period);
  const replacement = model.language === 'zh' ? `${sameNumerals(stated, limit)}个工作日` : `${limit} working days`;
  return { kind: 'too-slow', span: spanOf(sentence), args: { stated, limit }, cue: stated, fix: { span: period, replacement } };
}

/**
 * Reads the reply times promised in candidate sentences: any period within the limit makes the
 * disclosure present; each longer one is `too-slow`; without any period, a promise such as 尽快 or
 * promptly is `vague`; nothing at all is no evidence.
 */
export function assessReplyTimes(model: DocumentModel, candidates: readonly Sentence[], limit: number): { evidence: Span[]; issues: Issue[] } {
  const evidence: Span[] = [];
  const issues: Issue[] = [];
  let inTime = false;
  let vague: Sentence | undefined;
  for (const sentence of candidates) {
    const periods = replyPeriods(model, sentence);
    if (periods.length === 0) {
      if (!vague && model.has(vagueReplyCues, sentence)) vague = sentence;
      continue;
    }
    evidence.push(spanOf(sentence));
    for (const period of periods) {
      if (workingDays(period) > limit) issues.push(tooSlow(model, sentence, period, limit));
      else inTime = true;
    }
  }
  if (inTime || issues.length > 0) return { evidence, issues };
  if (!vague) return { evidence: [], issues: [] };
  const hit = model.firstHit(vagueReplyCues, vague.plainStart, vague.plainEnd)!;
  const cue = model.sourceTextOf(hit);
  const replacement = model.language === 'zh' ? `在${limit}个工作日内` : `within ${limit} working days`;
  const fix = model.has(replaceableVagueCues, hit) ? { span: hit, replacement } : undefined;
  return { evidence: [spanOf(vague)], issues: [{ kind: 'vague', span: spanOf(vague), args: { cue, limit }, cue, fix }] };
}
