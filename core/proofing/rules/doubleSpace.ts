import type { Rule } from '../types';
import { matchHits } from './helpers';

/** في  المدينة → في المدينة: two or more spaces between words (not an indent at the start of a line). */
const PATTERN = /(?<=\S)[ \u00A0]{2,}(?=\S)/g;

export const DOUBLE_SPACE: Rule = {
  id: 'DOUBLE_SPACE',
  severity: 'warning',
  check: (paragraph) => matchHits(paragraph, PATTERN, () => [' ']),
};
