/**
 * Light stemming after Larkey, Ballesteros & Connell ("Light Stemming for Arabic Information Retrieval"),
 * the rules Lucene's ArabicStemmer follows. Input must already be normalised by normalizeForSearch, so the
 * affixes below are written in their folded spelling (ة is already ه, ى is already ي).
 */

// Longest first, so وال wins over و.
const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
const MIN_STEM = 2;

function letterCount(word: string): number {
  return [...word].length;
}

/** Stems one normalised word. Words that are not Arabic come back unchanged. */
export function lightStem(word: string): string {
  return stemWith(word, true);
}

/**
 * The stems a query word may have in the index. The و rule cannot tell a conjunction (وكتب) from a root
 * letter (وقود, whose article form الوقود stems to وقود), so a query tries the stem with and without it.
 */
export function lightStemVariants(word: string): string[] {
  return [...new Set([stemWith(word, true), stemWith(word, false)])];
}

function stemWith(word: string, stripWaw: boolean): string {
  if (!/[\u0621-\u064A]/.test(word)) return word;
  let stem = word;
  const prefix = PREFIXES.find((p) => stem.startsWith(p) && letterCount(stem) - letterCount(p) >= MIN_STEM);
  if (prefix) {
    stem = stem.slice(prefix.length);
  } else if (stripWaw && stem.startsWith('\u0648') && letterCount(stem) >= 4) {
    stem = stem.slice(1);
  }
  return lightSuffixes(stem);
}

/** Light stemming's suffix rules alone: what the lexicon-guarded stemmer (stemmer.ts) applies to a word's core. */
export function lightSuffixes(word: string): string {
  let stem = word;
  for (const suffix of SUFFIXES) {
    if (stem.endsWith(suffix) && letterCount(stem) - letterCount(suffix) >= MIN_STEM) {
      stem = stem.slice(0, stem.length - suffix.length);
    }
  }
  return stem;
}

// News copy repeats its words, and the search index stems every word of every save: each distinct word is
// stemmed once (bounded, so a long import cannot grow it without limit).
const STEM_CACHE_SIZE = 50_000;
const stemCache = new Map<string, string>();

function cachedStem(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    stem = lightStem(word);
    stemCache.set(word, stem);
  }
  return stem;
}

/** Stems every word of a normalised text, keeping non-word characters as spaces. */
export function lightStemText(normalized: string): string {
  return normalized
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map(cachedStem)
    .join(' ');
}
