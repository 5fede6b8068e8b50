import type { Rule } from '../types';
import { latinMarkHits } from './latinPunctuation';

/** هل انتهت الأزمة? → هل انتهت الأزمة؟ */
export const AR_LATIN_QUESTION: Rule = {
  id: 'AR_LATIN_QUESTION',
  // Listed, not underlined: on the tuning files (tests/eval/aghlat.ts) the editors corrected 0.00 of its
  // 390 findings (rules of low precision there are info).
  severity: 'info',
  check: (paragraph) => latinMarkHits(paragraph, '?', '؟'),
};
