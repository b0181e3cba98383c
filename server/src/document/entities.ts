import type { DocumentModel, Span } from './model';

/**
 * Scanners for the concrete facts that quality checks read: contact channels (e-mail, phone, URL),
 * durations with their units, and age thresholds. Every pattern starts with a literal or a bounded
 * class and uses only bounded quantifiers, so a scan is linear in the text length.
 */

export interface Channel extends Span {
  kind: 'email' | 'phone' | 'url';
  value: string;
}

export type DurationUnit = 'working-day' | 'day' | 'hour' | 'week' | 'month' | 'year';

export interface Duration extends Span {
  value: number;
  unit: DurationUnit;
}

export interface DateMention extends Span {
  year: number;
  month: number;
  /** Day of the month; undefined when only a month and year are given ("March 2024", 2024年3月). */
  day?: number;
  /** The calendar has this date (month 1–12, day within the month, year 1990–2100). */
  valid: boolean;
}

export interface AgeThreshold extends Span {
  age: number;
  /** Where the number itself is (十四, 14). */
  number: Span;
}

const EMAIL = /[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5}/g;
const URL = /(?:https?:\/\/|www\.)[^\s<>()"'，。；、（）]{2,300}/g;

export function findChannels(text: string, offset: number): Channel[] {
  const channels: Channel[] = [];
  for (const m of text.matchAll(EMAIL)) channels.push({ kind: 'email', value: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length });
  for (const m of text.matchAll(URL)) channels.push({ kind: 'url', value: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length });
  for (const phone of scanPhoneNumbers(text)) {
    const start = offset + phone.index;
    if (!overlaps(channels, start)) channels.push({ kind: 'phone', value: phone.value, start, end: start + phone.value.length });
  }
  return channels.sort((a, b) => a.start - b.start);
}

/**
 * Phone numbers: runs of 7 to 15 digits with spaces, hyphens, brackets or a leading +, e.g.
 * 400-820-1234, (021) 1234 5678, +86 10 12345678, or service numbers of 5 to 6 digits after 电话 /
 * 热线 / call. Dates, amounts and versions are skipped.
 */
function scanPhoneNumbers(text: string): Array<{ index: number; value: string }> {
  const found: Array<{ index: number; value: string }> = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isDigit(code) && code !== 0x2b && code !== 0x28) {
      i++;
      continue;
    }
    let end = i;
    let digits = 0;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (isDigit(c)) digits++;
      else if (c === 0x2e && isDottedGroup(text, end)) {
        // 1.888.341.5000: a dot between digit groups of three or four.
      } else if (!(c === 0x20 || c === 0x2d || c === 0x28 || c === 0x29 || (c === 0x2b && end === i))) break;
      end++;
    }
    let last = end;
    while (last > i && !isDigit(text.charCodeAt(last - 1))) last--;
    const value = text.slice(i, last);
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(last);
    const afterNext = text.charCodeAt(last + 1);
    const isDate = /^(?:19|20)\d{2}[ -]?\d{1,2}[ -]?\d{1,2}$/.test(value);
    const serviceNumber = digits >= 5 && digits <= 6 && SERVICE_NUMBER_CONTEXT.test(text.slice(Math.max(0, i - 8), i));
    if ((serviceNumber || (digits >= 7 && digits <= 15)) && !isNumberContext(before, text.charCodeAt(i)) && !isNumberContext(after, afterNext) && !isDate && !/ {2}/.test(value)) {
      found.push({ index: i, value });
    }
    i = Math.max(end, i + 1);
  }
  return found;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A dot at `at` sits between a group of 1–4 digits and a group of 3–4 digits (a dotted phone number). */
function isDottedGroup(text: string, at: number): boolean {
  let before = 0;
  while (before < 5 && isDigit(text.charCodeAt(at - 1 - before))) before++;
  let after = 0;
  while (after < 5 && isDigit(text.charCodeAt(at + 1 + after))) after++;
  return before >= 1 && before <= 4 && after >= 3 && after <= 4;
}

/** Short service numbers (95566, 10086) count only right after words that announce a phone number. */
const SERVICE_NUMBER_CONTEXT = /(?:电话|热线|拨打|致电|客服|专线|phone|call|tel|hotline)[^\d]{0,4}$/;

/** Characters next to a digit run that make it a date, amount, count, filing number or address rather than a phone number. */
const NUMBER_CONTEXT = new Set('年月日元万亿次岁人件号备%@'.split('').map((ch) => ch.charCodeAt(0)));

/** `next` is the character after `code`: a full stop ends a sentence unless a digit follows (1.5, v2.3). */
function isNumberContext(code: number, next = NaN): boolean {
  if (code === 0x2e) return isDigit(next);
  return NUMBER_CONTEXT.has(code) || (code >= 0x61 && code <= 0x7a);
}

function overlaps(channels: Channel[], start: number): boolean {
  return channels.some((c) => c.start <= start && start < c.end);
}

/** Channels in a plain span, including the targets of Markdown links there. */
export function channelsIn(model: DocumentModel, span: Span): Channel[] {
  const channels = findChannels(model.plain.slice(span.start, span.end), span.start);
  for (const link of model.links) {
    if (link.plainStart >= span.start && link.plainEnd <= span.end && /^(?:https?:|mailto:|tel:)/i.test(link.url)) {
      const kind = link.url.toLowerCase().startsWith('mailto:') ? 'email' : link.url.toLowerCase().startsWith('tel:') ? 'phone' : 'url';
      channels.push({ kind, value: link.url, start: link.plainStart, end: link.plainEnd });
    }
  }
  return channels;
}

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses Arabic or Chinese numerals up to 9999 (十五, 三十, 一百二十, 15), and years written digit by digit (二〇二二). */
export function parseNumber(token: string): number | null {
  if (/^\d{1,4}$/.test(token)) return Number(token);
  if (token.length === 4 && [...token].every((ch) => ch in CHINESE_DIGITS)) return Number([...token].map((ch) => CHINESE_DIGITS[ch]).join(''));
  let total = 0;
  let current = 0;
  for (const ch of token) {
    if (ch in CHINESE_DIGITS) current = CHINESE_DIGITS[ch]!;
    else if (ch === '十' || ch === '百' || ch === '千') {
      const multiplier = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      total += (current === 0 ? 1 : current) * multiplier;
      current = 0;
    } else return null;
  }
  return token.length > 0 ? total + current : null;
}

const ENGLISH_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, twenty: 20, thirty: 30,
  'forty-five': 45, forty: 40, sixty: 60, ninety: 90,
};

// 14周岁 is an age and 3周年 an anniversary, not weeks; 【15】天 keeps its brackets from a template.
const ZH_DURATION = /[【[]?([\d]{1,4}|[零〇一二两三四五六七八九十百]{1,6})[】\]]? {0,2}(?:个)? {0,2}(工作日|日|天|小时|周(?![岁年])|星期|月|年)/g;
const EN_DURATION = /\b(\d{1,4}|[a-z]{3,10}(?:-[a-z]{3,5})?)(?: \(\d{1,4}\))? {1,2}(business days?|working days?|calendar days?|days?|hours?|weeks?|months?|years?)\b/g;

export function findDurations(text: string, offset: number): Duration[] {
  const found: Duration[] = [];
  for (const m of text.matchAll(ZH_DURATION)) {
    const value = parseNumber(m[1]!);
    if (value === null) continue;
    const unitText = m[2]!;
    // 日 after a month number is a date (3月15日), not a period.
    if (unitText === '日' && text.charCodeAt(m.index! - 1) === 0x6708) continue;
    const unit: DurationUnit = unitText === '工作日' ? 'working-day' : unitText === '日' || unitText === '天' ? 'day' : unitText === '小时' ? 'hour' : unitText === '周' || unitText === '星期' ? 'week' : unitText === '月' ? 'month' : 'year';
    if (unit === 'month' && !m[0].includes('个') && !/[内以之]/.test(text.charAt(m.index! + m[0].length))) continue;
    if (unit === 'year' && value >= 1900) continue;
    if (isAge(text, m.index! + m[0].length)) continue;
    found.push({ value, unit, start: offset + m.index!, end: offset + m.index! + m[0].length });
  }
  for (const m of text.matchAll(EN_DURATION)) {
    const word = m[1]!;
    const value = /^\d/.test(word) ? Number(word) : ENGLISH_NUMBERS[word];
    if (value === undefined) continue;
    const unitText = m[2]!;
    const unit: DurationUnit = /^(business|working)/.test(unitText) ? 'working-day' : unitText.startsWith('calendar') || unitText.startsWith('day') ? 'day' : unitText.startsWith('hour') ? 'hour' : unitText.startsWith('week') ? 'week' : unitText.startsWith('month') ? 'month' : 'year';
    if (isAge(text, m.index! + m[0].length)) continue;
    found.push({ value, unit, start: offset + m.index!, end: offset + m.index! + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "13 years of age", "16 years old", "十四周岁": an age, not a period. */
function isAge(text: string, end: number): boolean {
  return /^(?:岁|周岁| of age| old|-old)/.test(text.slice(end, end + 8));
}

/** Rough number of working days a duration may take, for comparison with working-day limits. */
export function workingDays(duration: Duration): number {
  switch (duration.unit) {
    case 'working-day':
      return duration.value;
    case 'hour':
      return duration.value / 24;
    case 'day':
      // Fifteen working days span at most 21 calendar days (three weeks).
      return (duration.value * 15) / 21;
    case 'week':
      return duration.value * 5;
    case 'month':
      return duration.value * 22;
    case 'year':
      return duration.value * 250;
  }
}

const ZH_AGE = /(?:不满|未满|未达到?|低于|小于|年龄在)? {0,2}([\d]{1,2}|[一二三四五六七八九十]{1,3}) {0,2}(?:周岁|岁)(以下|之下|及以下|\(含\)以下|\(不含\)|以上|及以上)?/dg;
const EN_AGE = /\b(under|below|younger than|less than|aged under|over|at least|older than)? {0,2}(?:the age of )?(\d{1,2}|(?:twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)(?: \(\d{1,2}\))?)(?: years)?(?: of age| years old)?( (?:or|and) (?:younger|under|older|over|above))?/dg;

/**
 * Age thresholds that mark who counts as a child: "不满十四周岁", "14周岁以下", "under 13",
 * "under the age of 16", "under the age of thirteen (13)", "13 years of age or younger". Ages stated as a lower bound (以上, over) are skipped.
 */
export function findAgeThresholds(text: string, offset: number): AgeThreshold[] {
  const found: AgeThreshold[] = [];
  for (const m of text.matchAll(ZH_AGE)) {
    const before = m[0].match(/^(不满|未满|未达到?|低于|小于|年龄在)/)?.[0];
    const after = m[2];
    if (after === '以上' || after === '及以上') continue;
    if (!before && !after) continue;
    const age = parseNumber(m[1]!);
    if (age === null || age < 6 || age > 21) continue;
    found.push({ age, start: offset + m.index!, end: offset + m.index! + m[0].length, number: groupSpan(m, 1, offset) });
  }
  for (const m of text.matchAll(EN_AGE)) {
    const qualifier = m[1];
    const suffix = m[3];
    if (!qualifier && !suffix) continue;
    if (qualifier === 'over' || qualifier === 'at least' || qualifier === 'older than' || (suffix && /older|over|above/.test(suffix))) continue;
    if (!/age|year|old|child|minor|kid|under|younger/.test(text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 20))) continue;
    // "thirteen (13)" counts as one number.
    const age = /^\d/.test(m[2]!) ? Number(m[2]) : ENGLISH_NUMBERS[m[2]!.split(' ')[0]!]!;
    if (age < 6 || age > 21) continue;
    found.push({ age, start: offset + m.index!, end: offset + m.index! + m[0].length, number: groupSpan(m, 2, offset) });
  }
  return found.sort((a, b) => a.start - b.start);
}

function groupSpan(match: RegExpMatchArray, group: number, offset: number): Span {
  const [start, end] = match.indices![group]!;
  return { start: offset + start, end: offset + end };
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** 2022年5月1日, 【2022】年【9】月【9】日, 二〇二二年五月一日, 2022 年 5 月 (no day). */
const ZH_DATE = /(\d{4}|[〇零一二三四五六七八九]{4}) {0,2}[】\]]? {0,2}年 {0,2}[【\[]? {0,2}(\d{1,2}|[一二三四五六七八九十]{1,3}) {0,2}[】\]]? {0,2}月(?: {0,2}[【\[]? {0,2}(\d{1,2}|[一二三四五六七八九十]{1,3}) {0,2}[】\]]? {0,2}[日号])?/g;
/** 2022-05-01, 2022/5/1, 2022.05.01. */
const ISO_DATE = /(\d{4}) {0,1}([-/.]) {0,1}(\d{1,2}) {0,1}[-/.] {0,1}(\d{1,2})(?!\d)/g;
/** May 1, 2022; May 1st 2022; 1 May 2022; 1st of May, 2022; May 2022. */
const EN_MONTH_FIRST = /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.? {1,2}(?:(\d{1,2})(?:st|nd|rd|th)?,? {1,2})?(\d{4})\b/g;
const EN_DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)? {1,2}(?:of )?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?,? {1,2}(\d{4})\b/g;
/** 05/01/2022 (month first unless the first number cannot be a month). */
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g;

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function makeDate(year: number, month: number, day: number | undefined, start: number, end: number): DateMention {
  const valid = year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && (day === undefined || (day >= 1 && day <= daysInMonth(year, month)));
  return { year, month, day, valid, start, end };
}

/** Calendar dates in normalised text (Chinese, ISO-like and English forms), with offsets shifted by `offset`. */
export function findDates(text: string, offset: number): DateMention[] {
  const found: DateMention[] = [];
  const taken = (start: number) => found.some((d) => d.start <= start && start < d.end);
  for (const m of text.matchAll(ZH_DATE)) {
    const year = parseNumber(m[1]!);
    const month = parseNumber(m[2]!);
    const day = m[3] === undefined ? undefined : parseNumber(m[3]);
    if (year === null || month === null || day === null) continue;
    found.push(makeDate(year, month, day, offset + m.index!, offset + m.index! + m[0].length));
  }
  for (const m of text.matchAll(ISO_DATE)) {
    if (/\d/.test(text.charAt(m.index! - 1)) || taken(offset + m.index!)) continue;
    found.push(makeDate(Number(m[1]), Number(m[3]), Number(m[4]), offset + m.index!, offset + m.index! + m[0].length));
  }
  for (const m of text.matchAll(EN_DAY_FIRST)) {
    found.push(makeDate(Number(m[3]), MONTHS[m[2]!]!, Number(m[1]), offset + m.index!, offset + m.index! + m[0].length));
  }
  for (const m of text.matchAll(EN_MONTH_FIRST)) {
    if (taken(offset + m.index!)) continue;
    found.push(makeDate(Number(m[3]), MONTHS[m[1]!]!, m[2] === undefined ? undefined : Number(m[2]), offset + m.index!, offset + m.index! + m[0].length));
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    if (taken(offset + m.index!)) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [month, day] = a > 12 ? [b, a] : [a, b];
    found.push(makeDate(Number(m[3]), month, day, offset + m.index!, offset + m.index! + m[0].length));
  }
  return found.sort((x, y) => x.start - y.start);
}
