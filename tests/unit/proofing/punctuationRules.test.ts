/**
 * Issue 18, session 9: the house-style decision for DECADES, and the punctuation and spacing rules narrowed to
 * what a copy editor fixes. Each case here failed before its change. The real dictionary, as in rules.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProofingDictionary } from '../../../core/proofing/dictionary';
import { lint } from '../../../core/proofing/lint';
import { DEFAULT_PROOFING, type ProofingSettings } from '../../../core/proofing/settings';
import { realProofing } from '../../helpers/realProofing';

let dictionary: ProofingDictionary;
beforeAll(async () => ({ dictionary } = await realProofing()), 30_000);

/** The findings of one rule as [found, first suggestion, severity]. */
function of(rule: string, text: string, settings: Partial<ProofingSettings> = {}) {
  const s = { ...DEFAULT_PROOFING, ...settings, spelling: false };
  return lint([text], { dictionary, settings: s, digits: 'western' })
    .filter((f) => f.rule === rule)
    .map((f) => [f.found, f.suggestions[0], f.severity]);
}

describe('DECADES is house style', () => {
  it('is listed, not underlined, unless the house writes the yaa', () => {
    expect(of('DECADES', 'في الثلاثينات من عمره')).toEqual([['الثلاثينات', 'الثلاثينيات', 'info']]);
    expect(of('DECADES', 'في الثلاثينات من عمره', { decadesWithYaa: true })).toEqual([
      ['الثلاثينات', 'الثلاثينيات', 'warning'],
    ]);
    expect(of('DECADES', 'في الثلاثينيات من عمره', { decadesWithYaa: true })).toEqual([]);
  });
});

describe('REPEATED_PUNCT: a separator typed twice, not a writer’s emphasis', () => {
  it('flags doubled commas, semicolons and colons', () => {
    expect(of('REPEATED_PUNCT', 'قال الوزير،، إن الحكومة؛؛ والبريد الإلكتروني::')).toEqual([
      ['،،', '،', 'warning'],
      ['؛؛', '؛', 'warning'],
      ['::', ':', 'warning'],
    ]);
  });

  it('leaves !!, ؟؟ and runs of points, which Arabic news writes on purpose', () => {
    for (const text of [
      'ناخب إضافي في وزارة الداخلية!!',
      'اتعلمون ماذا قالت ؟؟',
      'حين تعلمون الجواب !!!!!!',
      'مــاكدونو!....',
      '??',
    ])
      expect(of('REPEATED_PUNCT', text), text).toEqual([]);
  });
});

describe('DOUBLE_SPACE: two spaces between words, not layout', () => {
  it('flags two or more spaces between words, one space as the fix', () => {
    expect(of('DOUBLE_SPACE', 'في  المدينة وفي   الريف')).toEqual([
      ['  ', ' ', 'warning'],
      ['   ', ' ', 'warning'],
    ]);
    expect(of('DOUBLE_SPACE', 'محسن فخري زاده  (رويترز)')).toEqual([['  ', ' ', 'warning']]);
  });

  it('leaves the typist’s two spaces after a sentence or a colon', () => {
    for (const text of [
      'وفي ذلك تناقض واضح.  وقال المصدر',
      'في صورة مركبة.  (أ ف ب)',
      'قال: "لن نتراجع".  وأضاف',
      'ولم تتحدث بعد إلى الشرطة.\u00A0 وقال المصدر',
      'الطبعة: \u00A0العربية',
    ])
      expect(of('DOUBLE_SPACE', text), text).toEqual([]);
  });

  it('leaves an indent after a list mark, a | separator and wiki markup', () => {
    for (const text of [
      '-  وهنالك ميزات تقنية أخرى',
      '1)  الإصلاح',
      'سر رحيل نعيمة عاكف  | بوابة أخبار اليوم',
      '[[نول زعتر]]  بدور ربيع',
    ])
      expect(of('DOUBLE_SPACE', text), text).toEqual([]);
  });
});

describe('NO_SPACE_AFTER_PUNCT: underlined, and a mark run into the quotation it opens', () => {
  it('flags a mark run into the next word or into an opening quote, a space as the fix', () => {
    expect(of('NO_SPACE_AFTER_PUNCT', 'يخضع لها الجميع،لا بد')).toEqual([['،', '، ', 'warning']]);
    expect(of('NO_SPACE_AFTER_PUNCT', 'عبارته الشهيرة:"الأخ الأكبر"')).toEqual([[':', ': ', 'warning']]);
    expect(of('NO_SPACE_AFTER_PUNCT', 'وقال:«لن نتراجع»')).toEqual([[':', ': ', 'warning']]);
  });

  it('leaves a straight quote that may close, and wiki markup', () => {
    expect(of('NO_SPACE_AFTER_PUNCT', 'قال "لن نتراجع."وأضاف')).toEqual([]);
    expect(of('NO_SPACE_AFTER_PUNCT', '[[تصنيف:محافظة تعز]]')).toEqual([]);
  });
});

describe('Latin marks: one that opens the paragraph ends nothing', () => {
  it('leaves a bullet lost in decoding and a placeholder line, flags the question mark that ends a question', () => {
    expect(of('AR_LATIN_QUESTION', '? القضاء الألماني يعيد محاكمة')).toEqual([]);
    expect(of('AR_LATIN_QUESTION', '??')).toEqual([]);
    expect(of('AR_LATIN_COMMA', ', قال الوزير')).toEqual([]);
    expect(of('AR_LATIN_QUESTION', 'هل أصاب القصف جدار الضريح?')).toEqual([['?', '؟', 'info']]);
  });
});
