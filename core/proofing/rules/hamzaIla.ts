import type { Rule } from '../types';
import { wordHits } from './slipRule';

/**
 * الى → إلى (Aghlat's most frequent correction), with و or ف before it; الي, with the final yaa as well, is
 * إلى or else آلي ("automatic"), not إلي ("to me"), which HAMZA_INITIAL would offer first. Not والي: a
 * governor.
 */
const FORMS = new Map([
  ['الى', ['إلى']],
  ['والى', ['وإلى']],
  ['فالى', ['فإلى']],
  ['الي', ['إلى', 'آلي']],
]);

export const HAMZA_ILA: Rule = {
  id: 'HAMZA_ILA',
  severity: 'error',
  check: (paragraph) =>
    wordHits(paragraph, (word) => {
      return FORMS.get(word) ?? null;
    }),
};
