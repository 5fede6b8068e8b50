import { slipRule } from './slipRule';

/** الإجتماع → الاجتماع, إستنشاق → استنشاق: a hamza written on hamzat wasl. */
export const HAMZAT_WASL = slipRule('HAMZAT_WASL', 'error', 'wasl');
