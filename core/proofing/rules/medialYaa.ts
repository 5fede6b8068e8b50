import { slipRule } from './slipRule';

/** رئىس → رئيس: alef maqsura inside a word, where only yaa can stand. */
export const MEDIAL_YAA = slipRule('MEDIAL_YAA', 'error', 'medialYaa', () => true, /ى./);
