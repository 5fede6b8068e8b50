import { phraseRule } from './helpers';

/** سوف لن يحضر → لن يحضر: سوف does not go with a negation. */
export const SAUFA_LAN = phraseRule('SAUFA_LAN', 'warning', [
  ['سوف لن', 'لن'],
  ['سوف لا', 'لا'],
  ['وسوف لن', 'ولن'],
  ['وسوف لا', 'ولا'],
]);
