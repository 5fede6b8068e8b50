import type { Rule } from '../types';
import { matchHits } from './helpers';

/**
 * ،، → ،, ؛؛ → ؛, :: → :: a separator typed twice, which nobody writes on purpose.
 *
 * Left alone (session 9): runs of points, of ! and of ؟ or ?. Two or more points are Arabic news's pause
 * (36 عامًا.. سر رحيل: in six of the nine Arabic sites of ../shared/data/exchange-real, 98 times), and
 * "corrected" to one point they end the sentence; !! and ؟؟ are a writer's emphasis in opinion pieces and
 * headlines (الداخلية!!), and ؟! the accepted pair. On the tuning files (tests/eval/aghlat.ts) the editors kept
 * the marks of all 22 such runs (!!, !!!, ؟؟, ....), and a "??" line there is a picture's placeholder: a house that wants
 * them gone says so in its style guide (docs/house-style.md). A run of Latin commas is AR_LATIN_COMMA's.
 */
const PATTERN = /([،؛,;:])\1+/g;

export const REPEATED_PUNCT: Rule = {
  id: 'REPEATED_PUNCT',
  severity: 'warning',
  check: (paragraph) => matchHits(paragraph, PATTERN, (m) => [m[1]!]),
};
