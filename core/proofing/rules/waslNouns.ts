import { listedWordsRule } from './listedWords';

/**
 * ابن، اسم، اثنان، امرأة، اطلاع and their like begin with hamzat wasl, written without a hamza; Ayaspell also
 * accepts إبن، إسم، الإثنين، أمرأة، الإطلاع, so HAMZAT_WASL (which needs the slip not to be a word) cannot see them. Their
 * plurals (أبناء، أسماء) do take a hamza and are not listed.
 */
// اطلاع (form VIII, اطّلع) from LanguageTool's pairs a newsroom wants (../shared/data/copydesk).
const NOUNS = ['ابن', 'ابنة', 'اسم', 'اثنين', 'اثنان', 'اثنتين', 'اثنتان', 'اطلاع'];
const PLAIN = [
  ...['ابنه', 'ابنها', 'ابنهم', 'ابني', 'ابنا', 'ابنته', 'ابنتها', 'ابنتي', 'ابنتا'],
  ...['اسمه', 'اسمها', 'اسمهم', 'اسمي', 'اسما', 'امرأة', 'امرأته', 'امرؤ'],
];
const slips = (words: string[]) =>
  words.flatMap((w) => [[`إ${w.slice(1)}`, w] as const, [`أ${w.slice(1)}`, w] as const]);

export const WASL_NOUNS = listedWordsRule(
  'WASL_NOUNS',
  'error',
  { plain: slips(PLAIN), nouns: slips(NOUNS) },
  (c) => c.settings.strictInitialAlef,
);
