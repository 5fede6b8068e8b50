/** SPELLING: words neither Hunspell nor the newsroom knows. Suggestions are asked for separately (slow). */
import type { ProofingDictionary } from './dictionary';
import { bareWord, wordsOf } from './text';
import type { Hit } from './types';

/** Latin words in capitals or with digits are codes and acronyms (UN, COVID19), not prose. */
const CODE = /^[\p{Lu}\d]+$|\d/u;

export function spellingHits(paragraph: string, dictionary: ProofingDictionary): Hit[] {
  const out: Hit[] = [];
  for (const { word, start } of wordsOf(paragraph)) {
    const bare = bareWord(word);
    if (bare.length < 2 || CODE.test(bare)) continue;
    if (dictionary.accepts(bare)) continue;
    out.push({ start, length: word.length, found: word, suggestions: [] });
  }
  return out;
}
