/**
 * The words around a hamza slip decide which fix comes first where both are words (issue 18, session 10:
 * core/proofing/hamzaContext.ts). Each case is paired with the same word where the context says nothing, so
 * the test fails if the context is not read. The dictionary is the real one (Ayaspell through hunspell-asm), with
 * no archive usage, as on a new workstation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createDictionary, type ProofingDictionary } from '../../../core/proofing/dictionary';
import { lint } from '../../../core/proofing/lint';
import { DEFAULT_PROOFING } from '../../../core/proofing/settings';
import type { Spellers } from '../../../db/proofing/hunspell';
import { realProofing } from '../../helpers/realProofing';

let dictionary: ProofingDictionary;
let spellers: Spellers;
beforeAll(async () => ({ spellers, dictionary } = await realProofing()), 30_000);

/** The first suggestion of `rule` for `word` in `text`. */
const first = (rule: string, text: string, word: string, dict = dictionary) =>
  lint([text], { dictionary: dict, settings: DEFAULT_PROOFING, digits: 'western', suggest: false }).find(
    (f) => f.rule === rule && f.found === word,
  )?.suggestions[0];

describe('HAMZA_INITIAL: the sentence decides between two words', () => {
  it('إما when أو answers it, أما otherwise (and when فـ answers first)', () => {
    expect(first('HAMZA_INITIAL', 'فسره المراقبون باحتمالين اما ان ينسحب الجيش او ان يبقى', 'اما')).toBe('إما');
    expect(first('HAMZA_INITIAL', 'اما الحكومة فرفضت العرض', 'اما')).toBe('أما');
    expect(first('HAMZA_INITIAL', 'اما القسم الآخر فقد كان السائق او المرافق يرد', 'اما')).toBe('أما');
  });

  it('a counted plural after a quantifier or a number, not the verbal noun', () => {
    expect(first('HAMZA_INITIAL', 'سقطت اجزاء منه', 'اجزاء')).toBe('إجزاء');
    expect(first('HAMZA_INITIAL', 'سقطت ثلاثة اجزاء منه', 'اجزاء')).toBe('أجزاء');
    expect(first('HAMZA_INITIAL', 'سقطت 3 اجزاء منه', 'اجزاء')).toBe('أجزاء');
    expect(first('HAMZA_INITIAL', 'لاستعادة احيائها', 'احيائها')).toBe('إحيائها');
    expect(first('HAMZA_INITIAL', 'لاستعادة بعض احيائها', 'احيائها')).toBe('أحيائها');
    // كل with a pronoun counts the plural; before a bare noun it is "every", and says nothing.
    expect(first('HAMZA_INITIAL', 'الملف اللبناني بكل ابعاده', 'ابعاده')).toBe('أبعاده');
    expect(first('HAMZA_INITIAL', 'الملف اللبناني ابعاده', 'ابعاده')).toBe('إبعاده');
  });

  it('the adjective agrees with the word it follows, where that word heads its phrase', () => {
    // Without an archive the article's أ comes first (الأعداد, الأعلام); a masculine adjective or الذي after it
    // is the verbal noun's.
    expect(first('HAMZA_INITIAL', 'في الاعداد', 'الاعداد')).toBe('الأعداد');
    expect(first('HAMZA_INITIAL', 'في الاعداد الرياضي', 'الاعداد')).toBe('الإعداد');
    expect(first('HAMZA_INITIAL', 'هو الاعداد الذي تجريه الوزارة', 'الاعداد')).toBe('الإعداد');
    expect(first('HAMZA_INITIAL', 'في الاعداد الكبيرة', 'الاعداد')).toBe('الأعداد');
    // The second term of an idafa: the adjective may be its head's (وسائل الإعلام الأمريكية), so no say.
    expect(first('HAMZA_INITIAL', 'وزارة الاعداد الرياضي', 'الاعداد')).toBe('الأعداد');
  });

  it('a particle or adverb whose other reading the next word settles', () => {
    // إي "yes" only before an oath.
    expect(first('HAMZA_INITIAL', 'اي والله', 'اي')).toBe('إي');
    expect(first('HAMZA_INITIAL', 'لم يطلب اي شيء', 'اي')).toBe('أي');
    // أثناء "during" against إثناء "praising", which takes على.
    expect(first('HAMZA_INITIAL', 'اثناء التدريب', 'اثناء')).toBe('أثناء');
    expect(first('HAMZA_INITIAL', 'وكان في اثنائها', 'اثنائها')).toBe('أثنائها');
    expect(first('HAMZA_INITIAL', 'بعد الاثناء على الحكومة', 'الاثناء')).toBe('الإثناء');
    // الأمام "the front" is where one goes; elsewhere الإمام.
    expect(first('HAMZA_INITIAL', 'خطوة الى الامام', 'الامام')).toBe('الأمام');
    expect(first('HAMZA_INITIAL', 'في مرقد الامام علي', 'الامام')).toBe('الإمام');
  });

  it('after قد, لن, لم or سوف a verb, never a word with إ', () => {
    expect(first('HAMZA_INITIAL', 'اذن نرحل', 'اذن')).toBe('إذن');
    expect(first('HAMZA_INITIAL', 'وكان قد اذن له بالسفر', 'اذن')).toBe('أذن');
  });

  it('the context orders, the archive’s usage does not outvote it', () => {
    const usage = createDictionary({ ...spellers, settings: DEFAULT_PROOFING, usage: { إحيائها: 9, أحيائها: 1 } });
    expect(first('HAMZA_INITIAL', 'لاستعادة احيائها', 'احيائها', usage)).toBe('إحيائها');
    expect(first('HAMZA_INITIAL', 'لاستعادة بعض احيائها', 'احيائها', usage)).toBe('أحيائها');
  });
});

describe('AN_ANNA_IN: إن where a sentence opens, أن after a preposition', () => {
  it('إن opens a paragraph, a sentence, a clause after a colon, and follows بل', () => {
    expect(first('AN_ANNA_IN', 'ان الحكومة مستعدة', 'ان')).toBe('إن');
    expect(first('AN_ANNA_IN', 'الامر يخيفني (...) انها مفاجأة بالفعل', 'انها')).toBe('إنها');
    expect(first('AN_ANNA_IN', 'وقال: ان الحكومة مستعدة', 'ان')).toBe('إن');
    expect(first('AN_ANNA_IN', 'رفضوا العرض بل ان البعض غادر', 'ان')).toBe('إن');
    expect(first('AN_ANNA_IN', 'رفضوا العرض لكن ان البعض غادر', 'ان')).toBe('أن');
  });

  it('أن after a preposition, even after a verb of saying; a quotation after a verb is its complement', () => {
    expect(first('AN_ANNA_IN', 'قال له ان يرحل', 'ان')).toBe('إن');
    expect(first('AN_ANNA_IN', 'قال له كف عن ان تكون ارهابيا', 'ان')).toBe('أن');
    expect(first('AN_ANNA_IN', 'واوضح “ان اللياقات شيء', 'ان')).toBe('أن');
    expect(first('AN_ANNA_IN', 'واوضح. “ان اللياقات شيء', 'ان')).toBe('إن');
  });
});
