/**
 * Checking the search index against the articles (what `midad check` reports) and rebuilding it from them.
 * Drift can only come from outside Midad's own writes (a file edited by another tool, triggers dropped, an
 * index made by an older normaliser), but a damaged index silently hides articles from search, so it is
 * checked rather than trusted.
 */
import Database from 'better-sqlite3';
import type { Archive } from '../connection';
import { CAPTIONS, INDEX_ALL_ARTICLES_SQL } from './indexSql';
import { SEARCH_DOCUMENT_FUNCTION } from './document';

export type SearchIndexProblemKind =
  /** An article with no index entry: search cannot find it. */
  | 'missing'
  /** An index entry for an article that no longer exists. */
  | 'orphaned'
  /** An entry whose text, status, section or date differs from the article's. */
  | 'stale'
  /** search_docs and the FTS5 table disagree about which entries exist. */
  | 'unpaired'
  /** FTS5's own integrity check failed. */
  | 'damaged';

export interface SearchIndexProblem {
  kind: SearchIndexProblemKind;
  count: number;
  /** Up to SAMPLE_SIZE article ids (or docids, or FTS5's message) to look at. */
  sample: string[];
}

export interface SearchIndexReport {
  ok: boolean;
  articles: number;
  indexed: number;
  problems: SearchIndexProblem[];
}

const SAMPLE_SIZE = 20;

const CHECKS: Record<Exclude<SearchIndexProblemKind, 'damaged'>, string> = {
  missing: `SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.article_id = a.id)`,
  orphaned: `SELECT d.article_id FROM search_docs d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = d.article_id)`,
  stale: `SELECT a.id FROM search_docs d JOIN articles a ON a.id = d.article_id
    WHERE d.status IS NOT a.status OR d.section IS NOT a.section OR d.updated_at IS NOT a.updated_at
       OR d.fingerprint IS NOT (${SEARCH_DOCUMENT_FUNCTION}(a.headline, a.standfirst, a.body_text, ${CAPTIONS}, a.tags, a.byline) ->> '$[12]')`,
  unpaired: `SELECT 'docid ' || docid FROM search_docs WHERE docid NOT IN (SELECT rowid FROM search_fts)
    UNION ALL SELECT 'fts rowid ' || rowid FROM search_fts WHERE rowid NOT IN (SELECT docid FROM search_docs)`,
};

/** FTS5's own check of its structures; null when sound. A busy or read-only file is not damage: it throws. */
function ftsIntegrity(archive: Archive): string | null {
  try {
    archive.prepare(`INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 0)`).run();
    return null;
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CORRUPT')) return error.message;
    throw error;
  }
}

/** Compares the index with the articles; `ok` only when nothing at all is out of step. */
export function verifySearchIndex(archive: Archive): SearchIndexReport {
  return archive.transaction(() => {
    const problems: SearchIndexProblem[] = [];
    for (const [kind, sql] of Object.entries(CHECKS) as Array<[SearchIndexProblemKind, string]>) {
      const ids = archive.prepare(sql).pluck().all() as string[];
      if (ids.length > 0) problems.push({ kind, count: ids.length, sample: ids.slice(0, SAMPLE_SIZE) });
    }
    const damage = ftsIntegrity(archive);
    if (damage) problems.push({ kind: 'damaged', count: 1, sample: [damage] });
    const count = (sql: string) => archive.prepare(sql).pluck().get() as number;
    return {
      ok: problems.length === 0,
      articles: count('SELECT count(*) FROM articles'),
      indexed: count('SELECT count(*) FROM search_docs'),
      problems,
    };
  })();
}

/** Throws the index away and builds it again from the articles, in one transaction; returns the entry count. */
export function rebuildSearchIndex(archive: Archive): number {
  archive.transaction(() => {
    archive.prepare(`INSERT INTO search_fts (search_fts) VALUES ('delete-all')`).run();
    archive.prepare('DELETE FROM search_docs').run();
    archive.exec(INDEX_ALL_ARTICLES_SQL);
  }).immediate();
  archive.prepare(`INSERT INTO search_fts (search_fts) VALUES ('optimize')`).run();
  return archive.prepare('SELECT count(*) FROM search_docs').pluck().get() as number;
}
