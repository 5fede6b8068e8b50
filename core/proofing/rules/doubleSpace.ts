import type { Rule } from '../types';
import { matchHits } from './helpers';

/** في  المدينة → في المدينة: two or more spaces between words (not an indent at the start of a line). */
const PATTERN = /(?<=\S)[ \u00A0]{2,}(?=\S)/g;

// Session 9, left alone as a copy editor leaves them (docs/house-style.md):
// - after a sentence's end or a colon (قال.  وأضاف, a closing quote or bracket after the mark too): the
//   typist's two spaces, which a page does not show;
// (session 10: a colon with the dash Arabic web copy puts after it, المدينة نيوز :-  بلغت, is a colon too);
const AFTER_SENTENCE = /[.!?؟…:]["'»”)\]]*$|:[-–—]$/;
// - after a list mark that opens the paragraph (-  أولا، 1)  الإصلاح، •  البند): an indent, not a slip;
// (session 10: also a number or letter in brackets, (1)  البند، and the other bullet glyphs word processors
// export: ◄ ► ■ □ ◆ ♦ ✓ ·);
const LIST_MARK = /^\s*(?:[-–—•*▪●◄►■□◆♦✓·]|\p{N}{1,3}[.)-]|\p{L}[.)-]|\((?:\p{N}{1,3}|\p{L})\))$/u;
// - beside a | (a web page's title, a table's cell) and in lines with wiki markup ([[رابط]]  نص، {{قالب}}):
//   page furniture and markup debris, not copy.
const MARKUP = /\[\[|\]\]|\{\{|\}\}/;
// Session 10, text laid out rather than typed (the spaces are the layout, not a slip between two words):
// - beside line art, a run of one mark (* * *، ----، ====، ___) or a lone star or bullet (a verse's two halves
//   set apart: ومنزل  *  بسقط);
const LINE_ART = /^(?:([^\p{L}\p{N}\s])\1+|[*•●▪■◆])$/u;
// - in a row of columns: two gaps or more, each padded to three spaces or more, in a line with no sentence in it
//   (no stop, comma or question mark): a table's cells. A typist's slips are two spaces (TUNE: 83 of 87).
const SENTENCE_MARK = /[.,،;؛:!?؟]/;
const GAP = /(?<=\S)[ \u00A0]{2,}(?=\S)/g;
function columns(paragraph: string): boolean {
  if (SENTENCE_MARK.test(paragraph)) return false;
  const gaps = paragraph.match(GAP) ?? [];
  return gaps.length >= 2 && gaps.every((g) => g.length >= 3);
}

export const DOUBLE_SPACE: Rule = {
  id: 'DOUBLE_SPACE',
  severity: 'warning',
  check: (paragraph) =>
    MARKUP.test(paragraph) || columns(paragraph)
      ? []
      : matchHits(paragraph, PATTERN, (m) => {
          const before = paragraph.slice(0, m.index);
          const after = paragraph.slice(m.index + m[0].length);
          if (AFTER_SENTENCE.test(before) || LIST_MARK.test(before)) return null;
          if (before.endsWith('|') || after.startsWith('|')) return null;
          const [tokenBefore, tokenAfter] = [/\S+$/.exec(before)![0], /^\S+/.exec(after)![0]];
          if (LINE_ART.test(tokenBefore) || LINE_ART.test(tokenAfter)) return null;
          return [' '];
        }),
};
