import type { Rule } from '../types';
import { wordHits } from './slipRule';

/** الى → إلى (Aghlat's most frequent correction), with و or ف before it. */
const FORMS = new Map([
  ['الى', 'إلى'],
  ['والى', 'وإلى'],
  ['فالى', 'فإلى'],
]);

export const HAMZA_ILA: Rule = {
  id: 'HAMZA_ILA',
  severity: 'error',
  check: (paragraph) =>
    wordHits(paragraph, (word) => {
      const right = FORMS.get(word);
      return right ? [right] : null;
    }),
};
