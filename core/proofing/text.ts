/** Character classes and word scanning the rules share. */

/** Arabic letters (without tatweel or harakat). */
export const ARABIC_LETTER = '\\u0621-\\u063A\\u0641-\\u064A\\u0671-\\u06D3';
/** Harakat and Quranic marks. */
export const ARABIC_MARK = '\\u064B-\\u065F\\u0670';
export const TATWEEL = '\\u0640';
/** Zero-width and direction marks that paste leaves inside words. */
export const INVISIBLE = '\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\u00AD';

const HAS_ARABIC = new RegExp(`[${ARABIC_LETTER}]`);
export const isArabic = (s: string) => HAS_ARABIC.test(s);

/** A word: letters and marks of any script, with tatweel and invisible characters between them. */
const WORD = new RegExp(`[\\p{L}\\p{M}](?:[\\p{L}\\p{M}${TATWEEL}${INVISIBLE}]*[\\p{L}\\p{M}])?`, 'gu');

export interface WordAt {
  word: string;
  start: number;
  /** bareWord(word), computed once for every rule that asks. */
  bare: string;
}

// A dozen rules and spelling each walk the words of the same paragraph in turn: the last paragraph's words
// are kept (the scan was a third of a whole-article lint, measured). Callers only read the array.
let lastText: string | undefined;
let lastWords: readonly WordAt[] = [];

export function wordsOf(text: string): readonly WordAt[] {
  if (text !== lastText) {
    const out: WordAt[] = [];
    for (const m of text.matchAll(WORD)) out.push({ word: m[0], start: m.index, bare: bareWord(m[0]) });
    lastText = text;
    lastWords = out;
  }
  return lastWords;
}

const BARE_STRIP = new RegExp(`[${ARABIC_MARK}${TATWEEL}${INVISIBLE}]`, 'g');

/** The word as a dictionary sees it: no tatweel, no invisible characters, no harakat. */
export function bareWord(word: string): string {
  return word.replace(BARE_STRIP, '');
}

/** Single-letter prefixes a word may carry before the article: و ف ب ل ك (and وب، فب...). */
export const CLITIC = /^(?:[وف]?[بلك]?)/;

/** Splits `وبالاردنية` into a proclitic (`وب`) and the rest, trying the longest prefix first. */
export function proclitics(word: string): Array<[string, string]> {
  const out: Array<[string, string]> = [['', word]];
  const m = CLITIC.exec(word);
  const max = m ? m[0].length : 0;
  for (let n = 1; n <= max && n < word.length - 1; n++) out.push([word.slice(0, n), word.slice(n)]);
  return out;
}
