/**
 * What the search index holds for one article: each searchable field normalised (for exact matches) and
 * stemmed (for stemmed ones: db/search/stemmer.ts), plus a fingerprint of both that lets `verifySearchIndex` tell a stale
 * entry from a current one. Registered as an SQL function so the triggers in indexSql.ts can call it and
 * every write to `articles` or `media`, by any code path, updates the index in the same transaction.
 */
import { createHash } from 'node:crypto';
import { normalizeForSearch } from '../../core/arabic/normalize';
import type { Archive } from '../archive';
import { allMetadataNames } from '../metadataNames';
import { searchStemmer } from './stemmer';

/** The indexed fields, in column order (of search_exact and search_stem alike). */
export const SEARCH_FIELDS = ['headline', 'standfirst', 'body', 'captions', 'tags', 'byline'] as const;

export const SEARCH_DOCUMENT_FUNCTION = 'midad_search_document';

type SqlText = string | null;

function tagsText(tagsJson: SqlText): string {
  if (!tagsJson) return '';
  try {
    const tags: unknown = JSON.parse(tagsJson);
    return Array.isArray(tags) ? tags.join('\n') : tagsJson;
  } catch {
    return tagsJson;
  }
}

/**
 * The twelve column values (six normalised, six stemmed) followed by the fingerprint. Released migrations'
 * SQL reads them by position (indexSqlV3.ts, indexSql.ts), so the order never changes.
 */
export function searchDocument(
  headline: SqlText,
  standfirst: SqlText,
  bodyText: SqlText,
  captions: SqlText,
  tagsJson: SqlText,
  byline: SqlText,
  /** Since migration 21; the triggers of migrations 8 to 17 do not pass it. */
  metadataJson: SqlText = null,
): string[] {
  // import: subjects and genres are indexed with the tags; so are the agency's people, organisations and places.
  const tags = [tagsText(tagsJson), ...allMetadataNames(metadataJson)].filter(Boolean).join('\n');
  const normalized = [headline, standfirst, bodyText, captions, tags, byline].map((t) => normalizeForSearch(t ?? ''));
  const stemmer = searchStemmer();
  const columns = [...normalized, ...normalized.map((text) => stemmer.stemText(text))];
  const fingerprint = createHash('sha1').update(columns.join('\u0000')).digest('base64');
  return [...columns, fingerprint];
}

/**
 * Registers the function the index triggers call. Every connection that writes articles must have it (an
 * unregistered connection's write fails loudly instead of leaving the index behind): openArchive does this.
 */
export function registerSearchFunctions(archive: Archive): void {
  // The triggers read several columns of one document, and SQLite may evaluate the call once per column:
  // remembering the last document makes the repeats free.
  let lastKey: string | undefined;
  let lastJson = '';
  // Six arguments from the triggers of migrations 8 to 17 (an older archive being upgraded), seven since 21.
  archive.function(SEARCH_DOCUMENT_FUNCTION, { deterministic: true, varargs: true }, (...args: SqlText[]) => {
    const key = args.map((f) => f ?? '\u0001').join('\u0000');
    if (key !== lastKey) {
      const [h = null, s = null, b = null, c = null, t = null, y = null, m = null] = args;
      lastJson = JSON.stringify(searchDocument(h, s, b, c, t, y, m));
      lastKey = key;
    }
    return lastJson;
  });
}
