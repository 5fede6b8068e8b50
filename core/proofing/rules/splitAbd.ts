import type { Rule } from '../types';
import { matchHits } from './helpers';

/** House style only (settings: splitAbd): عبدالله → عبد الله, عبدالرحمن → عبد الرحمن. */
const PATTERN = /(?<![\p{L}\p{M}])([وفبل]?)عبد(ال[\p{L}]{2,})(?![\p{L}\p{M}])/gu;

export const SPLIT_ABD: Rule = {
  id: 'SPLIT_ABD',
  severity: 'info',
  check: (paragraph, context) =>
    context.settings.splitAbd ? matchHits(paragraph, PATTERN, (m) => [`${m[1]}عبد ${m[2]}`]) : [],
};
