/**
 * Counts as newsrooms count them (shared/docs/arabic.md, "Counting"): words are Intl.Segmenter word-like
 * segments (a clitic-laden word such as وبالمدينة counts once), characters are grapheme clusters. A haraka
 * belongs to its letter's cluster, so the grapheme count is the count without harakat (what a print budget
 * measures); the count with harakat adds each mark as its own character, as word processors do.
 */
import { scanLine, type LineCounts } from './countScan';

const HARAKAT = /[\u064B-\u065F\u0670]/g;

const wordSegmenter = new Intl.Segmenter('ar', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('ar', { granularity: 'grapheme' });

/**
 * Words and grapheme clusters, line by line: neither a word nor a cluster spans a line break, so the counts
 * of the lines add up to the count of the text. Each line takes the fast scan when it can (countScan.ts).
 */
function countLines(text: string): { words: number; characters: number } {
  let words = 0;
  let characters = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    // A '\r' before the '\n' belongs to the line break, not to the line.
    const line = text.slice(start, end > start && end < text.length && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    const counts = scanLine(line) ?? segmentLine(line);
    words += counts.words;
    characters += counts.characters;
    start = end + 1;
  }
  return { words, characters };
}

function segmentLine(line: string): LineCounts {
  let words = 0;
  let characters = 0;
  for (const s of wordSegmenter.segment(line)) if (s.isWordLike) words++;
  for (const _ of graphemeSegmenter.segment(line)) characters++;
  return { words, characters };
}

export function countWords(text: string): number {
  return countLines(text).words;
}

/** Grapheme clusters, without line breaks (a paragraph break is not a character anyone types into a budget). */
export function countCharacters(text: string): number {
  return countLines(text).characters;
}

export interface TextCounts {
  words: number;
  /** Grapheme clusters: harakat do not add to it. */
  characters: number;
  /** Grapheme clusters plus every haraka counted on its own. */
  charactersWithHarakat: number;
}

export function countText(text: string): TextCounts {
  const { words, characters } = countLines(text);
  return { words, characters, charactersWithHarakat: characters + (text.match(HARAKAT)?.length ?? 0) };
}

/** Minutes to read at the given words-per-minute, rounded up; zero words read in zero minutes. */
export function readingMinutes(words: number, wordsPerMinute: number): number {
  return words === 0 ? 0 : Math.max(1, Math.ceil(words / wordsPerMinute));
}
