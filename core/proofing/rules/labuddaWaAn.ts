import { phraseRule } from './helpers';

/** لا بد وأن تتغير → لا بد أن تتغير. */
export const LABUDDA_WA_AN = phraseRule('LABUDDA_WA_AN', 'warning', [
  ['لا بد وأن', 'لا بد أن'],
  ['لابد وأن', 'لا بد أن'],
  ['لا بد وان', 'لا بد أن'],
  ['لابد وان', 'لا بد أن'],
]);
