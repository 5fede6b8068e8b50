import { slipRule } from './slipRule';

/** العضمى → العظمى, التغاظي → التغاضي: ض and ظ confused, only where the written form is not a word. */
export const DAD_ZA = slipRule('DAD_ZA', 'error', 'dadZa', () => true, /[ضظ]/);
