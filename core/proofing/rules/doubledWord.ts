import type { Rule } from '../types';
import { matchHits } from './helpers';

/** في في المدينة → في المدينة; reduplications Arabic uses on purpose, and spelt-out
 * acronyms (بي بي سي), are allowed. */
const ALLOWED = new Set([
  'رويدا',
  'رويداً',
  'رويدًا',
  'شيئا',
  'جدا',
  'جداً',
  'نعم',
  'لا',
  'كلا',
  'مرارا',
  'مراراً',
  'يوما',
  'سويا',
  'بي',
  'سي',
]);
const PATTERN = /(?<![\p{L}\p{M}])([\p{L}\p{M}]+)[ \u00A0]+\1(?![\p{L}\p{M}])/gu;

export const DOUBLED_WORD: Rule = {
  id: 'DOUBLED_WORD',
  // Listed, not underlined: on the tuning files (tests/eval/aghlat.ts) the editors corrected 0.00 of its
  // 94 findings (rules of low precision there are info).
  severity: 'info',
  check: (paragraph) => matchHits(paragraph, PATTERN, (m) => (ALLOWED.has(m[1]!) ? null : [m[1]!])),
};
