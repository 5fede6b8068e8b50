/**
 * Find in an article, as search matches (shared/docs/arabic.md, "Search"): by default harakat, tatweel,
 * alef forms, ى/ي, ة/ه, digit sets and Latin case do not matter, through the same normaliser search uses;
 * `exact` compares the characters as typed. Matches are given as offsets in the original text, so the
 * editor can select and replace them there.
 */
import { normalizeForSearch } from './normalize';

export interface TextMatch {
  start: number;
  end: number;
}

/** The normalised text, with the original offset each of its characters came from. */
function folded(text: string): { value: string; from: number[] } {
  let value = '';
  const from: number[] = [];
  let at = 0;
  for (const ch of text) {
    const out = normalizeForSearch(ch);
    for (let k = 0; k < out.length; k++) from.push(at);
    value += out;
    at += ch.length;
  }
  from.push(text.length);
  return { value, from };
}

export function findMatches(text: string, query: string, exact = false): TextMatch[] {
  if (!query) return [];
  const matches: TextMatch[] = [];
  if (exact) {
    for (let i = text.indexOf(query); i !== -1; i = text.indexOf(query, i + query.length))
      matches.push({ start: i, end: i + query.length });
    return matches;
  }
  const needle = normalizeForSearch(query);
  if (!needle) return [];
  const { value, from } = folded(text);
  for (let i = value.indexOf(needle); i !== -1; i = value.indexOf(needle, i + needle.length)) {
    // A match ends where the next folded character starts: the harakat and tatweel after its last letter,
    // which the fold drops, are part of it.
    matches.push({ start: from[i]!, end: from[i + needle.length]! });
  }
  return matches;
}
