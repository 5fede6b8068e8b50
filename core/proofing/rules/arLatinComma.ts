import type { Rule } from '../types';
import { latinMarkHits } from './latinPunctuation';

/** قال الوزير, إن → قال الوزير، إن */
export const AR_LATIN_COMMA: Rule = {
  id: 'AR_LATIN_COMMA',
  severity: 'warning',
  check: (paragraph) => latinMarkHits(paragraph, ',', '،'),
};
