/**
 * The search query language, parsed into terms; the FTS5 expression is built from these terms alone
 * (db/search/ftsQuery.ts), never by pasting what the person typed.
 *
 *   word        matches the word after normalisation, and every form with its stem (core/arabic/stemmer.ts:
 *               clitics, endings, broken plurals), ranked below exact ones
 *   "a phrase"  matches the words in this order, exactly (after normalisation; no stemming inside quotes)
 *   word*       matches words starting with `word` (at least two letters); also after a closing quote
 *
 * Everything else is plain text: FTS5's operators (AND, OR, NOT, NEAR), parentheses, colons, column names,
 * a stray quote or a lone `*` are words or separators, so no query can reach FTS5's own syntax.
 * Terms are joined with AND: an article matches when it matches every term.
 */
import { MidadError } from '../api/errors';
import type { Stemmer } from '../arabic/stemmer';
import { isArabicToken, searchTokens } from './tokens';

export interface SearchTerm {
  /** Normalised tokens, at least one; more than one is a phrase. */
  tokens: string[];
  /** The last token is a prefix. */
  prefix: boolean;
  /** Stemmed spellings of the whole term (each a token list) to look for in the stemmed column; empty for none. */
  stems: string[][];
}

export interface ParsedQuery {
  terms: SearchTerm[];
}

export const MIN_PREFIX_LETTERS = 2;
/** A phrase whose every word has two stem readings would expand exponentially: past this, one reading each. */
const MAX_STEM_COMBINATIONS = 8;

interface RawTerm {
  text: string;
  quoted: boolean;
  prefix: boolean;
}

function splitRaw(input: string): RawTerm[] {
  const raw: RawTerm[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (/\s/u.test(ch)) {
      i += 1;
    } else if (ch === '"') {
      // An unclosed quote runs to the end of the query rather than failing it.
      const close = input.indexOf('"', i + 1);
      const end = close === -1 ? input.length : close;
      let next = end + 1;
      const prefix = close !== -1 && input[next] === '*';
      if (prefix) next += 1;
      raw.push({ text: input.slice(i + 1, end), quoted: true, prefix });
      i = next;
    } else {
      let end = i;
      while (end < input.length && !/[\s"]/u.test(input[end] as string)) end += 1;
      const word = input.slice(i, end);
      const bare = word.replace(/\*+$/u, '');
      raw.push({ text: bare, quoted: false, prefix: bare.length < word.length });
      i = end;
    }
  }
  return raw;
}

function combinations(choices: string[][]): string[][] {
  const total = choices.reduce((n, c) => n * c.length, 1);
  if (total > MAX_STEM_COMBINATIONS) return [choices.map((c) => c[0] as string)];
  return choices.reduce<string[][]>((acc, c) => acc.flatMap((prefix) => c.map((v) => [...prefix, v])), [[]]);
}

/**
 * The stems a term's tokens may meet in the index: each token's own stem (what the index holds for that very
 * word, so every exact match is also found through the stem table), and for a prefix the readings of a word
 * still being typed (Stemmer.queryStems).
 */
function stemsOf(tokens: string[], prefix: boolean, stemmer: Stemmer): string[][] {
  if (!tokens.some(isArabicToken)) return [];
  const last = tokens.length - 1;
  return combinations(tokens.map((t, i) => (isArabicToken(t) ? stemmer.queryStems(t, prefix && i === last) : [t])));
}

function letters(token: string): number {
  return [...token].length;
}

/** Parses what a person typed; throws a MidadError (search_empty, search_prefix_too_short) it can be shown. */
export function parseSearchQuery(input: string, stemmer: Stemmer): ParsedQuery {
  const terms: SearchTerm[] = [];
  for (const raw of splitRaw(input)) {
    const tokens = searchTokens(raw.text);
    const last = tokens.at(-1);
    if (last === undefined) continue;
    if (raw.prefix && letters(last) < MIN_PREFIX_LETTERS) {
      throw new MidadError(
        'search_prefix_too_short',
        `A word ending in * must have at least ${MIN_PREFIX_LETTERS} letters before the *: "${raw.text}*".`,
        { prefix: raw.text, min: MIN_PREFIX_LETTERS },
      );
    }
    terms.push({ tokens, prefix: raw.prefix, stems: raw.quoted ? [] : stemsOf(tokens, raw.prefix, stemmer) });
  }
  if (terms.length === 0) {
    throw new MidadError('search_empty', 'Type at least one word (letters or digits) to search for.');
  }
  return { terms };
}
