import type { Rule } from '../types';
import { matchHits } from './helpers';

/**
 * معقول؟؟ → معقول؟, ،، → ،, four points or more → an ellipsis. An ellipsis (three points) and ؟! are left
 * alone, and so are two points: Arabic news writes them as a pause (36 عامًا.. سر رحيل), in six of the nine
 * Arabic sites of ../shared/data/exchange-real (98 times) and in both of this rule's findings on the tuning
 * files (tests/eval/aghlat.ts), which the editors left; "corrected" to one point they end the sentence.
 */
const PATTERN = /([،؛؟!?,;:])\1+|\.{4,}/g;

export const REPEATED_PUNCT: Rule = {
  id: 'REPEATED_PUNCT',
  severity: 'warning',
  check: (paragraph) => matchHits(paragraph, PATTERN, (m) => [m[0].startsWith('.') ? '…' : m[0][0]!]),
};
