import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localized, pick } from '@/lib/i18n/localized';

describe('localized', () => {
  it.each([
    ['zh-TW', '中文', 'English', '中文'],
    ['en', '中文', 'English', 'English'],
    ['en', '中文', '', '中文'],
    ['zh-TW', '  ', 'English', 'English'],
    ['en', null, undefined, ''],
  ])('%s of (%j, %j) is %j', (locale, zh, en, expected) => {
    expect(localized(locale, zh, en)).toBe(expected);
  });

  it('always returns one of the two texts (trimmed) or empty', () => {
    fc.assert(
      fc.property(fc.constantFrom('zh-TW', 'en'), fc.string(), fc.string(), (locale, zh, en) => {
        expect(['', zh.trim(), en.trim()]).toContain(localized(locale, zh, en));
      }),
    );
  });

  it('picks the field pair from a row', () => {
    expect(pick({ titleZh: '秋季', titleEn: 'Autumn' }, 'title', 'en')).toBe('Autumn');
  });
});
