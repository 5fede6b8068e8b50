import type { Hit, Rule } from '../types';
import { listedWordsRule } from './listedWords';

/**
 * ابن، اسم، اثنان، امرأة، اطلاع and their like begin with hamzat wasl, written without a hamza; Ayaspell also
 * accepts إبن، إسم، الإثنين، أمرأة، الإطلاع, so HAMZAT_WASL (which needs the slip not to be a word) cannot see them. Their
 * plurals (أبناء، أسماء) do take a hamza and are not listed.
 */
// اطلاع (form VIII, اطّلع) from LanguageTool's pairs a newsroom wants (../shared/data/copydesk).
const NOUNS = ['ابن', 'ابنة', 'اسم', 'اثنان', 'اثنتين', 'اثنتان', 'اطلاع'];
// Session 10: with the article, اثنين is the day's name, whose hamza is house style (MONDAY_WASL).
const NUMBER = ['اثنين'];
const PLAIN = [
  ...['ابنه', 'ابنها', 'ابنهم', 'ابني', 'ابنا', 'ابنته', 'ابنتها', 'ابنتي', 'ابنتا'],
  ...['اسمه', 'اسمها', 'اسمهم', 'اسمي', 'اسما', 'امرأة', 'امرأته', 'امرؤ'],
];
/**
 * Session 10: only إ, the hamza a slip writes on a wasl spoken with a kasra (HAMZAT_WASL reads it so too). With
 * أ these are other words, verbs of the first person or of form IV: أبني "I build", أسمي "I name", أبّنه "he
 * eulogised him", أطلع "he informed". Only امرأة keeps its أ reading: أمرأة is no other word, and Aghlat's
 * editors corrected it on the tuning files.
 */
const slips = (words: string[]) => words.map((w) => [`إ${w.slice(1)}`, w] as const);
const WOMAN = ['امرأة', 'امرأته', 'امرؤ'].map((w) => [`أ${w.slice(1)}`, w] as const);

const LISTED = listedWordsRule(
  'WASL_NOUNS',
  'error',
  { plain: [...slips(PLAIN), ...slips(NUMBER), ...WOMAN], nouns: slips(NOUNS) },
  (c) => c.settings.strictInitialAlef,
);

/**
 * Session 10: إطلاع is also a word of its own, the verbal noun of form IV أطلع "to inform", which takes its
 * object before على: إطلاع الرأي العام على الحقائق. Without the article and followed by anything but على it is
 * read so; الإطلاع and إطلاع على are the slip for الاطلاع (form VIII, "looking into").
 */
const INFORMING = /^[وف]?[بل]?إطلاع$/;
function informing(paragraph: string, hit: Hit): boolean {
  if (!INFORMING.test(hit.found)) return false;
  const next = /^\s*([\p{L}\p{M}]+)/u.exec(paragraph.slice(hit.start + hit.length))?.[1];
  return next !== undefined && !/^علي?/.test(next);
}

export const WASL_NOUNS: Rule = {
  ...LISTED,
  check: (paragraph, context, index) =>
    (LISTED.check?.(paragraph, context, index) ?? []).filter((hit) => !informing(paragraph, hit)),
};
