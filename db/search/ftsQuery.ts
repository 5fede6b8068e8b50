/**
 * FTS5 MATCH expressions built from parsed terms (core/search/query.ts). Every token is letters and digits
 * only and is written inside double quotes, so nothing a person types is ever read as FTS5 syntax.
 */
import type { ParsedQuery, SearchTerm } from '../../core/search/query';
import { searchTokens } from '../../core/search/tokens';
import { SEARCH_FIELDS, STEM_COLUMNS } from './document';

const EXACT = `{${SEARCH_FIELDS.join(' ')}}`;
const STEMMED = `{${STEM_COLUMNS.join(' ')}}`;

/**
 * bm25 weights, in the index's column order: headline > standfirst > tags > byline > captions > body, and
 * each stemmed column at half its exact twin (exact matches are ranked first anyway; see `exact`).
 */
export const EXACT_WEIGHTS = [10, 5, 1, 2, 4, 3];
export const BM25_WEIGHTS = [...EXACT_WEIGHTS, ...EXACT_WEIGHTS.map((w) => w / 2)];

function phrase(tokens: readonly string[], prefix: boolean): string {
  return `"${tokens.join(' ').replaceAll('"', '""')}"${prefix ? ' *' : ''}`;
}

function termExpression(term: SearchTerm): string {
  const exact = `(${EXACT} : ${phrase(term.tokens, term.prefix)})`;
  if (term.stems.length === 0) return exact;
  const stems = term.stems.map((s) => phrase(s, term.prefix)).join(' OR ');
  return `(${exact} OR (${STEMMED} : (${stems})))`;
}

export interface FtsExpressions {
  /** What an article must match: every term, exactly or by stem (and the byline filter, if any). */
  match: string;
  /** Every term matched exactly (and the byline filter); null when no term has stemmed forms, so every match is exact. */
  exact: string | null;
}

export function ftsExpressions(query: ParsedQuery, bylineFilter?: string): FtsExpressions {
  const bylineTokens = bylineFilter ? searchTokens(bylineFilter) : [];
  const byline = bylineTokens.length > 0 ? [`({byline} : ${phrase(bylineTokens, false)})`] : [];
  const match = [...query.terms.map(termExpression), ...byline].join(' AND ');
  const stemmed = query.terms.some((t) => t.stems.length > 0);
  const exact = stemmed ? [...query.terms.map((t) => `(${EXACT} : ${phrase(t.tokens, t.prefix)})`), ...byline].join(' AND ') : null;
  return { match, exact };
}
