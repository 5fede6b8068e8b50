import type { Rule } from '../types';
import { INVISIBLE } from '../text';
import { matchHits } from './helpers';

/** ال‌حرب (a ZWNJ, RLM, BOM… between letters) → الحرب: invisible paste residue that splits a word for search. */
const PATTERN = new RegExp(`[\\p{L}\\p{M}]+(?:[${INVISIBLE}]+[\\p{L}\\p{M}]+)+`, 'gu');
/** The pattern walks every word; almost no paragraph has these characters, so look first. */
const ANY = new RegExp(`[${INVISIBLE}]`);
const ALL = new RegExp(`[${INVISIBLE}]`, 'g');

export const INVISIBLE_CHARS: Rule = {
  id: 'INVISIBLE_CHARS',
  // Listed, not underlined: on the tuning files (tests/eval/aghlat.ts) the editors corrected 0.00 of its
  // 6 findings (rules of low precision there are info).
  severity: 'info',
  check: (paragraph) => (ANY.test(paragraph) ? matchHits(paragraph, PATTERN, (m) => [m[0].replace(ALL, '')]) : []),
};
