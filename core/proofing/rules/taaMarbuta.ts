import { slipRule } from './slipRule';

/** الجمعه → الجمعة, only when the ه form is not itself a word (كتابه is "his book"). */
export const TAA_MARBUTA = slipRule('TAA_MARBUTA', 'error', 'taaMarbuta', (c) => c.settings.strictTaaMarbuta);
