import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../core/search/query';
import { MidadError } from '../../../core/api/errors';
import { ftsExpressions } from '../../../db/search/ftsQuery';

function errorOf(fn: () => unknown): MidadError {
  try {
    fn();
  } catch (error) {
    if (error instanceof MidadError) return error;
    throw error;
  }
  throw new Error('expected a MidadError');
}

describe('parseSearchQuery', () => {
  it('normalises each word and offers its light stems', () => {
    const { terms } = parseSearchQuery('الوَقُود أحمد');
    expect(terms.map((t) => t.tokens)).toEqual([['الوقود'], ['احمد']]);
    expect(terms[0]?.stems).toContainEqual(['وقود']);
    expect(terms[0]?.prefix).toBe(false);
  });

  it('reads a quoted phrase as one exact term, without stems', () => {
    const { terms } = parseSearchQuery('"الأمم المتحدة" قرار');
    expect(terms[0]).toEqual({ tokens: ['الامم', 'المتحده'], prefix: false, stems: [] });
    expect(terms[1]?.tokens).toEqual(['قرار']);
  });

  it('reads a trailing * as a prefix, after a word or a closing quote', () => {
    expect(parseSearchQuery('اقتصاد*').terms[0]).toMatchObject({ tokens: ['اقتصاد'], prefix: true });
    expect(parseSearchQuery('"سعر الوق"*').terms[0]).toMatchObject({ tokens: ['سعر', 'الوق'], prefix: true, stems: [] });
  });

  it('gives Latin words and numbers no stems, and folds Arabic-Indic digits', () => {
    expect(parseSearchQuery('Biden').terms[0]).toEqual({ tokens: ['biden'], prefix: false, stems: [] });
    expect(parseSearchQuery('٢٠٢١').terms[0]?.tokens).toEqual(['2021']);
  });

  it('treats FTS5 operators, parentheses, colons and column filters as plain words', () => {
    const { terms } = parseSearchQuery('AND OR NOT NEAR(a b) headline:بايدن {body}:x ^start');
    expect(terms.map((t) => t.tokens)).toEqual([['and'], ['or'], ['not'], ['near', 'a'], ['b'], ['headline', 'بايدن'], ['body', 'x'], ['start']]);
  });

  it('survives a stray quote: an unclosed phrase runs to the end', () => {
    expect(parseSearchQuery('"بايدن الكاظمي').terms).toEqual([{ tokens: ['بايدن', 'الكاظمي'], prefix: false, stems: [] }]);
    expect(parseSearchQuery('بايدن "').terms.map((t) => t.tokens)).toEqual([['بايدن']]);
  });

  it('answers a query with nothing to search for with a typed error', () => {
    for (const input of ['*', '""', '  ', '()', '"*"', ':', '***']) {
      expect(errorOf(() => parseSearchQuery(input)).code).toBe('search_empty');
    }
  });

  it('refuses a one-letter prefix with a typed error naming it', () => {
    const error = errorOf(() => parseSearchQuery('بايدن ا*'));
    expect(error.code).toBe('search_prefix_too_short');
    expect(error.params).toMatchObject({ prefix: 'ا', min: 2 });
  });
});

describe('ftsExpressions', () => {
  it('quotes every token, so typed syntax never reaches FTS5', () => {
    const { match } = ftsExpressions(parseSearchQuery('NEAR(x y) "a" OR bb* headline:z'));
    // Every bare word in the expression is either a column name, an operator we wrote, or inside quotes.
    const outsideQuotes = match.replace(/"[^"]*"/g, '').replace(/\{[^}]*\}/g, '');
    expect(outsideQuotes).toMatch(/^[\s():*]*(?:(?:AND|OR)[\s():*]*)*$/);
  });

  it('looks for exact words in the exact columns and stems in the stemmed ones', () => {
    const { match, exact } = ftsExpressions(parseSearchQuery('وقود'));
    expect(match).toContain('{headline standfirst body captions tags byline} : "وقود"');
    expect(match).toContain('{headline_stem standfirst_stem body_stem captions_stem tags_stem byline_stem} : ("قود" OR "وقود")');
    expect(exact).toBe('({headline standfirst body captions tags byline} : "وقود")');
  });

  it('needs no exact tier when no term has stems', () => {
    expect(ftsExpressions(parseSearchQuery('"الأمم المتحدة" Biden')).exact).toBeNull();
  });

  it('adds the byline filter as a phrase in the byline column', () => {
    expect(ftsExpressions(parseSearchQuery('Biden'), 'مُحمّد  علي').match).toContain('({byline} : "محمد علي")');
  });
});
