import type { Rule } from '../types';
import { ARABIC_LETTER } from '../text';
import { matchHits } from './helpers';

/**
 * قال الوزير،إن → قال الوزير، إن. Only Arabic marks, or a point, colon or exclamation mark, directly followed
 * by an Arabic letter (so 1.5, 10:30 and URLs are left alone). A point after a digit numbers a heading
 * (1.مفهوم، 2.3.النمو) and a point between short words spells an abbreviation (السي.أي.ايه): 7 of the 9
 * findings on the tuning files (tests/eval/aghlat.ts) were these, and are left alone.
 */
// Session 9: also a mark run into the quotation it opens (الشهيرة:"الأخ، قال:«لن»: a straight quote only
// after a colon, where it can only open one); a wiki line ([[تصنيف:محافظة تعز]]) is markup, not copy.
const PATTERN = new RegExp(
  `(?<=[${ARABIC_LETTER}\\p{N}\\)»"])(?:[،؛؟.:!](?=[${ARABIC_LETTER}]|«[${ARABIC_LETTER}])|:(?="[${ARABIC_LETTER}]))`,
  'gu',
);
const WORD_BEFORE = new RegExp(`[${ARABIC_LETTER}]*$`);
const WORD_AFTER = new RegExp(`^[${ARABIC_LETTER}]*(.?)`);
const MARKUP = /\[\[|\{\{/;

function abbreviationOrNumbering(paragraph: string, at: number): boolean {
  if (paragraph[at] !== '.') return false;
  if (/\p{N}/u.test(paragraph[at - 1] ?? '')) return true;
  const before = WORD_BEFORE.exec(paragraph.slice(0, at))![0];
  const after = WORD_AFTER.exec(paragraph.slice(at + 1))!;
  return before.length <= 2 || after[1] === '.';
}

export const NO_SPACE_AFTER_PUNCT: Rule = {
  id: 'NO_SPACE_AFTER_PUNCT',
  // Session 9, underlined: on the tuning files, read with the aligner (a space the editors added is now a
  // correction), the editors added the space at 3 of its 7 findings and the other 4 are the same slip left
  // (بها،كذلك، والسكن.وهذا), as is its one finding on the real news (منها:تمر). Held-out files are read line
  // for line, where a space added changes the word count and the line is left out: there it cannot be credited.
  severity: 'warning',
  check: (paragraph) =>
    MARKUP.test(paragraph)
      ? []
      : matchHits(paragraph, PATTERN, (m) => (abbreviationOrNumbering(paragraph, m.index) ? null : [`${m[0]} `])),
};
