import type { Rule } from '../types';
import { ARABIC_LETTER } from '../text';
import { matchHits } from './helpers';

/**
 * قالت الوكالة(أ ف ب) → قالت الوكالة (أ ف ب), «لن نتراجع»قال → «لن نتراجع» قال: an Arabic word run into an
 * opening bracket or guillemet, or a closing one run into the next word. A letter or two in brackets is a
 * word's own ending (المعلم(ة)، الموظف(ين)) and is left alone, and so is a one-letter proclitic before it.
 */
// Session 8: و، ف، ب، ل، ك are written onto what follows, a bracket or guillemet too (و«القائد المحرر»،
// و(الحرام): 5 findings on the tuning files).
const PATTERN = new RegExp(
  `(?<=[${ARABIC_LETTER}])(?<!(?:^|[\\s(«])[وفبلك])[(«](?![${ARABIC_LETTER}]{1,3}[)»])|(?<![(«][${ARABIC_LETTER}]{1,3})[)»](?=[${ARABIC_LETTER}])`,
  'g',
);

const BRACKET = /[()«»]/;

export const BRACKET_OUTER_SPACE: Rule = {
  id: 'BRACKET_OUTER_SPACE',
  severity: 'warning',
  // The pattern's look-behind is tried at every character: most paragraphs have no bracket to try it for.
  check: (paragraph) =>
    BRACKET.test(paragraph) ? matchHits(paragraph, PATTERN, (m) => [/[(«]/.test(m[0]) ? ` ${m[0]}` : `${m[0]} `]) : [],
};
