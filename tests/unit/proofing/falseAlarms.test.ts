/**
 * Issue 18, session 10: false alarms of the word-form and spacing rules on real news, each fixed at its reason
 * (a name's own hamza, a word both of whose forms are words, text laid out rather than typed). Every case here
 * failed before its change, and the slips beside it are still found. The real dictionary (Ayaspell through
 * hunspell-asm), since these rules ask it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProofingDictionary } from '../../../core/proofing/dictionary';
import { lint } from '../../../core/proofing/lint';
import { hasWaslShape } from '../../../core/proofing/rules/hamzatWasl';
import { DEFAULT_PROOFING } from '../../../core/proofing/settings';
import { realProofing } from '../../helpers/realProofing';

let dictionary: ProofingDictionary;
beforeAll(async () => ({ dictionary } = await realProofing()), 30_000);

/** What one rule finds in the text. */
const found = (rule: string, text: string) =>
  lint([text], { dictionary, settings: { ...DEFAULT_PROOFING, spelling: false }, digits: 'western' })
    .filter((f) => f.rule === rule)
    .map((f) => f.found);

describe('HAMZAT_WASL: only words of a shape hamzat wasl is found in', () => {
  it('leaves a name whose إ is its own, though its bare spelling is a word', () => {
    // اليود is "the iodine" to the dictionary: the runner is Eliud Kipchoge.
    expect(found('HAMZAT_WASL', 'الميدالية البرونزية من نصيب الكيني إليود كيبشوغ')).toEqual([]);
  });

  it('still finds the hamza on the verbs, verbal nouns, imperatives and nouns that take wasl', () => {
    expect(found('HAMZAT_WASL', 'إستقبل الرئيس وفدا للإشتراك في الإجتماع بإستمرار')).toEqual([
      'إستقبل',
      'للإشتراك',
      'الإجتماع',
      'بإستمرار',
    ]);
    expect(found('HAMZAT_WASL', 'إتصل بنا وإضغط هنا وإقرأ أيضا')).toEqual(['إتصل', 'وإضغط', 'وإقرأ']);
  });

  it('knows the shapes: forms VII–X, IX and the quadriliteral IV, the imperative, the wasl nouns', () => {
    for (const rest of ['ستقبال', 'نتشال', 'جتماع', 'تحاد', 'ضطراب', 'زدهار', 'حمرار', 'طمئنان', 'ضغط'])
      expect(hasWaslShape(rest), rest).toBe(true);
    for (const rest of ['منعوهم', 'بنهما', 'بنتهما', 'سمها', 'ثنين', 'مرأة'])
      expect(hasWaslShape(rest), rest).toBe(true);
    for (const rest of ['ليود', 'سكتلندا', 'سكندر', 'يلي', 'يفانكا']) expect(hasWaslShape(rest), rest).toBe(false);
  });
});

describe('ALEF_MAQSURA: ى for ي only where the ي is a suffix or a particle', () => {
  it('leaves a long word whose ى is its own where the dictionary lacks it and knows the ي form', () => {
    // A form X verb, a passive participle ("starched") and a broken plural: the ي forms are other words.
    expect(found('ALEF_MAQSURA', 'إللي استحى ماتوا')).toEqual([]);
    expect(found('ALEF_MAQSURA', 'بقميصه الأبيض المنشى وربطة عنقه')).toEqual([]);
    expect(found('ALEF_MAQSURA', 'أخبار الفساد والرشاوى والصفقات')).toEqual([]);
  });

  it('still finds ى for the ي of a particle, a nisba, "my", a short verbal noun, and in a paragraph with the habit', () => {
    expect(found('ALEF_MAQSURA', 'التقى فى المدينة التى زارها')).toEqual(['فى', 'التى']);
    expect(found('ALEF_MAQSURA', 'المهرجان الثقافى وفقرتى')).toEqual(['الثقافى', 'وفقرتى']);
    expect(found('ALEF_MAQSURA', 'وزير الرى يشهد توقيع عقد')).toEqual(['الرى']);
  });
});

describe('WASL_NOUNS: the hamza a slip writes is إ', () => {
  it('leaves the أ forms, which are other words (verbs of the first person and of form IV)', () => {
    expect(found('WASL_NOUNS', 'هذا ما أسميه صبرا، وأنا أبني بيتي')).toEqual([]);
    expect(found('WASL_NOUNS', 'أبنه رئيس الوزراء في حفل التأبين')).toEqual([]);
  });

  it('still finds إ on the wasl nouns, and أمرأة', () => {
    expect(found('WASL_NOUNS', 'وصل إبن الوزير وللإبن الأكبر')).toEqual(['إبن', 'وللإبن']);
    expect(found('WASL_NOUNS', 'وقالت أمرأة')).toEqual(['أمرأة']);
  });
});

describe('DOUBLE_SPACE: spaces that lay text out are not a slip', () => {
  it('leaves the spaces after a colon and its dash, beside line art, and between a table’s columns', () => {
    expect(found('DOUBLE_SPACE', 'المدينة نيوز :-  بلغت حصيلة الوفيات')).toEqual([]);
    expect(found('DOUBLE_SPACE', 'قال الوزير:-  نعم، ثم غادر  القاعة')).toEqual(['  ']);
    expect(found('DOUBLE_SPACE', 'قفا نبك من ذكرى حبيب ومنزل  *  بسقط اللوى بين الدخول فحومل')).toEqual([]);
    expect(found('DOUBLE_SPACE', 'انتهى الفصل الأول  * * *  وبدأ الثاني')).toEqual([]);
    expect(found('DOUBLE_SPACE', 'الفصل الثاني  ========')).toEqual([]);
    expect(found('DOUBLE_SPACE', 'المحافظة     عدد الإصابات   عدد الوفيات')).toEqual([]);
    for (const text of ['(1)  الإصلاح الإداري', '(أ)  البند الأول', '■  البند الثاني', '►  المحور الثالث'])
      expect(found('DOUBLE_SPACE', text), text).toEqual([]);
  });

  it('still flags two spaces between the words of a sentence or a headline', () => {
    expect(found('DOUBLE_SPACE', 'ارتفاع صادرات مصر  الى دول  الكوميسا')).toEqual(['  ', '  ']);
    expect(found('DOUBLE_SPACE', 'وأثنى الدكتور  على الجهد - المبذول')).toEqual(['  ']);
    expect(found('DOUBLE_SPACE', 'في  المدينة وفي   الريف')).toEqual(['  ', '   ']);
  });
});

describe('MONDAY_WASL: the day written الإثنين is house style', () => {
  const day = (text: string, mondayWasl: boolean) =>
    lint([text], { dictionary, settings: { ...DEFAULT_PROOFING, spelling: false, mondayWasl }, digits: 'western' })
      .filter((f) => f.rule === 'MONDAY_WASL' || f.rule === 'WASL_NOUNS')
      .map((f) => [f.rule, f.found, f.suggestions[0], f.severity]);

  it('is listed, not underlined, unless the house writes the day without a hamza', () => {
    expect(day('شيعت إيران أمس الإثنين جثمان العالم', false)).toEqual([['MONDAY_WASL', 'الإثنين', 'الاثنين', 'info']]);
    expect(day('وصل يوم الإثنين وللإثنين', true)).toEqual([
      ['MONDAY_WASL', 'الإثنين', 'الاثنين', 'error'],
      ['MONDAY_WASL', 'وللإثنين', 'وللاثنين', 'error'],
    ]);
    expect(day('وصل يوم الاثنين', true)).toEqual([]);
  });

  it('leaves the number without the article to WASL_NOUNS, a slip whatever the house', () => {
    expect(day('وصل إثنين من الوزراء', false)).toEqual([['WASL_NOUNS', 'إثنين', 'اثنين', 'error']]);
  });
});

describe('spoken Arabic: its words are spoken forms, not slips of the written ones', () => {
  it('HAMZA_MEDIAL and DAD_ZA leave the words of a paragraph in spoken Arabic; HAMZAT_WASL leaves إللي', () => {
    expect(found('HAMZA_MEDIAL', "المقولة الشعبية 'العلم في الراس مش في الكراس'")).toEqual([]);
    expect(found('HAMZA_MEDIAL', 'مات.. يعمل إيه تاني؟ ما حدش يعمل كده')).toEqual([]);
    expect(found('DAD_ZA', 'عمري ما شفت ناس متغاظين كده من واحد')).toEqual([]);
    expect(found('HAMZAT_WASL', 'إللي استحى مات')).toEqual([]);
  });

  it('still finds the same slips in written Arabic, and the written slips beside a spoken word', () => {
    expect(found('HAMZA_MEDIAL', 'أصيب في الراس إصابة بالغة')).toEqual(['الراس']);
    expect(found('DAD_ZA', 'ساد الاظطراب في المدينة')).toEqual(['الاظطراب']);
    expect(found('HAMZAT_WASL', 'لننظر إلى الجماعة اللي فوق بعد الإجتماع')).toEqual(['الإجتماع']);
  });
});

describe('WASL_NOUNS: إطلاع "informing" (form IV) is a word of its own', () => {
  it('leaves إطلاع with its object, and finds الإطلاع and إطلاع على', () => {
    expect(found('WASL_NOUNS', 'بهدف إطلاع الرأي العام على الحقائق ولإطلاع المواطنين عليها')).toEqual([]);
    expect(found('WASL_NOUNS', 'يرجى الإطلاع على التقرير بعد إطلاع على الملف')).toEqual(['الإطلاع', 'إطلاع']);
  });
});
