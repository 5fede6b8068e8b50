import { spokenWord } from '../spoken';
import type { Rule } from '../types';
import { slipFixes } from '../variants';
import { wordHits } from './slipRule';

/** The written word cut after its clitics and article: the letters after the first-letter إ. */
const AFTER_HAMZA = /^[وف]?[بلك]?(?:ال|ل)?إ(.+)$/;

/** Suffixes an imperative may carry: its subject, then an object (اضغطي، اكتبوا، اقرأها، امنعوهم). */
const IMPERATIVE_ENDING = /^(?:ي|ا|ن|وا|و)?(?:ه|ها|هم|هما|هن|ني|نا)?$/;
/** The nouns with hamzat wasl and their endings (ابنهما، ابنتهما، اسمها، اثنتين، امرأته). */
const WASL_NOUN = /^(?:بن|سم|ثن|مر[أؤئ])/;

/**
 * Whether the letters after the first alef have a shape hamzat wasl is found in: the verbs and verbal nouns of
 * forms VII (انفعل، انفعال), VIII (افتعل، افتعال; with the ت assimilated: اتحد، اضطر، ازدهر، ادعى), IX
 * (احمر، احمرار) and X (استفعل، استفعال), and the quadriliteral IV (اطمأن، اطمئنان), the imperative of form
 * I (اضغط، اقرأ، ارحل، امنعوهم), and the nouns ابن، اسم، اثنان، امرأة with their endings.
 *
 * Why (session 10): the other words written with إ and found bare in the dictionary are names and loanwords
 * whose إ is their own (إليود كيبشوغ → اليود "the iodine", إسكتلندا، إسكندر): Ayaspell holds many names in a
 * spelling without hamza. A foreign name opening with a long i (إيلي، إيفانكا) is never a verb form either.
 */
export function hasWaslShape(rest: string): boolean {
  if (/^[يو]/.test(rest)) return false;
  if (rest.startsWith('ست') || rest.startsWith('ن')) return true;
  if (rest[1] === 'ت' || /^[تد]/.test(rest) || /^[صضطظ]ط/.test(rest) || /^[زذ]د/.test(rest)) return true;
  // The verbal noun of IX and of the quadriliteral IV doubles its last letter: احمرار، اطمئنان، اشمئزاز.
  if (rest.length >= 5 && rest.at(-2) === 'ا' && rest.at(-3) === rest.at(-1)) return true;
  return WASL_NOUN.test(rest) || rest.length <= 3 || IMPERATIVE_ENDING.test(rest.slice(3));
}

/**
 * الإجتماع → الاجتماع, إستنشاق → استنشاق: a hamza written on hamzat wasl. Only with إ: hamzat wasl is spoken
 * with a kasra, so that is the hamza a slip writes. On the tuning files read leaving each file out
 * (tests/eval/tune.ts --cross) every correction was إ, and the one finding with أ was a name (أنطون سعادة).
 * Only where the word has a shape hamzat wasl is found in (hasWaslShape).
 */
export const HAMZAT_WASL: Rule = {
  id: 'HAMZAT_WASL',
  severity: 'error',
  check: (paragraph, context) =>
    wordHits(paragraph, (word) => {
      const rest = AFTER_HAMZA.exec(word)?.[1];
      if (rest === undefined || !hasWaslShape(rest)) return null;
      // Spoken Arabic's relative إللي is no slip of the article (spoken.ts). Only the word itself: a paragraph
      // quoting speech still has its written slips (بإنني beside اللي on the tuning files).
      return spokenWord(word) ? null : slipFixes(word, 'wasl', context.words);
    }),
};
