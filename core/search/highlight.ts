/**
 * Highlighting matched words on the ORIGINAL text. The index holds normalised text, which differs from what
 * the person wrote in length and spelling (harakat, tatweel, hamza forms, NFKC), so offsets in it mean nothing
 * in the original. Instead every word of the original (a run of letters, digits and marks, harakat included)
 * is normalised on its own and compared with the query's terms; a matching word is highlighted whole, with
 * its harakat. Results are segments of plain text, which the interface renders as text nodes: no HTML is
 * ever built from archive text, so nothing in it can inject markup.
 */
import { normalizeForSearch } from '../arabic/normalize';
import type { Stemmer } from '../arabic/stemmer';
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
/** How far before a needle's normalised offset reading starts: room for the lead-in words and removed marks. */
const NEEDLE_SLACK = 200;

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
  /** The text has words before the first one analysed. */
  before: boolean;
  /** The text has words after the last one analysed. */
  more: boolean;
}

export class Highlighter {
  readonly terms: SearchTerm[];

  /** The first token of each term and of each of its stems: some must occur in any text that matches. */
  private readonly needles: string[];

  constructor(
    query: ParsedQuery,
    private readonly stemmer: Stemmer,
  ) {
    this.terms = query.terms.map((t) => ({
      tokens: t.tokens.map(foldLatin),
      prefix: t.prefix,
      stems: t.stems.map((s) => s.map(foldLatin)),
    }));
    // A broken plural (الوزراء for وزير) does not contain its stem's letters: it is a needle of its own.
    this.needles = query.terms.flatMap((t) => [
      t.tokens[0] as string,
      ...t.stems.flatMap((s) => [s[0] as string, ...stemmer.pluralsOf(s[0] as string)]),
    ]);
  }

  /** The whole text, cut into plain and highlighted segments. */
  highlight(text: string): Segment[] {
    const { words, hits } = this.analyze(text);
    return segmentsOf(text, words, hits, 0, words.length, true);
  }

  /**
   * A snippet from the first of `texts` (in the caller's order of preference) with a matching word: about
   * SNIPPET_WORDS words around its densest run of matches, with … where the text was cut. When none matches
   * (the match was in a field not offered, or by a stem the highlighter does not see), the opening of the
   * first non-empty text.
   */
  snippet<F extends string>(
    texts: ReadonlyArray<{ field: F; text: string }>,
  ): { field: F; segments: Segment[] } | null {
    let fallback: { field: F; text: string } | null = null;
    for (const { field, text } of texts) {
      if (!text) continue;
      const scanned = text.slice(0, MAX_SCAN_CHARS);
      fallback ??= { field, text };
      const needleAt = this.firstNeedle(scanned);
      if (needleAt === -1) continue;
      // Normalising only removes characters (harakat, tatweel) with rare exceptions (NFKC unfolds a few
      // ligatures), so the match is at or after the needle's normalised offset: start reading a little before
      // it, and from the beginning if that misses.
      const from = wordStartBefore(scanned, needleAt - NEEDLE_SLACK);
      const found = this.scanToFirstMatch(scanned, from) ?? (from > 0 ? this.scanToFirstMatch(scanned, 0) : null);
      if (found) return { field, segments: window(found, text.length) };
    }
    if (!fallback) return null;
    const opening = this.scanOpening(fallback.text.slice(0, MAX_SCAN_CHARS));
    return { field: fallback.field, segments: window(opening, fallback.text.length) };
  }

  /**
   * Where in the normalised text the first token or stem some term looks for occurs, or -1 when none does and
   * so no word of the text can match (light stemming only takes letters off a word's ends, so whatever a term
   * matches contains one of these as a substring of the normalised text: the stemmer only cuts letters off a
   * word's ends, besides a ة it puts back, which its own suffix rule then cuts, and broken plurals, which are
   * needles of their own).
   */
  private firstNeedle(text: string): number {
    const normalized = normalizeForSearch(text);
    let first = -1;
    for (const needle of this.needles) {
      const at = normalized.indexOf(needle);
      if (at !== -1 && (first === -1 || at < first)) first = at;
    }
    return first;
  }

  private analyze(text: string): Analysis {
    const words: Word[] = [];
    const scan = new PhraseScan(this);
    for (const word of wordsOf(text, 0)) {
      scan.add(words.length, word.tokens);
      words.push(word);
    }
    return { text, words, hits: scan.hits, before: false, more: false };
  }

  /**
   * Reads words only as far as a snippet needs: up to the first match and a snippet's length past it, so a
   * match early in a long body (the usual case for the best-ranked articles) costs a few dozen words, not the
   * whole text. Null when nothing in the text matches.
   */
  private scanToFirstMatch(text: string, from: number): Analysis | null {
    const words: Word[] = [];
    const scan = new PhraseScan(this);
    const before = from > 0;
    let stopAt = Number.POSITIVE_INFINITY;
    for (const word of wordsOf(text, from)) {
      if (words.length >= stopAt) return { text, words, hits: scan.hits, before, more: true };
      const firstHit = scan.add(words.length, word.tokens);
      words.push(word);
      if (firstHit !== null && stopAt === Number.POSITIVE_INFINITY)
        stopAt = Math.max(0, firstHit - LEAD_IN) + SNIPPET_WORDS;
    }
    return scan.hits.includes(true) ? { text, words, hits: scan.hits, before, more: false } : null;
  }

  /** The first words of a text with no match, for a snippet that shows its opening. */
  private scanOpening(text: string): Analysis {
    const words: Word[] = [];
    let more = false;
    for (const word of wordsOf(text, 0)) {
      if (words.length === SNIPPET_WORDS) {
        more = true;
        break;
      }
      words.push(word);
    }
    return { text, words, hits: new Array<boolean>(words.length).fill(false), before: false, more };
  }

  private stem(token: string): string {
    return this.stemmer.stem(token);
  }

  /** Whether `token` matches position `p` of `term` (its last position may be a prefix; stems count too). */
  matches(term: SearchTerm, p: number, token: string): boolean {
    const prefix = term.prefix && p === term.tokens.length - 1;
    if (sameOrPrefix(token, term.tokens[p] as string, prefix)) return true;
    if (term.stems.length === 0) return false;
    const stem = this.stem(token);
    for (const s of term.stems) if (sameOrPrefix(stem, s[p] as string, prefix)) return true;
    return false;
  }
}

/** The words of `text` from offset `from` on (a run of letters, digits and marks with some search token). */
function* wordsOf(text: string, from: number): Generator<Word> {
  const pattern = new RegExp(WORD.source, WORD.flags);
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const tokens = tokensOfWord(m[0]);
    if (tokens.length > 0) yield { start: m.index, end: m.index + m[0].length, tokens };
  }
}

/**
 * Which words match, found one word at a time: after each word's tokens are added, every term that could end
 * on one of them is checked, so a phrase is found as soon as its last word is read.
 */
class PhraseScan {
  readonly hits: boolean[] = [];
  private readonly tokens: string[] = [];
  private readonly owners: number[] = [];

  constructor(private readonly highlighter: Highlighter) {}

  /** Adds word `index`; returns the index of the first word of a match completed by it, or null. */
  add(index: number, tokens: readonly string[]): number | null {
    this.hits.push(false);
    let first: number | null = null;
    for (const token of tokens) {
      this.tokens.push(token);
      this.owners.push(index);
      const last = this.tokens.length - 1;
      for (const term of this.highlighter.terms) {
        const n = term.tokens.length;
        const start = last - n + 1;
        if (start < 0) continue;
        let all = true;
        for (let p = 0; p < n && all; p += 1) all = this.highlighter.matches(term, p, this.tokens[start + p] as string);
        if (!all) continue;
        for (let p = 0; p < n; p += 1) this.hits[this.owners[start + p] as number] = true;
        const owner = this.owners[start] as number;
        if (first === null || owner < first) first = owner;
      }
    }
    return first;
  }
}

function sameOrPrefix(have: string, want: string, prefix: boolean): boolean {
  return prefix ? have.startsWith(want) : have === want;
}

/** About SNIPPET_WORDS words of the analysed text; `fullLength` says whether text was cut off after it. */
function window({ text, words, hits, before, more }: Analysis, fullLength: number): Segment[] {
  // A window that would run past the words read is not offered: its count would be cut short.
  const start = bestWindowStart(hits, more ? words.length - SNIPPET_WORDS : words.length);
  const end = Math.min(words.length, start + SNIPPET_WORDS);
  const whole = !before && !more && start === 0 && end === words.length;
  const segments = segmentsOf(text, words, hits, start, end, whole);
  if (segments.length === 0) return segments;
  if (start > 0 || before) segments.unshift({ text: ELLIPSIS, hit: false });
  if (end < words.length || more || text.length < fullLength) segments.push({ text: ELLIPSIS, hit: false });
  return segments;
}

/** The offset of the start of the word at or before `at` (0 when `at` is before the text). */
function wordStartBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  const space = text.lastIndexOf(' ', at);
  return space === -1 ? 0 : space + 1;
}

/** The start of the window of SNIPPET_WORDS words holding the most hits, among windows starting at most at `latest`. */
function bestWindowStart(hits: boolean[], latest: number): number {
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < hits.length; i += 1) {
    if (!hits[i]) continue;
    const start = Math.max(0, i - LEAD_IN);
    if (start > latest) break;
    let count = 0;
    for (let j = start; j < Math.min(hits.length, start + SNIPPET_WORDS); j += 1) if (hits[j]) count += 1;
    if (count > bestCount) {
      best = start;
      bestCount = count;
    }
  }
  return best;
}

/** Original text from word `from` to word `to` (exclusive), as plain and hit segments; adjacent plain text merged. */
function segmentsOf(text: string, words: Word[], hits: boolean[], from: number, to: number, whole: boolean): Segment[] {
  if (from >= to) return text.length > 0 && words.length === 0 ? [{ text, hit: false }] : [];
  const segments: Segment[] = [];
  const push = (piece: string, hit: boolean) => {
    if (piece.length === 0) return;
    const last = segments.at(-1);
    if (last && !last.hit && !hit) last.text += piece;
    else segments.push({ text: piece, hit });
  };
  // The whole text keeps its leading and trailing punctuation; a snippet starts and ends on a word.
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
