/** Find in the article: harakat-insensitive by default, as search is, with offsets in the original text. */
import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../core/arabic/findMatches';

const found = (text: string, query: string, exact = false) =>
  findMatches(text, query, exact).map((m) => text.slice(m.start, m.end));

describe('findMatches', () => {
  it('finds a word whatever its harakat, alef form, or ta marbuta, and returns it as written', () => {
    expect(found('كَتَبَ الوزيرُ مقالةً ثم كتب أخرى', 'كتب')).toEqual(['كَتَبَ', 'كتب']);
    expect(found('قال أحمد إن احمد وإحمد', 'احمد')).toEqual(['أحمد', 'احمد', 'إحمد']);
    expect(found('المدرسة والمدرسه', 'مدرسة')).toEqual(['مدرسة', 'مدرسه']);
    expect(found('NATO and nato', 'Nato')).toEqual(['NATO', 'nato']);
    expect(found('عام ٢٠٢٦ و2026', '2026')).toEqual(['٢٠٢٦', '2026']);
  });

  it('matches only the characters as typed when asked to', () => {
    expect(found('كَتَبَ ثم كتب', 'كتب', true)).toEqual(['كتب']);
    expect(findMatches('نص', '')).toEqual([]);
  });
});
