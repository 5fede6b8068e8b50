import type { Rule } from '../types';
import { ARABIC_LETTER } from '../text';
import { matchHits } from './helpers';

/**
 * الـــحرب → الحرب. Spelling cannot see tatweel (ar.aff IGNOREs it). Left alone: the conventional الـ before
 * a number or a Latin word (الـ20، الـBBC), where tatweel is the only way to attach the article.
 */
const PATTERN = new RegExp(`[${ARABIC_LETTER}]*\\u0640+(?=[${ARABIC_LETTER}])[${ARABIC_LETTER}\\u0640]*`, 'g');

export const TATWEEL: Rule = {
  id: 'TATWEEL',
  severity: 'warning',
  check: (paragraph) => matchHits(paragraph, PATTERN, (m) => [m[0].replace(/\u0640/g, '')]),
};
