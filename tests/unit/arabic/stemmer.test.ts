import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../../core/arabic/normalize';
import { Stemmer, stemLexicon } from '../../../core/arabic/stemmer';
import { lightStem, lightStemVariants } from '../../../core/arabic/stem';
import { searchStemmer } from '../../../db/search/stemmer';

/** The stemmer search uses, on the shipped Ayaspell list. */
const stem = (word: string) => searchStemmer().stem(normalizeForSearch(word));
const core = (word: string) => searchStemmer().lexicalCore(normalizeForSearch(word));

describe('Stemmer on the Ayaspell list', () => {
  it('finds the issue’s forms under the plain word’s stem', () => {
    const pairs = [
      ['حكومة', 'وللحكومة'],
      ['قالوا', 'فقالوا'],
      ['قرارات', 'لقراراتها'],
      ['مستشفيات', 'بمستشفياتها'],
      ['يجتمع', 'وسيجتمع'],
      ['وزير', 'الوزراء'],
      ['شارع', 'الشوارع'],
      ['مصنع', 'المصانع'],
      ['دولة', 'الدول'],
    ];
    for (const [query, form] of pairs) expect(stem(form as string), `${query} / ${form}`).toBe(stem(query as string));
  });

  it('still joins the twelve probe pairs light stemming already joined', () => {
    const probes = [
      ['وقود', 'الوقود'],
      ['عراق', 'بالعراق'],
      ['صحفي', 'للصحفيين'],
      ['وزارة', 'الوزارات'],
      ['انتخابات', 'الانتخابات'],
      ['مفاوضات', 'والمفاوضات'],
      ['رئيس', 'الرئيس'],
      ['بيت', 'بيتها'],
      ['مدينة', 'بالمدينة'],
      ['اقتصاد', 'الاقتصادية'],
      ['شرطة', 'للشرطة'],
      ['سياسة', 'السياسات'],
    ] as const;
    for (const [query, form] of probes) {
      const [q, f] = [normalizeForSearch(query), normalizeForSearch(form)];
      expect(lightStemVariants(q), `light: ${query} / ${form}`).toContain(lightStem(f));
      expect(stem(form), `${query} / ${form}`).toBe(stem(query));
    }
  });

  it('cuts stacked proclitics down to the word: و/ف, then ب/ك/ل, then ال or لل, and the future س', () => {
    expect(core('وللحكومة')).toBe('حكومه');
    expect(core('فبالمستشفى')).toBe('مستشفي');
    expect(core('وكالطفل')).toBe('طفل');
    expect(core('فسيقولون')).toBe('يقول');
    expect(core('وسيجتمع')).toBe('يجتمع');
  });

  it('cuts pronouns and verb endings, putting back a ة that became ت', () => {
    expect(core('كتابهم')).toBe('كتاب');
    expect(core('بيتها')).toBe('بيت');
    expect(core('حكومتنا')).toBe('حكومه');
    expect(core('والحكومات')).toBe('حكومه');
    expect(core('قالوا')).toBe('قال');
    expect(core('يجتمعون')).toBe('يجتمع');
    expect(core('لقراراتها')).toBe('قرار');
  });

  it('leaves a word of the list whole, whatever letters it starts or ends with', () => {
    for (const word of ['ولد', 'فيلم', 'بيت', 'كتاب', 'وزير', 'والد', 'سيارة'])
      expect(core(word), word).toBe(normalizeForSearch(word));
    // Cut only where the cut leaves more of the word: كتابهم is كتاب + هم, not ك + تاب + هم.
    expect(stem('ولد')).not.toBe(stem('لد'));
    expect(stem('فيلم')).not.toBe(stem('يلم'));
  });

  it('reads والقوات as و + ال + قوات although the list also has القو', () => {
    expect(core('والقوات')).toBe('قوات');
    expect(stem('والقوات')).toBe(stem('قوة'));
  });

  it('falls back to light stemming for a word no reading finds in the list', () => {
    const unknown = normalizeForSearch('والبنتاغونيين');
    expect(searchStemmer().lexicalCore(unknown)).toBeNull();
    expect(searchStemmer().stem(unknown)).toBe(searchStemmer().stem(normalizeForSearch('البنتاغونيين')));
  });

  it('leaves Latin words and numbers unchanged', () => {
    expect(searchStemmer().stem('biden')).toBe('biden');
    expect(searchStemmer().stem('2021')).toBe('2021');
  });

  it('offers a prefix its light readings too, since a half-typed word is rarely in the list', () => {
    const stems = searchStemmer().queryStems(normalizeForSearch('الانتخ'), true);
    expect(stems).toContain('انتخ');
    expect(searchStemmer().queryStems(normalizeForSearch('الانتخابات'), false)).toEqual([stem('الانتخابات')]);
  });
});

describe('Stemmer on a small list (the rules alone)', () => {
  const stemmer = new Stemmer(stemLexicon(['كتاب', 'تاب', 'ولد', 'لد', 'حكومة', 'وزير', 'وزراء']));

  it('cuts nothing a word of the list would lose', () => {
    expect(stemmer.lexicalCore('ولد')).toBe('ولد');
    expect(stemmer.lexicalCore('كتابهم')).toBe('كتاب');
    expect(stemmer.lexicalCore('بالكتاب')).toBe('كتاب');
  });

  it('maps a broken plural to its singular, and names the plural as a spelling of the stem', () => {
    expect(stemmer.stem('الوزراء')).toBe(stemmer.stem('وزير'));
    expect(stemmer.pluralsOf(stemmer.stem('وزير'))).toContain('وزراء');
  });

  it('does not cut a letter that only looks like a clitic when no word remains', () => {
    expect(stemmer.lexicalCore('بلاد')).toBeNull();
  });
});
