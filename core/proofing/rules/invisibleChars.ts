import type { Rule } from '../types';
import { INVISIBLE } from '../text';
import { matchHits } from './helpers';

/** ال‌حرب (a ZWNJ, RLM, BOM… between letters) → الحرب: invisible paste residue that splits a word for search. */
const PATTERN = new RegExp(`[\\p{L}\\p{M}]+(?:[${INVISIBLE}]+[\\p{L}\\p{M}]+)+`, 'gu');

export const INVISIBLE_CHARS: Rule = {
  id: 'INVISIBLE_CHARS',
  severity: 'error',
  check: (paragraph) => matchHits(paragraph, PATTERN, (m) => [m[0].replace(new RegExp(`[${INVISIBLE}]`, 'g'), '')]),
};
