import { AGENCIES, agencyFromCredit } from '../../article/agencies';
import type { Rule } from '../types';
import { matchHits } from './helpers';

/**
 * (ا ف ب), (أ.ف.ب), - أ ف ب - → (أ ف ب): an agency credit in the agency table (core/article/agencies.ts)
 * written another way than the house form.
 */
const PATTERN = /\(\s*([^()]{1,12}?)\s*\)|(?<=^|\s)[-ـ–]+\s*([^\s()\-ـ–][^()\-ـ–]{0,11}?)\s*[-ـ–]+(?=\s|$)/g;

export const AGENCY_CREDIT: Rule = {
  id: 'AGENCY_CREDIT',
  severity: 'warning',
  check: (paragraph) =>
    matchHits(paragraph, PATTERN, (m) => {
      const inner = m[1] ?? m[2] ?? '';
      const code = agencyFromCredit(inner);
      if (!code) return null;
      const house = `(${AGENCIES[code].ar})`;
      return m[0] === house ? null : [house];
    }),
};
