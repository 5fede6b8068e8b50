/**
 * Highlighting matched words on the ORIGINAL text. The index holds normalised text, which differs from what
 * the person wrote in length and spelling (harakat, tatweel, hamza forms, NFKC), so offsets in it mean nothing
 * in the original. Instead every word of the original (a run of letters, digits and marks, harakat included)
 * is normalised on its own and compared with the query's terms; a matching word is highlighted whole, with
 * its harakat. Results are segments of plain text, which the interface renders as text nodes: no HTML is
 * ever built from archive text, so nothing in it can inject markup.
 */
import { normalizeForSearch } from '../arabic/normalize';
import { lightStem } from '../arabic/stem';
import type { ParsedQuery, SearchTerm } from './query';
import { tokensOf } from './tokens';

export interface Segment {
  text: string;
  hit: boolean;
}

interface Word {
  start: number;
  end: number;
  tokens: string[];
}

// Marks (\p{M}) belong to the word they sit on: كَتَبَ is one word here, as a reader sees it.
const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const LATIN_WITH_ACCENTS = /[\u00C0-\u024F\u1E00-\u1EFF]/u;
/** Words of context shown before the first highlighted word of a snippet. */
const LEAD_IN = 6;
export const SNIPPET_WORDS = 30;
/** Only the start of a very long text is scanned for a snippet; the match is still found by the index. */
const MAX_SCAN_CHARS = 20_000;
export const ELLIPSIS = '…';

/** FTS5's unicode61 folds Latin accents (remove_diacritics); compare the same way so café highlights cafe. */
function foldLatin(token: string): string {
  return LATIN_WITH_ACCENTS.test(token) ? token.normalize('NFD').replace(/[\u0300-\u036f]/gu, '') : token;
}

// Archive text repeats its words from one article to the next: each distinct word is normalised once
// (bounded, so a long session cannot grow it without limit).
const WORD_CACHE_SIZE = 50_000;
const wordTokens = new Map<string, string[]>();

function tokensOfWord(word: string): string[] {
  let tokens = wordTokens.get(word);
  if (!tokens) {
    if (wordTokens.size >= WORD_CACHE_SIZE) wordTokens.clear();
    tokens = tokensOf(normalizeForSearch(word)).map(foldLatin);
    wordTokens.set(word, tokens);
  }
  return tokens;
}

interface Analysis {
  text: string;
  words: Word[];
  hits: boolean[];
}

export class Highlighter {
  private readonly stemCache = new Map<string, string>();
  private readonly terms: SearchTerm[];

  /** The first token of each term and of each of its stems: some must occur in any text that matches. */
  private readonly needles: string[];

  constructor(query: ParsedQuery) {
    this.terms = query.terms.map((t) => ({
      tokens: t.tokens.map(foldLatin),
      prefix: t.prefix,
      stems: t.stems.map((s) => s.map(foldLatin)),
    }));
    this.needles = query.terms.flatMap((t) => [t.tokens[0] as string, ...t.stems.map((s) => s[0] as string)]);
  }

  /** The whole text, cut into plain and highlighted segments. */
  highlight(text: string): Segment[] {
    const { words, hits } = this.analyze(text);
    return segmentsOf(text, words, hits, 0, words.length);
  }

  /**
   * A snippet from the first of `texts` (in the caller's order of preference) with a matching word: about
   * SNIPPET_WORDS words around its densest run of matches, with … where the text was cut. When none matches
   * (the match was in a field not offered, or by a stem the highlighter does not see), the opening of the
   * first non-empty text.
   */
  snippet<F extends string>(texts: ReadonlyArray<{ field: F; text: string }>): { field: F; segments: Segment[] } | null {
    let fallback: { field: F; analysis: Analysis; length: number } | null = null;
    for (const { field, text } of texts) {
      if (!text) continue;
      const scanned = text.slice(0, MAX_SCAN_CHARS);
      if (fallback && !this.mayMatch(scanned)) continue;
      const analysis = this.analyze(scanned);
      if (analysis.hits.includes(true)) return { field, segments: window(analysis, text.length) };
      fallback ??= { field, analysis, length: text.length };
    }
    return fallback && { field: fallback.field, segments: window(fallback.analysis, fallback.length) };
  }

  /**
   * False when no word of the text can match: light stemming only takes letters off a word's ends, so every
   * token or stem a term looks for is a substring of the normalised text wherever it matches.
   */
  private mayMatch(text: string): boolean {
    const normalized = normalizeForSearch(text);
    return this.needles.some((needle) => normalized.includes(needle));
  }

  private analyze(text: string): Analysis {
    const words: Word[] = [];
    for (const m of text.matchAll(WORD)) {
      const tokens = tokensOfWord(m[0]);
      if (tokens.length > 0) words.push({ start: m.index, end: m.index + m[0].length, tokens });
    }
    return { text, words, hits: this.hits(words) };
  }

  private stem(token: string): string {
    let stem = this.stemCache.get(token);
    if (stem === undefined) {
      stem = lightStem(token);
      this.stemCache.set(token, stem);
    }
    return stem;
  }

  /** For each word, whether it is part of a match of some term (every word of a phrase, in order). */
  // Hot for every result shown: plain loops, no closures (tsx wraps each closure it creates in a naming helper).
  private hits(words: Word[]): boolean[] {
    const tokens: string[] = [];
    const owners: number[] = [];
    for (let i = 0; i < words.length; i += 1) {
      for (const token of (words[i] as Word).tokens) {
        tokens.push(token);
        owners.push(i);
      }
    }
    const hits = new Array<boolean>(words.length).fill(false);
    for (const term of this.terms) {
      const n = term.tokens.length;
      for (let i = 0; i + n <= tokens.length; i += 1) {
        let all = true;
        for (let p = 0; p < n && all; p += 1) all = this.matches(term, p, tokens[i + p] as string);
        if (!all) continue;
        for (let p = 0; p < n; p += 1) hits[owners[i + p] as number] = true;
      }
    }
    return hits;
  }

  private matches(term: SearchTerm, p: number, token: string): boolean {
    const prefix = term.prefix && p === term.tokens.length - 1;
    if (sameOrPrefix(token, term.tokens[p] as string, prefix)) return true;
    if (term.stems.length === 0) return false;
    const stem = this.stem(token);
    for (const s of term.stems) if (sameOrPrefix(stem, s[p] as string, prefix)) return true;
    return false;
  }
}

function sameOrPrefix(have: string, want: string, prefix: boolean): boolean {
  return prefix ? have.startsWith(want) : have === want;
}

/** About SNIPPET_WORDS words of the analysed text; `fullLength` says whether text was cut off after it. */
function window({ text, words, hits }: Analysis, fullLength: number): Segment[] {
  const start = bestWindowStart(hits);
  const end = Math.min(words.length, start + SNIPPET_WORDS);
  const segments = segmentsOf(text, words, hits, start, end);
  if (segments.length === 0) return segments;
  if (start > 0) segments.unshift({ text: ELLIPSIS, hit: false });
  if (end < words.length || text.length < fullLength) segments.push({ text: ELLIPSIS, hit: false });
  return segments;
}

function bestWindowStart(hits: boolean[]): number {
  let best = 0;
  let bestCount = 0;
  hits.forEach((hit, i) => {
    if (!hit) return;
    const start = Math.max(0, i - LEAD_IN);
    let count = 0;
    for (let j = start; j < Math.min(hits.length, start + SNIPPET_WORDS); j += 1) if (hits[j]) count += 1;
    if (count > bestCount) {
      best = start;
      bestCount = count;
    }
  });
  return best;
}

/** Original text from word `from` to word `to` (exclusive), as plain and hit segments; adjacent plain text merged. */
function segmentsOf(text: string, words: Word[], hits: boolean[], from: number, to: number): Segment[] {
  if (from >= to) return text.length > 0 && words.length === 0 ? [{ text, hit: false }] : [];
  const segments: Segment[] = [];
  const push = (piece: string, hit: boolean) => {
    if (piece.length === 0) return;
    const last = segments.at(-1);
    if (last && !last.hit && !hit) last.text += piece;
    else segments.push({ text: piece, hit });
  };
  // The whole text keeps its leading and trailing punctuation; a snippet starts and ends on a word.
  const whole = from === 0 && to === words.length;
  let at = whole ? 0 : (words[from] as Word).start;
  for (let i = from; i < to; i += 1) {
    const w = words[i] as Word;
    push(text.slice(at, w.start), false);
    push(text.slice(w.start, w.end), hits[i] as boolean);
    at = w.end;
  }
  if (whole) push(text.slice(at), false);
  return segments;
}

/** A snippet as one plain string (the command line's JSON): the segments' text, without markers. */
export function plainSnippet(segments: readonly Segment[]): string {
  return segments.map((s) => s.text).join('');
}
