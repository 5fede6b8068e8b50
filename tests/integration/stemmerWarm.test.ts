/**
 * The search stemmer warmed at start-up (db/search/stemmer.ts): its lexicon derived on the worker thread
 * must stem exactly as the one built in place, which a save before the warm-up still builds.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { Stemmer, stemLexicon } from '../../core/arabic/stemmer';
import { normalizeForSearch } from '../../core/arabic/normalize';
import { loadArabicLexicon } from '../../db/proofing/dictionaryFiles';
import { searchStemmer, searchStemmerReady, warmSearchStemmer } from '../../db/search/stemmer';
import { createOffThread } from '../../db/worker/offThread';
import { bundledWorker } from '../helpers/workerBundle';

const offThread = createOffThread({ script: bundledWorker() });
afterAll(() => offThread.close());

const WORDS = ['وللحكومة', 'فقالوا', 'لقراراتها', 'بمستشفياتها', 'وسيجتمع', 'الوزراء', 'ولد', 'فيلم', 'بيت', 'كتاب'];

describe('the search stemmer warmed off the main thread', () => {
  it('is built from the worker’s list and stems as the one built in place', { timeout: 60_000 }, async () => {
    expect(searchStemmerReady()).toBe(false);
    await warmSearchStemmer(offThread);
    expect(searchStemmerReady()).toBe(true);
    const inPlace = new Stemmer(stemLexicon(loadArabicLexicon().stems));
    const words = WORDS.map(normalizeForSearch);
    expect(words.map((w) => searchStemmer().stem(w))).toEqual(words.map((w) => inPlace.stem(w)));
    // The lexicon is really there: stacked clitics cut to the word's stem (light stemming would keep لل).
    const stem = (word: string) => searchStemmer().stem(normalizeForSearch(word));
    expect(stem('وللحكومة')).toBe(stem('حكومة'));
  });
});
