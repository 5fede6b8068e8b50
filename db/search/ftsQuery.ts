/**
 * FTS5 MATCH expressions built from parsed terms (core/search/query.ts). Every token is letters and digits
 * only and is written inside double quotes, so nothing a person types is ever read as FTS5 syntax.
 *
 * The index has two tables (indexSql.ts): search_exact holds the normalised words, search_stem the same words
 * light-stemmed. A word typed without quotes matches in search_stem by any of its stems, and that also finds
 * every exact occurrence: the index stems a word with the same Stemmer whose `stem` is always among the query's
 * stems (core/search/query.ts). A word with no Arabic letter is its own stem, so it matches in search_stem as typed.
 * Only a quoted Arabic phrase (no stems, by definition) and the byline filter must be looked up in
 * search_exact; a query that has both kinds asks both tables for the same rowids.
 */
import type { ParsedQuery, SearchTerm } from '../../core/search/query';
import type { SearchRequest } from '../../core/search/schema';
import { isArabicToken, searchTokens } from '../../core/search/tokens';
import { FACET_MARK } from './indexSql';

/** An expression for each table; an article matches when it matches both. A null side places no condition. */
export interface IndexMatch {
  stem: string | null;
  exact: string | null;
}

export interface FtsExpressions {
  /** What an article must match: every term, exactly or by stem (and the byline filter, if any). */
  match: IndexMatch;
  /**
   * Every term matched exactly (and the byline filter), over search_exact; null when no term has stems, so
   * `match` is already exact.
   */
  exact: string | null;
}

/**
 * bm25 weights, in the columns' order: headline > standfirst > tags > byline > captions > body; the facets
 * column weighs nothing, so a filter never changes the order.
 */
export const BM25_WEIGHTS = [10, 5, 1, 2, 4, 3, 0];

function phrase(tokens: readonly string[], prefix: boolean): string {
  return `"${tokens.join(' ').replaceAll('"', '""')}"${prefix ? ' *' : ''}`;
}

const and = (parts: readonly string[]): string | null => (parts.length === 0 ? null : parts.join(' AND '));

/** The term in search_stem: any of its stems, or its own tokens when it has no Arabic letter. */
function stemExpression(term: SearchTerm): string {
  if (term.stems.length === 0) return phrase(term.tokens, term.prefix);
  return `(${term.stems.map((s) => phrase(s, term.prefix)).join(' OR ')})`;
}

/** Terms that search_stem can answer: those with stems, and those with no Arabic letter. */
function matchesInStemTable(term: SearchTerm): boolean {
  return term.stems.length > 0 || !term.tokens.some(isArabicToken);
}

/** A status or section as the facets column holds it (indexSql.ts): one token, the value's UTF-8 in hex. */
function facet(kind: 's' | 'c', value: string): string {
  return `"${FACET_MARK}${kind}${Buffer.from(value, 'utf8').toString('hex')}"`;
}

/** The status and section filters as facet conditions, which either table can answer. */
function facetConditions(filters: SearchRequest['filters']): string[] {
  const conditions: string[] = [];
  if (filters.status) conditions.push(`(${filters.status.map((s) => facet('s', s)).join(' OR ')})`);
  if (filters.section !== undefined) conditions.push(facet('c', filters.section));
  return conditions;
}

/** The expressions for a query and the request's filters (all but the date range, which search_docs holds). */
export function ftsExpressions(query: ParsedQuery, filters: SearchRequest['filters'] = {}): FtsExpressions {
  const bylineTokens = filters.byline ? searchTokens(filters.byline) : [];
  const byline = bylineTokens.length > 0 ? [`{byline} : ${phrase(bylineTokens, false)}`] : [];
  const facets = facetConditions(filters);
  const exactAll = and([...query.terms.map((t) => phrase(t.tokens, t.prefix)), ...byline, ...facets]);
  if (!query.terms.some((t) => t.stems.length > 0)) return { match: { stem: null, exact: exactAll }, exact: null };
  return {
    match: {
      // Every query with stems has a stemmed side, so the facets go there.
      stem: and([...query.terms.filter(matchesInStemTable).map(stemExpression), ...facets]),
      exact: and([
        ...query.terms.filter((t) => !matchesInStemTable(t)).map((t) => phrase(t.tokens, t.prefix)),
        ...byline,
      ]),
    },
    exact: exactAll,
  };
}
