import type { MessageLocale } from '../types';
import { en } from './en/index';
import { zhCn } from './zh-cn/index';

export const CATALOGUES: Readonly<Record<MessageLocale, Readonly<Record<string, string>>>> = { en, 'zh-cn': zhCn };

/** Renders a message: `{name}` placeholders take their arguments; unknown keys fall back to English. */
export function format(locale: MessageLocale, key: string, args: Record<string, string | number> = {}): string {
  const template = CATALOGUES[locale][key] ?? en[key] ?? key;
  return template.replace(/\{(\w{1,40})\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** Maps a display language such as "zh-CN", "zh-Hans" or "en-US" to a message locale. */
export function localeFromLanguageTag(tag: string | undefined): MessageLocale {
  return tag && /^zh\b/i.test(tag.replace('_', '-')) ? 'zh-cn' : 'en';
}
