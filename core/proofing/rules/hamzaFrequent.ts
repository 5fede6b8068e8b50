import { wordsOf } from '../text';
import type { Hit, Rule } from '../types';

/**
 * Words of news copy that Hunspell also accepts bare (Ayaspell reads اعلن، اكثر as imperatives or rare
 * nouns), so HAMZA_INITIAL, which needs the bare form not to be a word, cannot flag them. In news their
 * bare spelling is the hamza slip: امس → أمس, اكد → أكد. Nouns may carry ب ل ك, everything و or ف.
 * Left out: احد (واحد is و + احد to a cut), ارض (the imperative of رضي), and اكبر, ابرز, which Aghlat's
 * editors left bare in all of their 31 places on the tuning files (tests/eval/aghlat.ts).
 */
const VERBS = 'أعلن أعلنوا أكد أكدوا أيد أصبح أطلق أعرب أصدر أشعل أغلق أنشأ';
const NOUNS = 'أكثر أمس أهم أشهر أربع أحسن أقل أنفسهم أنفسنا';
// Session 8, the larger TUNE: three more form IV verbs (every form of which keeps its hamza), and the verbs
// with an object pronoun (اطلقها، اعلنه: 5 corrections, none left bare).
const MORE_VERBS = 'أرسل أفصح أمهل';
const OBJECTS = ['ه', 'ها', 'هم', 'هما'];
const bare = (w: string) => `ا${w.slice(1)}`;
const FIXES = new Map<string, string>();
for (const w of [...VERBS.split(' '), ...MORE_VERBS.split(' ')]) {
  FIXES.set(bare(w), w);
  if (!w.endsWith('وا')) for (const o of OBJECTS) FIXES.set(bare(w + o), w + o);
}
for (const w of NOUNS.split(' ')) FIXES.set(bare(w), w);
const NOUN = new Set(NOUNS.split(' ').map(bare));
const CUT = /^([وف]?)([بلك]?)(ا.*)$/;
/** Words of their own that a cut reads as a clitic + a listed word: لامس (touched: ولامس سعر النفط, on the
 * tuning files), فاهم (understanding: twice in the real news of ../shared). */
const OWN = /^[وف]?لامس$|^فاهم$/;

export const HAMZA_FREQUENT: Rule = {
  id: 'HAMZA_FREQUENT',
  severity: 'error',
  check(paragraph, context) {
    if (!context.settings.strictInitialAlef) return [];
    const out: Hit[] = [];
    for (const { word, start } of wordsOf(paragraph)) {
      const m = CUT.exec(word);
      if (!m || OWN.test(word)) continue;
      const [, conj = '', particle = '', rest = ''] = m;
      const right = FIXES.get(rest);
      if (right === undefined || (particle !== '' && !NOUN.has(rest))) continue;
      out.push({ start, length: word.length, found: word, suggestions: [conj + particle + right] });
    }
    return out;
  },
};
