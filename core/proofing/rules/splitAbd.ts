import type { Rule } from '../types';
import { matchHits } from './helpers';

/** House style only (settings: splitAbd): عبدالله → عبد الله, عبدالرحمن → عبد الرحمن. */
const PATTERN = /(?<![\p{L}\p{M}])([وفبل]?)عبد(ال[\p{L}]{2,})(?![\p{L}\p{M}])/gu;

export const SPLIT_ABD: Rule = {
  id: 'SPLIT_ABD',
  // Off unless the house asks for it; a house that does wants it underlined.
  severity: 'warning',
  check: (paragraph, context) =>
    context.settings.splitAbd ? matchHits(paragraph, PATTERN, (m) => [`${m[1]}عبد ${m[2]}`]) : [],
};
