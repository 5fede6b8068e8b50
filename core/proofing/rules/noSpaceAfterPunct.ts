import type { Rule } from '../types';
import { ARABIC_LETTER } from '../text';
import { matchHits } from './helpers';

/**
 * قال الوزير،إن → قال الوزير، إن. Only Arabic marks, or a point, colon or exclamation mark, directly followed
 * by an Arabic letter (so 1.5, 10:30 and URLs are left alone).
 */
const PATTERN = new RegExp(`(?<=[${ARABIC_LETTER}\\p{N}\\)»"])[،؛؟.:!](?=[${ARABIC_LETTER}])`, 'gu');

export const NO_SPACE_AFTER_PUNCT: Rule = {
  id: 'NO_SPACE_AFTER_PUNCT',
  // Listed, not underlined: on the tuning files (tests/eval/aghlat.ts) the editors corrected 0.11 of its
  // 9 findings (rules of low precision there are info).
  severity: 'info',
  check: (paragraph) => matchHits(paragraph, PATTERN, (m) => [`${m[0]} `]),
};
