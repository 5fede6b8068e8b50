/**
 * Whether a word stands where news copy puts names: after a title or a word that names a kind of person, place
 * or body (الوزير الياس، مدينة إربد، مار نصرالله), after a title with its complement (وزير الداخلية الياس المر),
 * or beside a word no dictionary knows and no slip explains (تيري رود – لارسن، مخايل ضاهر وروبير: two strangers
 * in a row are a foreign name more often than two slips).
 *
 * Only the rules whose slips are rare and whose false alarms were names use it (HAMZA_MEDIAL, DAD_ZA): on the
 * tuning files read leaving each file out (tests/eval/tune.ts --cross) it took 11 of their 32 findings on words
 * the editors left alone, and 1 of their 38 corrections. For HAMZAT_WASL, HAMZA_INITIAL and ALEF_MAQSURA it cost
 * more corrections than it saved (a slip beside a typo or after a title: الرئيس الاميركي), so they do not ask.
 */
import type { WordAt } from './text';
import type { WordOracle } from './types';
import { learnable } from './vocabulary';

/** Words after which a name comes: titles and trades, kinds of places and bodies, name particles. */
const NAMING = new Set(
  (
    'الرئيس الرئيسة السيد السيدة الشيخ الشيخة الأمير الأميرة الملك الملكة الوزير الوزيرة وزير النائب النواب ' +
    'الدكتور الدكتورة د الأستاذ الأستاذة المهندس المحامي القاضي السفير المستشار المدير المديرة الحاج ' +
    'اللواء العميد العقيد الرائد النقيب الفريق المشير الجنرال ' +
    'الإمام المفتي البطريرك الكاردينال المطران الأب القس مار ' +
    'الفنان الفنانة المطرب المطربة مطرب الكاتب الكاتبة الشاعر الشاعرة الروائي الممثل الممثلة المخرج الصحفي ' +
    'اللاعب اللاعبة المدرب الزميل الراحل ' +
    'شركة مؤسسة نادي مدينة بلدة قرية حي منطقة محافظة ولاية جزيرة جبل نهر شارع ساحة مطار ميناء مخيم فندق ' +
    'جامعة مستشفى صحيفة جريدة مجلة موقع قناة وكالة فرقة منتخب قبيلة عائلة آل أبو بن دي سان'
  ).split(' '),
);

/**
 * A word the dictionary lacks with no slip to explain it: what the archive would learn as a name. (A word only
 * the newsroom's learned vocabulary knows was tried as well: on the tuning files it took a correction, بوش الاب,
 * and no false alarm.)
 */
function stranger(word: WordAt | undefined, words: WordOracle): boolean {
  return word !== undefined && word.bare.length > 1 && learnable([word.bare], words).size > 0;
}

/** Whether words[i] stands in a name's place (see above). */
export function inNameContext(words: readonly WordAt[], i: number, oracle: WordOracle): boolean {
  const naming = (w: WordAt | undefined) =>
    w !== undefined && (NAMING.has(w.bare) || NAMING.has(w.bare.replace(/^[وف]/, '')));
  if (naming(words[i - 1])) return true;
  // A title with its complement: وزير الداخلية الياس المر، رئيس الجمهورية الياس الهراوي.
  if (naming(words[i - 2]) && words[i - 1]!.bare.startsWith('ال')) return true;
  return stranger(words[i - 1], oracle) || stranger(words[i + 1], oracle);
}
