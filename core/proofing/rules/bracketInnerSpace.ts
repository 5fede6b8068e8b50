import type { Rule } from '../types';
import { matchHits } from './helpers';

/** ( أ ف ب ) → (أ ف ب), « لن نتراجع » → «لن نتراجع»: the spaces just inside brackets and guillemets. */
const PATTERN = /(?<=[([«])[ \u00A0]+(?=\S)|(?<=\S)[ \u00A0]+(?=[)\]»])/g;

export const BRACKET_INNER_SPACE: Rule = {
  id: 'BRACKET_INNER_SPACE',
  // Listed, not underlined: on the tuning files (tests/eval/aghlat.ts) the editors corrected 0.00 of its
  // 25 findings (rules of low precision there are info).
  severity: 'info',
  check: (paragraph) => matchHits(paragraph, PATTERN, () => ['']),
};
