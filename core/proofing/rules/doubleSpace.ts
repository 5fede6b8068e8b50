import type { Rule } from '../types';
import { matchHits } from './helpers';

/** في  المدينة → في المدينة: two or more spaces between words (not an indent at the start of a line). */
const PATTERN = /(?<=\S)[ \u00A0]{2,}(?=\S)/g;

// Session 9, left alone as a copy editor leaves them (docs/house-style.md):
// - after a sentence's end or a colon (قال.  وأضاف, a closing quote or bracket after the mark too): the
//   typist's two spaces, which a page does not show;
const AFTER_SENTENCE = /[.!?؟…:]["'»”)\]]*$/;
// - after a list mark that opens the paragraph (-  أولا، 1)  الإصلاح، •  البند): an indent, not a slip;
const LIST_MARK = /^\s*(?:[-–—•*▪●]|\p{N}{1,3}[.)-]|\p{L}[.)-])$/u;
// - beside a | (a web page's title, a table's cell) and in lines with wiki markup ([[رابط]]  نص، {{قالب}}):
//   page furniture and markup debris, not copy.
const MARKUP = /\[\[|\]\]|\{\{|\}\}/;

export const DOUBLE_SPACE: Rule = {
  id: 'DOUBLE_SPACE',
  severity: 'warning',
  check: (paragraph) =>
    MARKUP.test(paragraph)
      ? []
      : matchHits(paragraph, PATTERN, (m) => {
          const before = paragraph.slice(0, m.index);
          const next = paragraph[m.index + m[0].length];
          if (AFTER_SENTENCE.test(before) || LIST_MARK.test(before)) return null;
          if (before.endsWith('|') || next === '|') return null;
          return [' '];
        }),
};
