import { inNameContext } from '../nameContext';
import { spokenArabic } from '../spoken';
import { wordsOf } from '../text';
import type { Rule } from '../types';
import { slipFixes } from '../variants';
import { wordHits } from './slipRule';

/**
 * لا run into a present-tense verb or its set companions (لاتزال، ولاشك، لازال) is the negation, not ل + a
 * word lost its hamza: 10 of the 26 unconfirmed findings on the tuning files (tests/eval/aghlat.ts).
 */
const NEGATION = /^[وف]?لا(?:[يتن][\u0621-\u064A]{2,}|زال|زالت|شك|بد|سيما)$/;

/**
 * تاكد → تأكد, متاخرة → متأخرة: a bare alef inside the word where only the hamza form is a word. A word in a
 * name's place (nameContext.ts: الوزير الياس، رود – لارسن، مايك تايسون) is left alone.
 */
export const HAMZA_MEDIAL: Rule = {
  id: 'HAMZA_MEDIAL',
  severity: 'error',
  check(paragraph, context) {
    if (!context.settings.strictInitialAlef) return [];
    return wordHits(paragraph, (word, i) => {
      if (NEGATION.test(word)) return null;
      const fixes = slipFixes(word, 'medialAlef', context.words);
      if (fixes.length === 0) return null;
      // Session 10: spoken Arabic writes الراس، تاني as it says them (spoken.ts).
      return inNameContext(wordsOf(paragraph), i, context.words) || spokenArabic(paragraph) ? null : fixes;
    });
  },
};
