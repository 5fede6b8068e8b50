import { phraseRule } from './helpers';

/** كما وأنها تثري → كما أنها تثري. */
export const KAMA_WA_ANNA = phraseRule(
  'KAMA_WA_ANNA',
  'warning',
  ['', 'ه', 'ها', 'هم', 'هما', 'هن', 'نا'].map((s) => [`كما وأن${s}`, `كما أن${s}`] as const),
);
