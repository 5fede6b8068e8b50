import type { Rule } from '../types';
import { matchHits } from './helpers';

/**
 * قال الوزير ، إن → قال الوزير، إن. Only after a word or a number, and only before a mark that ends
 * something (not a dash, not an opening bracket; a point before a digit may be a decimal: ".5").
 */
const PATTERN = /(?<=[\p{L}\p{M}\p{N}])[ \u00A0]+(?=[،؛؟!:,;?]|\.(?![.\d]))/gu;

export const SPACE_BEFORE_PUNCT: Rule = {
  id: 'SPACE_BEFORE_PUNCT',
  // Listed, not underlined: on the tuning files (tests/eval/aghlat.ts) the editors corrected 0.00 of its
  // 563 findings (rules of low precision there are info).
  severity: 'info',
  check: (paragraph) => matchHits(paragraph, PATTERN, () => ['']),
};
