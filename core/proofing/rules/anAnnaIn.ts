import { annaReading, around } from '../hamzaContext';
import { wordsOf } from '../text';
import type { Hit, Rule } from '../types';

/**
 * ان without its hamza: إن after the verb قال (قال إن، قال الوزير إن) and where it opens a sentence, أن elsewhere
 * (يجب أن، أكد أن, by far the commoner).
 * Both are offered, the likelier first; never fixed silently. The same with a pronoun (انها، انهم), which
 * Hunspell accepts bare; after ب or ل (بانها، لانهم) only أن is possible. Not انه alone (بانه، لانه are
 * flagged): Aghlat's editors left it bare in all of its 28 places on the tuning files (tests/eval/aghlat.ts), so it is not scored as a slip.
 */
const FORMS = /^([وف]?)(ب|ل)?ان(ها|هم|هما|هن|نا|ني|ك|كم|ه)?$/;

export const AN_ANNA_IN: Rule = {
  id: 'AN_ANNA_IN',
  severity: 'error',
  check(paragraph, context) {
    const out: Hit[] = [];
    const words = wordsOf(paragraph);
    words.forEach(({ word, start }, i) => {
      const m = FORMS.exec(word);
      if (!m) return;
      const [, pre = '', particle, pronoun = ''] = m;
      if (particle) {
        // بان (it appeared), لان (softened) and فلان (so-and-so) are words.
        if (!pronoun) return;
        out.push({ start, length: word.length, found: word, suggestions: [`${pre}${particle}أن${pronoun}`] });
        return;
      }
      // انه alone is left (above); after ب or ل it can only be بأنه، لأنه.
      if (pronoun === 'ه' || (!pronoun && context.words.isWord(word))) return;
      // The words around decide (hamzaContext.ts): a sentence it opens, a verb of saying before it: إن; a
      // preposition before it: أن. فانها is فإنها (the answer of a condition or a cause), as the editors wrote it
      // on the tuning files.
      const reading = annaReading(around(paragraph, words, i));
      const first = (reading === 'inna' && pre === '') || pre === 'ف' ? 'إن' : 'أن';
      const second = first === 'إن' ? 'أن' : 'إن';
      const suggestions = [pre + first + pronoun, pre + second + pronoun];
      out.push({ start, length: word.length, found: word, suggestions });
    });
    return out;
  },
};
