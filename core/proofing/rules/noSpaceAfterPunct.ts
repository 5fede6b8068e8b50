import type { Rule } from '../types';
import { ARABIC_LETTER } from '../text';
import { matchHits } from './helpers';

/**
 * قال الوزير،إن → قال الوزير، إن. Only Arabic marks, or a point, colon or exclamation mark, directly followed
 * by an Arabic letter (so 1.5, 10:30 and URLs are left alone). A point after a digit numbers a heading
 * (1.مفهوم، 2.3.النمو) and a point between short words spells an abbreviation (السي.أي.ايه): 7 of the 9
 * findings on the tuning files (tests/eval/aghlat.ts) were these, and are left alone.
 */
const PATTERN = new RegExp(`(?<=[${ARABIC_LETTER}\\p{N}\\)»"])[،؛؟.:!](?=[${ARABIC_LETTER}])`, 'gu');
const WORD_BEFORE = new RegExp(`[${ARABIC_LETTER}]*$`);
const WORD_AFTER = new RegExp(`^[${ARABIC_LETTER}]*(.?)`);

function abbreviationOrNumbering(paragraph: string, at: number): boolean {
  if (paragraph[at] !== '.') return false;
  if (/\p{N}/u.test(paragraph[at - 1] ?? '')) return true;
  const before = WORD_BEFORE.exec(paragraph.slice(0, at))![0];
  const after = WORD_AFTER.exec(paragraph.slice(at + 1))!;
  return before.length <= 2 || after[1] === '.';
}

export const NO_SPACE_AFTER_PUNCT: Rule = {
  id: 'NO_SPACE_AFTER_PUNCT',
  // Listed, not underlined: Aghlat's editors correct letters, not spaces (a space they added would change the
  // line's word count, and such lines are not scored), so the tuning files cannot show its precision.
  severity: 'info',
  check: (paragraph) =>
    matchHits(paragraph, PATTERN, (m) => (abbreviationOrNumbering(paragraph, m.index) ? null : [`${m[0]} `])),
};
