const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 as Chinese numerals (十一, 二十, 二十一). */
export function chineseNumeral(value: number): string {
  if (value < 10) return DIGITS[value]!;
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** Writes `value` in the numerals of `sample`: Chinese (十四) when it has any, Arabic (14) otherwise. */
export function sameNumerals(sample: string, value: number): string {
  return /[一二三四五六七八九十百两]/.test(sample) ? chineseNumeral(value) : String(value);
}
