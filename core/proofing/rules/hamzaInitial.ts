import { around, byContext } from '../hamzaContext';
import { wordsOf } from '../text';
import type { Rule, WordOracle } from '../types';
import { byUsage } from '../usage';
import { slipFixes } from '../variants';

/**
 * Latin letters spelt out in Arabic (اف ب for AFP, بي بي اس, سي آي ايه): next to another spelt-out letter they
 * are an abbreviation, not أف or أس without a hamza (11 findings on the tuning files).
 */
const LETTER_NAMES = new Set(
  'اف إف اس إس ايه إيه اي أي آي ام إم اتش إتش اكس إكس بي سي دي تي جي كيه واي يو ار آر ب ف'.split(' '),
);

/**
 * Ayaspell reads أ + any word as a question (أصابة is "a صابة?", أذا is "أ + ذا"), so a candidate with أ
 * whose hamza taken away leaves a word is the weakest reading: اصابة → إصابة, اذا → إذا come first.
 */
function interrogativeLast(word: string, candidates: string[], words: WordOracle): string[] {
  const weak = (c: string) => {
    let i = 0;
    while (i < word.length && word[i] === c[i]) i++;
    const rest = c.slice(i + 1);
    return c[i] === 'أ' && !c.slice(0, i).endsWith('ال') && rest.length >= 3 && words.isWord(c.slice(0, i) + rest);
  };
  // Only إ outranks the weak أ: آ is the rarer reading (اساس gave آساس before أساس, اكدت آكدت before أكدت).
  const below = candidates.filter((c) => !weak(c) && !madda(word, c));
  const ranked = [...below, ...candidates.filter(weak), ...candidates.filter((c) => !weak(c) && madda(word, c))];
  return [...ranked.filter((c) => kasraFirst(word, c)), ...ranked.filter((c) => !kasraFirst(word, c))];
}

/**
 * Words whose bare spelling news copy means with إ, though the أ form is a word too: إذا، إذ، إذن and الإخوان
 * (the Brotherhood, not الأخوان, brothers). On the tuning files the editors wrote إ in all 52 places.
 */
const KASRA_FIRST = new Set(['إذا', 'إذ', 'إذن', 'إخوان']);

/**
 * The verbal noun of a hollow form IV verb, إفالة (إقامة، إدارة، إشارة، إضافة، إعادة، إصابة، إثارة, also with a
 * pronoun or in the plural: إقامته، إصابات): a large class news writes all the time, while the أ reading of the
 * same letters is a rare noun or Ayaspell's question (أثارة). On the tuning files the editors wrote إ wherever
 * both were words and the word had this shape; with it, the first suggestion of HAMZA_INITIAL without an
 * archive's usage went from 0.927 to 0.931 (اثارة، الاثارة، اثارته were offered أ first).
 */
const HOLLOW_MASDAR = /^إ[^ا]ا[^ا](?:ة|ات|ت(?:ه|ها|هم|هما|كم|نا|ي))$/;

function kasraFirst(word: string, candidate: string): boolean {
  let i = 0;
  while (i < word.length && word[i] === candidate[i]) i++;
  return KASRA_FIRST.has(candidate.slice(i)) || HOLLOW_MASDAR.test(candidate.slice(i));
}

/** Whether the candidate gives the word a madda where it had a bare alef. */
function madda(word: string, candidate: string): boolean {
  let i = 0;
  while (i < word.length && word[i] === candidate[i]) i++;
  return candidate[i] === 'آ';
}

/** الاردنية → الأردنية, اضافة → إضافة: a bare first alef where only the hamza form is a word. */
export const HAMZA_INITIAL: Rule = {
  id: 'HAMZA_INITIAL',
  severity: 'error',
  check(paragraph, context) {
    if (!context.settings.strictInitialAlef) return [];
    const words = wordsOf(paragraph);
    return words.flatMap(({ word, start, bare }, i) => {
      // Words with tatweel or invisible characters are TATWEEL's and INVISIBLE_CHARS's first.
      if (bare !== word || !/^[وفبلك]{0,3}ا/.test(word)) return [];
      const spelt = (w: { word: string } | undefined) => w !== undefined && LETTER_NAMES.has(w.word);
      if (LETTER_NAMES.has(word) && (spelt(words[i - 1]) || spelt(words[i + 1]))) return [];
      // The archive's habits first (usage.ts); the rules of thumb where it has none; then what the sentence
      // rules out goes last (hamzaContext.ts: بعض الآباء، قد أبعد، إما … أو).
      const fixes = interrogativeLast(word, slipFixes(word, 'initialAlef', context.words), context.words);
      const ranked = byUsage(fixes, context.words);
      const suggestions = ranked.length > 1 ? byContext(word, ranked, around(paragraph, words, i)) : ranked;
      return suggestions.length > 0 ? [{ start, length: word.length, found: word, suggestions }] : [];
    });
  },
};
