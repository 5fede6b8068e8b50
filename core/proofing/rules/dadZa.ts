import { slipRule } from './slipRule';

/**
 * العضمى → العظمى, التغاظي → التغاضي: ض and ظ confused, only where the written form is not a word, and not in
 * a name's place (nameContext.ts: مخايل ضاهر وروبير غانم, where the ظ form is a word too).
 */
export const DAD_ZA = slipRule('DAD_ZA', 'error', 'dadZa', () => true, /[ضظ]/, true);
