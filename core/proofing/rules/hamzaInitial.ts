import { slipRule } from './slipRule';

/** الاردنية → الأردنية, اضافة → إضافة: a bare first alef where only the hamza form is a word. */
export const HAMZA_INITIAL = slipRule('HAMZA_INITIAL', 'error', 'initialAlef', (c) => c.settings.strictInitialAlef);
