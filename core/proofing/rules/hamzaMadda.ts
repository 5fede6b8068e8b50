import { slipRule } from './slipRule';

/** الأن → الآن, الأمال → الآمال: a hamza where the first alef takes a madda, only where the written form is
 * not a word and the madda form is. */
export const HAMZA_MADDA = slipRule(
  'HAMZA_MADDA',
  'error',
  'madda',
  (c) => c.settings.strictInitialAlef,
  /^[وفبلك]{0,2}(?:ال|ل)?أ/,
);
