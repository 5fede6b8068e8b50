import type { Rule } from '../types';
import { matchHits } from './helpers';

/**
 * House style only (settings: guillemets): قال: "لن نتراجع" → قال: «لن نتراجع». Straight quotes are the
 * agencies' norm, so this is off unless the newsroom asks for it; only pairs within one paragraph are fixed.
 */
const PATTERN = /"([^"\n]{1,400})"/g;

export const GUILLEMETS: Rule = {
  id: 'GUILLEMETS',
  severity: 'info',
  check: (paragraph, context) =>
    context.settings.guillemets ? matchHits(paragraph, PATTERN, (m) => [`«${m[1]!.trim()}»`]) : [],
};
