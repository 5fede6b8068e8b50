import type { Rule } from '../types';
import { slipFixes } from '../variants';
import { wordHits } from './slipRule';

/** The article, after its clitics: a word that has it cannot end in the pronoun ه. */
const DEFINITE = /^[وف]?[بك]?(?:ال|لل)../;

/**
 * الجمعه → الجمعة, only when the ه form is not itself a word (كتابه is "his book"). A word with the article
 * that no dictionary knows (a name: الطراونه، البيره) takes its ة even when the ة form is unknown too, since the
 * article and a possessive ه never go together; the French é written يه (الشانزليزيه) is left alone. On the
 * tuning files (tests/eval/aghlat.ts) that second case found 3 corrections and one typo of another kind.
 */
export const TAA_MARBUTA: Rule = {
  id: 'TAA_MARBUTA',
  severity: 'error',
  check: (paragraph, context) =>
    context.settings.strictTaaMarbuta
      ? wordHits(paragraph, (word) => {
          if (!word.endsWith('ه') || word.length < 3) return null;
          const fixes = slipFixes(word, 'taaMarbuta', context.words);
          if (fixes.length > 0) return fixes;
          const name = DEFINITE.test(word) && !word.endsWith('يه') && !context.words.isWord(word);
          return name ? [`${word.slice(0, -1)}ة`] : null;
        })
      : [],
};
