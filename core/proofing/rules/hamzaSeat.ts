import { slipRule } from './slipRule';

/** طوارىء → طوارئ, الرءوس → الرؤوس: the hamza on the wrong seat. */
export const HAMZA_SEAT = slipRule('HAMZA_SEAT', 'error', 'seat');
