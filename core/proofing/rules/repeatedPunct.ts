import type { Rule } from '../types';
import { matchHits } from './helpers';

/** معقول؟؟ → معقول؟, ،، → ،. An ellipsis (three points) and ؟! are left alone. */
const PATTERN = /([،؛؟!?,;:])\1+|(?<!\.)\.\.(?!\.)|\.{4,}/g;

export const REPEATED_PUNCT: Rule = {
  id: 'REPEATED_PUNCT',
  severity: 'warning',
  check: (paragraph) =>
    matchHits(paragraph, PATTERN, (m) => [m[0].startsWith('.') && m[0].length > 3 ? '…' : m[0][0]!]),
};
