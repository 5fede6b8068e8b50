import type { Rule } from '../types';
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
          if (direct.length > 0) return direct;
          if (context.words.isWord(word)) return null;
          const swapped = word.endsWith('ى') ? `${word.slice(0, -1)}ي` : null;
          return swapped ? slipFixes(swapped, 'initialAlef', context.words) : null;
        })
      : [],
};
