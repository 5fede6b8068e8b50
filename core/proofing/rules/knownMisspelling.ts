import { listedWordsRule } from './listedWords';

/**
 * The classic misspellings of common words, some of which Ayaspell accepts (ذالك، شئ، شيئ) and the rest of
 * which it lists only as unknown words (هاذا، لاكن), not underlined: ذالك → ذلك, هاذا → هذا, لاكن → لكن,
 * شئ → شيء. Each listed form is a misspelling whatever the sentence.
 */
const PLAIN = [
  ['ذالك', 'ذلك'],
  ['هاذا', 'هذا'],
  ['هاذه', 'هذه'],
  ['هاذان', 'هذان'],
  ['هاذين', 'هذين'],
  ['هاكذا', 'هكذا'],
  ['هاؤلاء', 'هؤلاء'],
  ['اولائك', 'أولئك'],
  ['أولائك', 'أولئك'],
] as const;
const SHORT = [['لاكن', 'لكن']] as const;
const NOUNS = [
  ['شئ', 'شيء'],
  ['شيئ', 'شيء'],
] as const;

export const KNOWN_MISSPELLING = listedWordsRule('KNOWN_MISSPELLING', 'error', {
  plain: PLAIN,
  short: SHORT,
  nouns: NOUNS,
});
