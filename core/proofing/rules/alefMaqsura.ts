import type { Rule, RuleContext } from '../types';
import { slipFixes } from '../variants';
import { wordHits } from './slipRule';

/**
 * Names ending in alef maqsura that Ayaspell lacks, where the yaa form is another word (يحيى/يحيي): without
 * this list every يحيى would be "corrected" (measured on Aghlat's tuning files).
 */
const NAMES = new Set(
  'يحيى مصطفى موسى عيسى ليلى هدى منى سلمى نجوى شذى مرتضى مجتبى يسرى بشرى سلوى لبنى رضوى أويحيى نهى ضحى علا'.split(' '),
);
const withoutClitic = (word: string) => word.replace(/^[وفبل]/, '');

/** Particles a final ي ends: the slip فى، هى، التى is the commonest of all. */
const PARTICLES = new Set(['في', 'هي', 'كي', 'لكي', 'لي', 'بي', 'التي', 'الذي']);
/** A paragraph that writes these particles with ى has the habit of a final ى for ي (Egyptian typesetting). */
const HABIT = /(?:^|[^\p{L}\p{M}])[وف]?(?:فى|هى|التى|الذى)(?![\p{L}\p{M}])/u;

/**
 * Whether the ي of `yaa` (a word the dictionary knows) reads as a suffix or a particle's: a particle (في، التي),
 * or the word without it is a word, as the nisba, "my" and the construct plural are (مصري ← مصر، الثقافي ←
 * الثقافة، فقرتي ← فقرة). A final ى is never a suffix: it is the word's own letter (استحى، المنشّى، الرشاوى), and
 * where the dictionary lacks such a word and knows its ي form, that is the dictionary's gap, not a slip.
 */
function suffixYaa(yaa: string, words: RuleContext['words']): boolean {
  if (PARTICLES.has(yaa.replace(/^[وف]/, ''))) return true;
  const stem = yaa.slice(0, -1);
  return stem.length >= 2 && [stem, `${stem}ة`, stem.replace(/ت$/, 'ة')].some((w) => words.isWord(w));
}

/**
 * مصرى → مصري, مستشفي → مستشفى, اى → أي: final yaa and alef maqsura swapped (with a missing initial hamza
 * as well, as in اى), only where the written form is not a word.
 */
export const ALEF_MAQSURA: Rule = {
  id: 'ALEF_MAQSURA',
  severity: 'error',
  check: (paragraph, context) =>
    context.settings.strictFinalYaa
      ? wordHits(paragraph, (word) => {
          if (NAMES.has(word) || NAMES.has(withoutClitic(word))) return null;
          const direct = slipFixes(word, 'alefMaqsura', context.words);
          // Session 10: ى for ي only where the ي is a suffix's or a particle's, or the paragraph has the habit.
          if (word.endsWith('ى') && direct.length > 0) {
            // Ayaspell's gaps among words in ى are long, derived ones (استحى، المنشّى، الرشاوى); its short words
            // are complete, so an unknown one of three letters after clitics and article is a slip (الرى → الري).
            const short = word.replace(/^[وف]?[بلك]?(?:ال)?/, '').length <= 3;
            const slip = short || HABIT.test(paragraph) || direct.some((w) => suffixYaa(w, context.words));
            return slip ? direct : null;
          }
          if (direct.length > 0) return direct;
          if (context.words.isWord(word)) return null;
          const swapped = word.endsWith('ى') ? `${word.slice(0, -1)}ي` : null;
          return swapped ? slipFixes(swapped, 'initialAlef', context.words) : null;
        })
      : [],
};
