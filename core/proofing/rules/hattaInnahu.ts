import { phraseRule } from './helpers';

/** حتى أنه لم يحضر → حتى إنه لم يحضر: إنّ after حتى that starts a clause. */
export const HATTA_INNAHU = phraseRule(
  'HATTA_INNAHU',
  'warning',
  ['ه', 'ها', 'هم', 'هما', 'هن', 'ني', 'نا'].map((s) => [`حتى أن${s}`, `حتى إن${s}`] as const),
);
