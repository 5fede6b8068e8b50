import { slipRule } from './slipRule';

/** تاكد → تأكد, متاخرة → متأخرة: a bare alef inside the word where only the hamza form is a word. */
export const HAMZA_MEDIAL = slipRule('HAMZA_MEDIAL', 'error', 'medialAlef', (c) => c.settings.strictInitialAlef);
