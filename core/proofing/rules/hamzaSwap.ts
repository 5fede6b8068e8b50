import { slipRule } from './slipRule';

/**
 * إزمة → أزمة, أمبراطور → إمبراطور: the hamza on the wrong side of the first alef. Listed, not underlined: on
 * the tuning files (tests/eval/aghlat.ts) 10 of its 14 findings were names (إيزارن، إيتا) whose other
 * hamza happens to spell a word.
 */
export const HAMZA_SWAP = slipRule(
  'HAMZA_SWAP',
  'info',
  'hamzaSwap',
  (c) => c.settings.strictInitialAlef,
  /^[وفبلك]{0,2}(?:ال|ل)?[أإ]/,
);
