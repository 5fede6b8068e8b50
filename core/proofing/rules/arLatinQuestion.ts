import type { Rule } from '../types';
import { latinMarkHits } from './latinPunctuation';

/** هل انتهت الأزمة? → هل انتهت الأزمة؟ */
export const AR_LATIN_QUESTION: Rule = {
  id: 'AR_LATIN_QUESTION',
  severity: 'warning',
  check: (paragraph) => latinMarkHits(paragraph, '?', '؟'),
};
