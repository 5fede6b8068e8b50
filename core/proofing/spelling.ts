/**
 * Words neither Hunspell nor the newsroom knows, in two kinds:
 * - SPELLING (underlined): a word with a slip the letters themselves show — a space lost after a letter that
 *   does not join the next (يتصدرالمجموعة: invisible on screen, so it survives proofreading), a letter typed
 *   twice (االحوادث) — with that fix as its suggestion;
 * - UNKNOWN_WORD (listed, underlined only when the settings ask): any other unknown word. On the tuning files
 *   (tests/eval/aghlat.ts) 15 of 16 of these were names, foreign words or words the 2012 dictionary lacks.
 * Hunspell's own suggestions are asked for separately, on request (0.1–1 s a word).
 */
import type { ProofingDictionary } from './dictionary';
import { isArabic, wordsOf } from './text';
import type { Hit, WordOracle } from './types';

/** Latin words in capitals or with digits are codes and acronyms (UN, COVID19), not prose. */
const CODE = /^[\p{Lu}\d]+$|\d/u;
const LATIN = /\p{Script=Latin}/u;
/** Letters that do not join the next one: a missing space after them does not show. */
const NON_JOINING = new Set('اأإآدذرزوؤةىء');

export interface SpellingHit extends Hit {
  /** True when the word has a fix of its own letters (SPELLING); false for an unknown word (UNKNOWN_WORD). */
  slip: boolean;
}

/**
 * Splits that look like a word run into the next but are one word as written, each with why (measured on the
 * tuning files, tests/eval/aghlat.ts).
 */
const NOT_TWO_WORDS: ReadonlyArray<{ readonly why: string; readonly is: (a: string, b: string) => boolean }> = [
  // Session 8: the plural ending after a hamza on alef (يقرأون، يبدأوا، تجرأوا: 4 findings) is no word of its own.
  { why: 'a verb’s plural ending after أ', is: (_, b) => /^أو.?$/.test(b) },
  // Session 8: الوالدية read as الو + الدية.
  { why: 'the article with one letter', is: (a) => /^ال.$/.test(a) },
  // Session 9: compound names with الله are written joined as often as apart (نصرالله، جارالله, like عبدالله,
  // which SPLIT_ABD handles as a house-style setting): on the tuning files read leaving each file out
  // (tune.ts --cross), 10 of SPELLING's 30 findings were نصرالله, none corrected.
  { why: 'a compound name with الله', is: (_, b) => b === 'الله' },
];

/**
 * Fixes found in the word's own letters: a word of three letters or more run into the next word's article
 * (وزيرالخارجية), a doubled alef (االحوادث). Hunspell knows many two-letter strings (تو، خو، دير), so looser
 * splits made names into two "words" (توماس → تو ماس) on the tuning files.
 */
export function letterFixes(word: string, words: WordOracle): string[] {
  const out = new Set<string>();
  for (let i = 3; i <= word.length - 3; i++) {
    // The next word's article, or its hamza-initial alef (الإطارأفادت): neither begins the second half of a
    // word often; the hamza case was 2 of 2 real slips on the tuning files, looser splits were names.
    const next = word.startsWith('ال', i) ? i <= word.length - 4 : word[i] === 'أ' || word[i] === 'إ';
    if (!NON_JOINING.has(word[i - 1]!) || !next) continue;
    const [a, b] = [word.slice(0, i), word.slice(i)];
    if (NOT_TWO_WORDS.some((x) => x.is(a, b))) continue;
    if (words.isWord(a) && words.isWord(b)) out.add(`${a} ${b}`);
  }
  if (word.includes('اا')) {
    const single = word.replace('اا', 'ا');
    if (words.isWord(single)) out.add(single);
  }
  return [...out];
}

export function spellingHits(paragraph: string, dictionary: ProofingDictionary): SpellingHit[] {
  const out: SpellingHit[] = [];
  // Latin words in Arabic copy are names, titles, addresses and codes (Human Rights Watch, www, htm): the
  // English dictionary checks Latin text only where the paragraph is not Arabic.
  const arabic = isArabic(paragraph);
  for (const { word, start, bare } of wordsOf(paragraph)) {
    if (bare.length < 2 || CODE.test(bare) || (arabic && LATIN.test(bare))) continue;
    if (dictionary.accepts(bare)) continue;
    const fixes = bare === word && isArabic(word) ? letterFixes(word, dictionary) : [];
    out.push({ start, length: word.length, found: word, suggestions: fixes, slip: fixes.length > 0 });
  }
  return out;
}
