/**
 * The search stemmer's lexicon as one string: every stem of Ayaspell's ar.dic, normalised for search, one a
 * line. Deriving it (reading the .dic's hundred thousand lines) is the slow part of building the stemmer, so
 * the desktop derives it on its worker thread at start-up (db/search/stemmer.ts); the main thread only makes
 * the set.
 */
import { parseDic } from '../../core/proofing/lexicon';
import { normalizeForSearch } from '../../core/arabic/normalize';

export function stemListOf(dicText: string): string {
  // One pass over the whole list is several times faster than a hundred thousand short ones.
  return normalizeForSearch(parseDic(dicText).stems.join('\n'));
}
