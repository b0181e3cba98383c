import { describe, expect, it } from 'vitest';
import { findAgeThresholds, findChannels, findDates, findDurations, parseNumber, workingDays } from '../../server/src/document/entities';
import { normalize } from '../../server/src/document/text';

const durations = (text: string) => findDurations(normalize(text), 0).map((d) => [d.value, d.unit]);
const ages = (text: string) => findAgeThresholds(normalize(text), 0).map((a) => a.age);
const channels = (text: string) => findChannels(normalize(text), 0).map((c) => [c.kind, c.value]);

describe('numbers and durations', () => {
  it('parses Chinese and Arabic numerals', () => {
    expect(['十五', '三十', '一百二十', '两', '十', '15', '七'].map(parseNumber)).toEqual([15, 30, 120, 2, 10, 15, 7]);
    expect(parseNumber('十五天')).toBeNull();
    expect(parseNumber('二〇二二')).toBe(2022);
  });

  it('finds durations with their units', () => {
    expect(durations('我们将在十五个工作日内答复')).toEqual([[15, 'working-day']]);
    expect(durations('15天内；30日内；一个月内；3年')).toEqual([[15, 'day'], [30, 'day'], [1, 'month'], [3, 'year']]);
    expect(durations('within 30 days, within one month, within 15 business days, within thirty (30) days')).toEqual([[30, 'day'], [1, 'month'], [15, 'working-day'], [30, 'day']]);
  });

  it('does not take ages or anniversaries for weeks, and reads bracketed template numbers', () => {
    expect(durations('不满14周岁的儿童；成立3周年')).toEqual([]);
    expect(durations('users 13 years of age or younger, children 16 years old')).toEqual([]);
    expect(durations('我们将在【15】天内回复')).toEqual([[15, 'day']]);
  });

  it('does not take dates for durations', () => {
    expect(durations('更新日期：2026年3月15日')).toEqual([]);
    expect(durations('3月15日')).toEqual([]);
  });

  it('converts to working days for comparison with a working-day limit', () => {
    const at = (value: number, unit: 'day' | 'working-day' | 'month') => workingDays({ value, unit, start: 0, end: 0 });
    expect(at(15, 'working-day')).toBe(15);
    expect(at(21, 'day')).toBe(15);
    expect(at(30, 'day')).toBeGreaterThan(15);
    expect(at(1, 'month')).toBeGreaterThan(15);
  });
});

describe('age thresholds', () => {
  it('reads Chinese thresholds', () => {
    expect(ages('不满十四周岁的未成年人')).toEqual([14]);
    expect(ages('14周岁以下的儿童')).toEqual([14]);
    expect(ages('未满18周岁')).toEqual([18]);
    expect(ages('已满14周岁、14周岁以上的用户')).toEqual([]);
  });

  it('reads English thresholds', () => {
    expect(ages('children under 13')).toEqual([13]);
    expect(ages('under the age of 16')).toEqual([16]);
    expect(ages('13 years of age or younger')).toEqual([13]);
    expect(ages('children under the age of thirteen (13)')).toEqual([13]);
    expect(ages('we have over thirteen stores')).toEqual([]);
    expect(ages('users over 18')).toEqual([]);
  });
});

describe('contact channels', () => {
  it('finds e-mail addresses, phone numbers and URLs', () => {
    expect(channels('邮箱：privacy@example.cn，电话：400-820-1234，网址 https://example.cn/help。')).toEqual([
      ['email', 'privacy@example.cn'],
      ['phone', '400-820-1234'],
      ['url', 'https://example.cn/help'],
    ]);
    expect(channels('call (021) 1234 5678 or +86 10 12345678')).toEqual([['phone', '(021) 1234 5678'], ['phone', '+86 10 12345678']]);
  });

  it('does not take dates, amounts or versions for phone numbers', () => {
    expect(channels('2026-03-01 生效；金额 12345678元；版本 1.2.3456789；京ICP备17027026号')).toEqual([]);
    expect(channels('call (310) 369-1350. or 1.888.341.5000')).toEqual([['phone', '(310) 369-1350'], ['phone', '1.888.341.5000']]);
  });
});

describe('findDates', () => {
  const parse = (text: string) => findDates(text, 0).map(({ year, month, day, valid }) => ({ year, month, day, valid }));

  it('reads Chinese, bracketed, ISO-like and English dates', () => {
    expect(parse('更新日期:2024年3月1日')).toEqual([{ year: 2024, month: 3, day: 1, valid: true }]);
    expect(parse('生效日期:【2022】年【9】月【9】日')).toEqual([{ year: 2022, month: 9, day: 9, valid: true }]);
    expect(parse('二〇二二年五月一日')).toEqual([{ year: 2022, month: 5, day: 1, valid: true }]);
    expect(parse('2022 年 07 月 29 日')).toEqual([{ year: 2022, month: 7, day: 29, valid: true }]);
    expect(parse('最近更新日期 : 2018-04-11')).toEqual([{ year: 2018, month: 4, day: 11, valid: true }]);
    expect(parse('last updated: march 1, 2024')).toEqual([{ year: 2024, month: 3, day: 1, valid: true }]);
    expect(parse('effective 1st of january 2025')).toEqual([{ year: 2025, month: 1, day: 1, valid: true }]);
    expect(parse('updated 05/01/2023')).toEqual([{ year: 2023, month: 5, day: 1, valid: true }]);
    expect(parse('updated: june 2023')).toEqual([{ year: 2023, month: 6, day: undefined, valid: true }]);
  });

  it('marks dates the calendar does not have', () => {
    expect(parse('2024年2月30日')).toEqual([{ year: 2024, month: 2, day: 30, valid: false }]);
    expect(parse('2023-13-01')).toEqual([{ year: 2023, month: 13, day: 1, valid: false }]);
    expect(parse('2024年2月29日')[0]!.valid).toBe(true);
  });

  it('does not read version numbers or amounts as dates', () => {
    expect(parse('版本号 v3.2.1，费用 2000元')).toEqual([]);
  });
});
