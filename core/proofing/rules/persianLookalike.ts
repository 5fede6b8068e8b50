import type { Rule } from '../types';
import { matchHits } from './helpers';

/**
 * کتاب → كتاب: Persian and Urdu letters that look like Arabic ones (keyboard or paste residue). Search and
 * spelling see a different word. Final ی may be ي or ى: the dictionary decides.
 */
const MAP: Record<string, string> = { '\u06A9': 'ك', '\u06CC': 'ي', '\u06D5': 'ه', '\u06BE': 'ه', '\u06C0': 'ة' };
const PATTERN = /[\p{L}\p{M}]*[\u06A9\u06CC\u06D5\u06BE\u06C0][\p{L}\p{M}]*/gu;
/** The pattern backtracks over every word; almost no paragraph has these letters, so look first. */
const ANY = /[\u06A9\u06CC\u06D5\u06BE\u06C0]/;

export const PERSIAN_LOOKALIKE: Rule = {
  id: 'PERSIAN_LOOKALIKE',
  // Listed, not underlined: on the tuning files (tests/eval/aghlat.ts) the editors corrected 0.00 of its
  // 7 findings (rules of low precision there are info).
  severity: 'info',
  check: (paragraph, context) =>
    !ANY.test(paragraph)
      ? []
      : matchHits(paragraph, PATTERN, (m) => {
          const fixed = m[0].replace(/[\u06A9\u06CC\u06D5\u06BE\u06C0]/g, (c) => MAP[c]!);
          if (m[0].endsWith('\u06CC')) {
            const maqsura = `${fixed.slice(0, -1)}ى`;
            if (!context.words.isWord(fixed) && context.words.isWord(maqsura)) return [maqsura, fixed];
          }
          return [fixed];
        }),
};
