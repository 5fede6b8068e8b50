import type { Rule } from '../types';
import { latinMarkHits } from './latinPunctuation';

/** انتهى الاجتماع; وغادر → انتهى الاجتماع؛ وغادر */
export const AR_LATIN_SEMICOLON: Rule = {
  id: 'AR_LATIN_SEMICOLON',
  severity: 'warning',
  check: (paragraph) => latinMarkHits(paragraph, ';', '؛'),
};
