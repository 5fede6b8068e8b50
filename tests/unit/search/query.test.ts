import { describe, expect, it } from 'vitest';
import { parseSearchQuery as parseWith } from '../../../core/search/query';
import { searchStemmer } from '../../../db/search/stemmer';
import { MidadError } from '../../../core/api/errors';
import { ftsExpressions } from '../../../db/search/ftsQuery';
import { searchTokens } from '../../../core/search/tokens';
import { seededRandom } from '../../bench/arabicCorpus';

const parseSearchQuery = (query: string) => parseWith(query, searchStemmer());
const indexStem = (token: string) => searchStemmer().stem(token);

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
    expect(parseSearchQuery('"سعر الوق"*').terms[0]).toMatchObject({
      tokens: ['سعر', 'الوق'],
      prefix: true,
      stems: [],
    });
  });

  it('gives Latin words and numbers no stems, and folds Arabic-Indic digits', () => {
    expect(parseSearchQuery('Biden').terms[0]).toEqual({ tokens: ['biden'], prefix: false, stems: [] });
    expect(parseSearchQuery('٢٠٢١').terms[0]?.tokens).toEqual(['2021']);
  });

  it('treats FTS5 operators, parentheses, colons and column filters as plain words', () => {
    const { terms } = parseSearchQuery('AND OR NOT NEAR(a b) headline:بايدن {body}:x ^start');
    expect(terms.map((t) => t.tokens)).toEqual([
      ['and'],
      ['or'],
      ['not'],
      ['near', 'a'],
      ['b'],
      ['headline', 'بايدن'],
      ['body', 'x'],
      ['start'],
    ]);
  });

  it('survives a stray quote: an unclosed phrase runs to the end', () => {
    expect(parseSearchQuery('"بايدن الكاظمي').terms).toEqual([
      { tokens: ['بايدن', 'الكاظمي'], prefix: false, stems: [] },
    ]);
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

describe('stems and the index', () => {
  // search_stem is asked for every unquoted Arabic word, so it must find each exact occurrence: the stem the
  // index writes for the word (lightStem of its normalised form) has to be among the query's stems.
  const AFFIXES = ['', 'و', 'ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'ب', 'ف'];
  const ENDINGS = ['', 'ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي', 'ى'];
  const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئ';

  function randomWords(count: number): string[] {
    const random = seededRandom(3);
    const pick = (list: string | readonly string[]) => list[Math.floor(random() * list.length)] as string;
    return Array.from({ length: count }, () => {
      const root = Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(LETTERS)).join('');
      return pick(AFFIXES) + root + pick(ENDINGS);
    });
  }

  it('a word’s own index stem is always among its query stems', () => {
    for (const word of [...randomWords(5_000), 'وقود', 'الوقود', 'وزير', 'ولد', 'والد', 'بالوقود', 'لله', 'الله']) {
      const [term] = parseSearchQuery(word).terms;
      const indexed = searchTokens(word).map(indexStem);
      expect(term?.stems, word).toContainEqual(indexed);
    }
  });

  it('so is a long hyphenated term’s, even when its readings are too many to try them all', () => {
    for (let i = 0; i < 500; i += 1) {
      const words = randomWords(4 + (i % 3)).map((w) => `و${w}`);
      const [term] = parseSearchQuery(words.join('-')).terms;
      expect(term?.stems, words.join('-')).toContainEqual(searchTokens(words.join(' ')).map(indexStem));
    }
  });
});

describe('ftsExpressions', () => {
  it('quotes every token, so typed syntax never reaches FTS5', () => {
    const { match, exact } = ftsExpressions(parseSearchQuery('NEAR(x y) "a" OR bb* headline:z'));
    for (const expression of [match.stem, match.exact, exact]) {
      // Every bare word in the expression is either a column name, an operator we wrote, or inside quotes.
      const outsideQuotes = (expression ?? '').replace(/"[^"]*"/g, '').replace(/\{[^}]*\}/g, '');
      expect(outsideQuotes).toMatch(/^[\s():*]*(?:(?:AND|OR)[\s():*]*)*$/);
    }
  });

  it('looks a word up by its stems in search_stem, and exactly in search_exact for the first tier', () => {
    const { match, exact } = ftsExpressions(parseSearchQuery('وقود'));
    expect(match).toEqual({ stem: '("وقود")', exact: null });
    expect(exact).toBe('"وقود"');
  });

  it('needs no exact tier, and no stemmed table, when no term has stems', () => {
    expect(ftsExpressions(parseSearchQuery('"الأمم المتحدة" Biden'))).toEqual({
      match: { stem: null, exact: '"الامم المتحده" AND "biden"' },
      exact: null,
    });
  });

  it('asks search_stem for a Latin word beside a stemmed one, as typed (the stemmer leaves it so)', () => {
    const { match } = ftsExpressions(parseSearchQuery('OPEC النفط'));
    expect(match.stem).toMatch(/^"opec" AND \("نفط"/);
    expect(match.exact).toBeNull();
  });

  it('asks search_exact for a quoted Arabic phrase beside a stemmed word: both tables must match', () => {
    const { match, exact } = ftsExpressions(parseSearchQuery('"الأمم المتحدة" قرار*'));
    expect(match.exact).toBe('"الامم المتحده"');
    expect(match.stem).toContain('"قرار" *');
    expect(exact).toBe('"الامم المتحده" AND "قرار" *');
  });

  it("adds the byline filter as a phrase in search_exact's byline column", () => {
    expect(ftsExpressions(parseSearchQuery('Biden'), { byline: 'مُحمّد  علي' }).match.exact).toBe(
      '"biden" AND {byline} : "محمد علي"',
    );
    const stemmed = ftsExpressions(parseSearchQuery('الوزير'), { byline: 'مُحمّد  علي' });
    expect(stemmed.match.exact).toBe('{byline} : "محمد علي"');
    expect(stemmed.exact).toBe('"الوزير" AND {byline} : "محمد علي"');
  });

  it('writes the status and section filters as facet tokens, on the table each side is ranked on', () => {
    const { match, exact } = ftsExpressions(parseSearchQuery('الوزير'), {
      status: ['draft', 'in_review'],
      section: 'رياضة',
    });
    const statuses = '("\uE000s6472616674" OR "\uE000s696e5f726576696577")';
    const section = `"\uE000c${Buffer.from('رياضة').toString('hex')}"`;
    expect(match.stem).toContain(` AND ${statuses} AND ${section}`);
    expect(match.exact).toBeNull();
    expect(exact).toBe(`"الوزير" AND ${statuses} AND ${section}`);
    expect(ftsExpressions(parseSearchQuery('Biden'), { section: '' }).match.exact).toBe('"biden" AND "\uE000c"');
  });
});
