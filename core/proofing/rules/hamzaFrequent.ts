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
const bare = (w: string) => `ا${w.slice(1)}`;
const FIXES = new Map<string, string>();
for (const w of VERBS.split(' ')) FIXES.set(bare(w), w);
for (const w of NOUNS.split(' ')) FIXES.set(bare(w), w);
const NOUN = new Set(NOUNS.split(' ').map(bare));
const CUT = /^([وف]?)([بلك]?)(ا.*)$/;

export const HAMZA_FREQUENT: Rule = {
  id: 'HAMZA_FREQUENT',
  severity: 'error',
  check(paragraph, context) {
    if (!context.settings.strictInitialAlef) return [];
    const out: Hit[] = [];
    for (const { word, start } of wordsOf(paragraph)) {
      const m = CUT.exec(word);
      if (!m) continue;
      const [, conj = '', particle = '', rest = ''] = m;
      const right = FIXES.get(rest);
      if (right === undefined || (particle !== '' && !NOUN.has(rest))) continue;
      out.push({ start, length: word.length, found: word, suggestions: [conj + particle + right] });
    }
    return out;
  },
};
