import { phraseRule } from './helpers';

/** سافر لوحده → سافر وحده. */
export const LIWAHDIHI = phraseRule(
  'LIWAHDIHI',
  'warning',
  ['ه', 'ها', 'هم', 'هما', 'هن', 'ي', 'ك', 'كم', 'نا'].map((s) => [`لوحد${s}`, `وحد${s}`] as const),
);
