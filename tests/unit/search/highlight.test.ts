import { describe, expect, it } from 'vitest';
import { ELLIPSIS, Highlighter, plainSnippet, SNIPPET_WORDS } from '../../../core/search/highlight';
import { parseSearchQuery } from '../../../core/search/query';
import { searchStemmer } from '../../../db/search/stemmer';

const highlighter = (query: string) => new Highlighter(parseSearchQuery(query, searchStemmer()), searchStemmer());
const hits = (segments: Array<{ text: string; hit: boolean }>) => segments.filter((s) => s.hit).map((s) => s.text);

describe('Highlighter', () => {
  it('highlights the original word with its harakat, and keeps the text around it exactly', () => {
    const text = 'ارتفعت أسعارُ الوَقُودِ في العراق.';
    const segments = highlighter('الوقود').highlight(text);
    expect(hits(segments)).toEqual(['الوَقُودِ']);
    expect(plainSnippet(segments)).toBe(text);
  });

  it('matches hamza forms, ى/ي, ة/ه, tatweel and Arabic-Indic digits the way the index does', () => {
    const text = 'إستقبل مستشفى السعودية الجديـــد ضحايا عام ٢٠٢١';
    expect(hits(highlighter('استقبل مستشفي السعوديه الجديد 2021').highlight(text))).toEqual([
      'إستقبل',
      'مستشفى',
      'السعودية',
      'الجديـــد',
      '٢٠٢١',
    ]);
  });

  it('highlights stemmed forms as well as exact ones', () => {
    expect(hits(highlighter('وقود').highlight('محطة وقود ونقص في الوقود والوقودِ'))).toEqual([
      'وقود',
      'الوقود',
      'والوقودِ',
    ]);
  });

  it('highlights a phrase only where its words stand together and in order', () => {
    const text = 'المتحدة قالت الأمم المتحدة إن الأمم تتحد';
    expect(hits(highlighter('"الأمم المتحدة"').highlight(text))).toEqual(['الأمم', 'المتحدة']);
  });

  it('highlights words that start with a prefix, directly or once stemmed, as the index matches them', () => {
    expect(hits(highlighter('اقتصاد*').highlight('الاقتصاد سياسة والاقتصادية اقتصادي'))).toEqual([
      'الاقتصاد',
      'والاقتصادية',
      'اقتصادي',
    ]);
    expect(hits(highlighter('"اقتصاد"*').highlight('الاقتصاد سياسة اقتصادي'))).toEqual(['اقتصادي']);
  });

  it('keeps markup in archive text as plain text inside a segment', () => {
    const segments = highlighter('بايدن').highlight('<img src=x onerror=alert(1)> بايدن');
    expect(segments[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', hit: false });
    expect(segments[1]).toEqual({ text: 'بايدن', hit: true });
  });
});

describe('snippets', () => {
  const long = Array.from({ length: 100 }, (_, i) => `كلمة${i}`);
  long[60] = 'الوَقُود';
  const body = long.join(' ');

  it('cuts about thirty words around the match with an ellipsis on each cut side', () => {
    const snippet = highlighter('وقود').snippet([{ field: 'body', text: body }]);
    expect(snippet?.field).toBe('body');
    const segments = snippet?.segments ?? [];
    expect(segments[0]).toEqual({ text: ELLIPSIS, hit: false });
    expect(segments.at(-1)).toEqual({ text: ELLIPSIS, hit: false });
    expect(hits(segments)).toEqual(['الوَقُود']);
    const words = plainSnippet(segments).replaceAll(ELLIPSIS, '').trim().split(/\s+/);
    expect(words.length).toBe(SNIPPET_WORDS);
    expect(words.indexOf('الوَقُود')).toBeGreaterThan(0);
  });

  it('takes the first field with a match, and the opening of the first text when none matches', () => {
    const h = highlighter('بايدن');
    expect(
      h.snippet([
        { field: 'body', text: 'لا شيء هنا' },
        { field: 'standfirst', text: 'استقبل بايدن الكاظمي' },
      ])?.field,
    ).toBe('standfirst');
    const none = h.snippet([
      { field: 'body', text: '' },
      { field: 'standfirst', text: 'نص قصير.' },
    ]);
    expect(none).toEqual({ field: 'standfirst', segments: [{ text: 'نص قصير.', hit: false }] });
    expect(h.snippet([{ field: 'body', text: '' }])).toBeNull();
  });
});
