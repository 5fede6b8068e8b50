/**
 * The stemmer search indexes and queries with, built once per process from the Ayaspell word list that
 * proofing ships (resources/dictionaries/ar.dic, read by db/proofing/dictionaryFiles.ts): the same file is
 * the spelling dictionary and the stemmer's lexicon, so there is one copy of the list. Built on first use, so
 * a command that never touches search text (list, show) never reads it.
 */
import { Stemmer, stemLexicon } from '../../core/arabic/stemmer';
import { loadArabicLexicon } from '../proofing/dictionaryFiles';

let stemmer: Stemmer | undefined;

export function searchStemmer(): Stemmer {
  stemmer ??= new Stemmer(stemLexicon(loadArabicLexicon().stems));
  return stemmer;
}
