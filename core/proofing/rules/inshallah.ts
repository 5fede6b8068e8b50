import { phraseRule } from './helpers';

/** إنشاء الله ("the creation of God") → إن شاء الله. */
export const INSHALLAH = phraseRule('INSHALLAH', 'error', [
  ['إنشاء الله', 'إن شاء الله'],
  ['انشاء الله', 'إن شاء الله'],
  ['انشالله', 'إن شاء الله'],
  ['إنشالله', 'إن شاء الله'],
]);
