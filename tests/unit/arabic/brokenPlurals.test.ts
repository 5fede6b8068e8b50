import { describe, expect, it } from 'vitest';
import { BROKEN_PLURALS } from '../../../core/arabic/brokenPlurals';
import { normalizeForSearch } from '../../../core/arabic/normalize';
import { stemLexicon } from '../../../core/arabic/stemmer';
import { loadArabicLexicon } from '../../../db/proofing/dictionaryFiles';

describe('the broken plurals list', () => {
  it('pairs words that are both in the Ayaspell list, each plural once', () => {
    const lexicon = stemLexicon(loadArabicLexicon().stems);
    const missing = BROKEN_PLURALS.flat().filter((w) => !lexicon.has(normalizeForSearch(w)));
    expect(missing).toEqual([]);
    const plurals = BROKEN_PLURALS.map(([p]) => normalizeForSearch(p));
    expect(new Set(plurals).size).toBe(plurals.length);
  });
});
