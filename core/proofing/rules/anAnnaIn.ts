import { wordsOf } from '../text';
import type { Hit, Rule } from '../types';

/**
 * ان without its hamza: إن after the verb قال (قال إن، قال الوزير إن), أن elsewhere (يجب أن، أكد أن, by far the commoner).
 * Both are offered, the likelier first; never fixed silently.
 */
const SAY = /^[وف]?(?:قال|قالت|قالوا|قلت|يقول|تقول|يقولون|نقول|أقول)$/;
const FORMS = /^([وف]?)ان$/;

export const AN_ANNA_IN: Rule = {
  id: 'AN_ANNA_IN',
  severity: 'error',
  check(paragraph, context) {
    const out: Hit[] = [];
    const words = wordsOf(paragraph);
    words.forEach(({ word, start }, i) => {
      const m = FORMS.exec(word);
      if (!m || context.words.isWord(word)) return;
      const pre = m[1]!;
      // قال الوزير، إن…: the verb of saying may have its subject (up to three words) between it and إن.
      let afterSay = false;
      for (let back = i - 1; back >= Math.max(0, i - 4); back--) {
        const previous = words[back]!;
        const gap = paragraph.slice(previous.start + previous.word.length, words[back + 1]!.start);
        if (/[.؛:؟!]/.test(gap)) break;
        if (SAY.test(previous.word)) {
          afterSay = true;
          break;
        }
      }
      const first = afterSay && pre === '' ? 'إن' : 'أن';
      const second = first === 'إن' ? 'أن' : 'إن';
      out.push({ start, length: word.length, found: word, suggestions: [pre + first, pre + second] });
    });
    return out;
  },
};
