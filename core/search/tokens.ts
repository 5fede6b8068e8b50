/**
 * Splitting text into search tokens the way FTS5's unicode61 tokenizer does (letters, numbers and private-use
 * characters make tokens; everything else separates them), so the query side, the highlighter and the index
 * agree on what a word is.
 */
import { normalizeForSearch } from '../arabic/normalize';

const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;

/** The tokens of text that is already normalised. */
export function tokensOf(normalized: string): string[] {
  return normalized.match(TOKEN) ?? [];
}

/** The normalised tokens of any text. */
export function searchTokens(text: string): string[] {
  return tokensOf(normalizeForSearch(text));
}

/** True when the token contains an Arabic letter, so light stemming applies to it. */
export function isArabicToken(token: string): boolean {
  return /[\u0621-\u064A]/.test(token);
}
