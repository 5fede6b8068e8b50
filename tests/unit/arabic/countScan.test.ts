import { describe, expect, it } from 'vitest';
import { countText } from '../../../core/arabic/count';
import { scanLine } from '../../../core/arabic/countScan';
import { ArticleGenerator, seededRandom } from '../../bench/arabicCorpus';

/** The definition the fast scan must agree with: Intl.Segmenter over the whole text, as newsrooms count. */
function segmenterCounts(text: string): { words: number; characters: number } {
  const words = [...new Intl.Segmenter('ar', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).length;
  const characters = [...new Intl.Segmenter('ar', { granularity: 'grapheme' }).segment(text)].filter(
    (s) => s.segment !== '\n' && s.segment !== '\r\n',
  ).length;
  return { words, characters };
}

// Pieces of text chosen to meet every case the scan follows or hands back: letters of both scripts, digits of
// three kinds, harakat and Quranic marks, tatweel, punctuation that can join words (. , : ' ، ٫ ٬ _ -), line
// breaks of both kinds, and characters outside the scan (emoji, bidi marks, ZWNJ, Hebrew, number signs).
const PIECES = [
  'ب',
  'ك',
  'ت',
  'ا',
  'ل',
  'ة',
  'ى',
  'أ',
  'ـ',
  'a',
  'Z',
  'é',
  'ß',
  '0',
  '7',
  '٢',
  '٥',
  '۳',
  '\u064E',
  '\u0651',
  '\u064B',
  '\u0652',
  '\u0670',
  '\u06D6',
  '\u0301',
  ' ',
  ' ',
  ' ',
  '.',
  ',',
  ':',
  "'",
  '،',
  '٫',
  '٬',
  '؛',
  '؟',
  '!',
  '-',
  '_',
  '(',
  ')',
  '"',
  '«',
  '»',
  '…',
  '–',
  '\u00A0',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '😀',
  '\u200F',
  '\u200C',
  '\u061C',
  'ש',
  '\u0600',
  'ﻻ',
];

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

describe('the fast count agrees with Intl.Segmenter', () => {
  it('on 5,000 random texts built from the characters where the rules differ', () => {
    const random = seededRandom(2026);
    for (let i = 0; i < 5000; i += 1) {
      const text = randomText(random, 1 + Math.floor(random() * 24));
      const { words, characters } = countText(text);
      expect({ text, words, characters }).toEqual({ text, ...segmenterCounts(text) });
    }
  });

  it('on generated news articles, paragraph breaks included', () => {
    const generator = new ArticleGenerator();
    for (let i = 0; i < 40; i += 1) {
      const { fields } = generator.next();
      const text = [fields.headline, fields.standfirst, fields.byline].join('\n');
      const { words, characters } = countText(text);
      expect({ words, characters }).toEqual(segmenterCounts(text));
    }
  });

  it('takes the fast path for ordinary Arabic news lines and hands back the ones it cannot follow', () => {
    const line = 'قالَ الوزيرُ إن الحكومة ستعلن، غداً، خطة Biden لعام 2021.';
    expect(scanLine(line)).toEqual(segmenterCounts(line));
    expect(scanLine('نسبة ٣٫٥ في المئة')).toBeNull(); // a decimal separator between digits joins them
    expect(scanLine('\u064Eبداية بحركة')).toBeNull(); // a haraka with no letter under it
    expect(scanLine('رمز 😀')).toBeNull();
  });
});
