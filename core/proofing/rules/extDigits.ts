import type { Rule } from '../types';
import { matchHits } from './helpers';

/** ۲۰۲۴ (Persian/Urdu digits, U+06F0–06F9) → the house digits: they look alike but search and sort apart. */
const PATTERN = /[\u06F0-\u06F9]+/g;

export const EXT_DIGITS: Rule = {
  id: 'EXT_DIGITS',
  severity: 'error',
  check: (paragraph, context) =>
    matchHits(paragraph, PATTERN, (m) => [
      m[0].replace(/[\u06F0-\u06F9]/g, (d) => {
        const n = d.charCodeAt(0) - 0x06f0;
        return context.digits === 'western' ? String(n) : String.fromCharCode(0x0660 + n);
      }),
    ]),
};
