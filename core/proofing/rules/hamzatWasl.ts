import { slipRule } from './slipRule';

/**
 * الإجتماع → الاجتماع, إستنشاق → استنشاق: a hamza written on hamzat wasl. Only with إ: hamzat wasl is spoken
 * with a kasra, so that is the hamza a slip writes. On the tuning files read leaving each file out
 * (tests/eval/tune.ts --cross) every correction was إ, and the one finding with أ was a name (أنطون سعادة).
 */
export const HAMZAT_WASL = slipRule('HAMZAT_WASL', 'error', 'wasl', () => true, /^[وف]?[بلك]?(?:ال|ل)?إ/);
