import { describe, expect, it } from 'vitest';
import { translate } from '../../../core/i18n/translate';
import { ar } from '../../../core/i18n/ar';
import { en } from '../../../core/i18n/en';

const articles = (locale: 'ar' | 'en', count: number) => translate(locale, 'archive.count', { count });

describe('counted words', () => {
  it('take the Arabic form the number asks for, by its last two digits', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 110, 111, 1000, 100_001].map((n) => articles('ar', n))).toEqual(
      [
        'لا مقالات',
        'مقال واحد',
        'مقالان',
        '3 مقالات',
        '10 مقالات',
        '11 مقالاً',
        '99 مقالاً',
        '100 مقال',
        '101 مقال',
        '102 مقال',
        '103 مقالات',
        '110 مقالات',
        '111 مقالاً',
        '1000 مقال',
        '100001 مقال',
      ],
    );
  });

  it('take one or many in English', () => {
    expect([0, 1, 2, 11].map((n) => articles('en', n))).toEqual([
      '0 articles',
      '1 article',
      '2 articles',
      '11 articles',
    ]);
  });

  it('follow the number just before the noun when that is not the count', () => {
    expect(translate('ar', 'editor.count.characters', { count: 54, budget: 80 })).toBe('54 من 80 حرفاً');
    expect(translate('ar', 'editor.count.characters', { count: 54, budget: 100 })).toBe('54 من 100 حرف');
    expect(translate('ar', 'editor.count.characters', { count: 4, budget: 10 })).toBe('4 من 10 أحرف');
  });

  it('fall back to the general form when no number is given', () => {
    expect(translate('ar', 'archive.count')).toBe('{count} مقال');
  });

  it('follow the same number in both languages when both have forms', () => {
    // One language may need no forms where the other does (Arabic's «{count} من الاقتراحات» suits any number).
    for (const key of Object.keys(ar) as Array<keyof typeof ar>) {
      const [a, e] = [ar[key], en[key]];
      if (typeof a !== 'string' && typeof e !== 'string') expect(e.by, key).toBe(a.by);
    }
  });
});
