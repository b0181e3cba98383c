import { describe, expect, it } from 'vitest';
import { CATALOGUES, format, localeFromLanguageTag } from '../../server/src/l10n';
import { REQUIREMENTS } from '../../server/src/requirements';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have the same keys in English and Simplified Chinese', () => {
    expect(Object.keys(CATALOGUES['zh-cn']).sort()).toEqual(Object.keys(CATALOGUES.en).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of Object.entries(CATALOGUES.en)) expect([key, placeholders(CATALOGUES['zh-cn'][key]!)]).toEqual([key, placeholders(text)]);
  });

  it('have a title, a description and a message for every kind of finding of every requirement', () => {
    for (const requirement of REQUIREMENTS) {
      for (const suffix of ['title', 'description', ...Object.keys(requirement.severities)]) {
        expect(CATALOGUES.en, `${requirement.id}.${suffix}`).toHaveProperty([`${requirement.id}.${suffix}`]);
      }
    }
  });

  it('render arguments and keep unknown placeholders visible', () => {
    expect(format('en', 'complaint-response-time.too-slow', { stated: '30 days', limit: 15 })).toBe(
      'Reply time too long: "30 days" exceeds the limit of 15 working days for answering complaints and requests.',
    );
    expect(format('zh-cn', 'complaint-response-time.too-slow', { stated: '30天' })).toBe('答复时限过长：“30天”超过了答复投诉和请求不得超过的{limit}个工作日。');
  });

  it('map display languages to message locales', () => {
    expect(['zh-cn', 'zh-CN', 'zh_TW', 'zh-Hans', 'en', 'en-US', 'de', undefined].map(localeFromLanguageTag)).toEqual(['zh-cn', 'zh-cn', 'zh-cn', 'zh-cn', 'en', 'en', 'en', 'en']);
  });
});
