import { wordsOf } from '../text';
import type { Hit, Rule } from '../types';

/**
 * ان without its hamza: إن after the verb قال (قال إن), أن elsewhere (يجب أن، أكد أن, by far the commoner).
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
      const previous = words[i - 1]?.word ?? '';
      const between = i > 0 ? paragraph.slice(start - 3, start) : '';
      const afterSay = SAY.test(previous) && !/[.،؛:]/.test(between);
      const first = afterSay && pre === '' ? 'إن' : 'أن';
      const second = first === 'إن' ? 'أن' : 'إن';
      out.push({ start, length: word.length, found: word, suggestions: [pre + first, pre + second] });
    });
    return out;
  },
};
