/**
 * The stemmer search indexes and queries with, built once per process from the Ayaspell word list that
 * proofing ships (resources/dictionaries/ar.dic, read by db/proofing/dictionaryFiles.ts): the same file is
 * the spelling dictionary and the stemmer's lexicon, so there is one copy of the list. Built on first use, so
 * a command that never touches search text (list, show) never reads it.
 *
 * Deriving the lexicon from the file takes 0.3–0.6 s on a quiet machine (seconds on a loaded one), which the
 * first save or search would wait for. So the desktop warms it at start-up (`warmSearchStemmer`): the file is
 * read and derived on the worker thread, and the main thread only makes the set from the list it gets back.
 * A save that comes first builds it in place, as before.
 */
import { Stemmer, stemLexicon } from '../../core/arabic/stemmer';
import { dictionaryFiles, loadArabicLexicon } from '../proofing/dictionaryFiles';
import type { OffThread } from '../worker/offThread';

let stemmer: Stemmer | undefined;
let warming: Promise<void> | undefined;

export function searchStemmer(): Stemmer {
  stemmer ??= new Stemmer(stemLexicon(loadArabicLexicon().stems));
  return stemmer;
}

/** Builds the stemmer from the list the worker thread derived (db/search/stemList.ts); at most once. */
export function warmSearchStemmer(offThread: OffThread): Promise<void> {
  if (stemmer) return Promise.resolve();
  warming ??= offThread.run({ kind: 'stems', dic: dictionaryFiles('ar').dic }).then(searchStemmerFromList);
  return warming;
}

/**
 * Builds the stemmer from a stem list already derived (`stemList.ts`), unless one is built: the warm-up's last
 * step, and a test's children that share one list derived by the test instead of deriving it each.
 */
export function searchStemmerFromList(list: string): void {
  const set = new Set(list.split('\n'));
  stemmer ??= new Stemmer({ has: (word) => set.has(word) });
}

/** Whether the stemmer is built (start-up leaves it built before the first save asks). */
export const searchStemmerReady = (): boolean => stemmer !== undefined;

/**
 * Puts another stemmer in its place for the index writes that follow, and returns the one it replaces: the
 * archive bench compares light stemming (a Stemmer with an empty lexicon) with this one.
 */
export function swapSearchStemmer(next: Stemmer): Stemmer {
  const previous = searchStemmer();
  stemmer = next;
  return previous;
}
