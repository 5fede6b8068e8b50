/**
 * Counts as newsrooms count them (shared/docs/arabic.md, "Counting"): words are Intl.Segmenter word-like
 * segments (a clitic-laden word such as وبالمدينة counts once), characters are grapheme clusters. A haraka
 * belongs to its letter's cluster, so the grapheme count is the count without harakat (what a print budget
 * measures); the count with harakat adds each mark as its own character, as word processors do.
 */
const HARAKAT = /[\u064B-\u065F\u0670]/g;

const wordSegmenter = new Intl.Segmenter('ar', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('ar', { granularity: 'grapheme' });

export function countWords(text: string): number {
  let n = 0;
  for (const s of wordSegmenter.segment(text)) if (s.isWordLike) n++;
  return n;
}

/** Grapheme clusters, without line breaks (a paragraph break is not a character anyone types into a budget). */
export function countCharacters(text: string): number {
  let n = 0;
  for (const s of graphemeSegmenter.segment(text)) if (s.segment !== '\n' && s.segment !== '\r\n') n++;
  return n;
}

export interface TextCounts {
  words: number;
  /** Grapheme clusters: harakat do not add to it. */
  characters: number;
  /** Grapheme clusters plus every haraka counted on its own. */
  charactersWithHarakat: number;
}

export function countText(text: string): TextCounts {
  // Segmenting is the slow part of every save: segment the graphemes once.
  const characters = countCharacters(text);
  return {
    words: countWords(text),
    characters,
    charactersWithHarakat: characters + (text.match(HARAKAT)?.length ?? 0),
  };
}

/** Minutes to read at the given words-per-minute, rounded up; zero words read in zero minutes. */
export function readingMinutes(words: number, wordsPerMinute: number): number {
  return words === 0 ? 0 : Math.max(1, Math.ceil(words / wordsPerMinute));
}
