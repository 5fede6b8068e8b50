/**
 * Checking the search index against the articles (what `midad check` reports) and rebuilding it from them.
 * Drift can only come from outside Midad's own writes (a file edited by another tool, triggers dropped, an
 * index made by an older normaliser), but a damaged index silently hides articles from search, so it is
 * checked rather than trusted.
 */
import Database from 'better-sqlite3';
import type { Archive } from '../archive';
import { DOCUMENT, INDEX_ALL_ARTICLES_SQL, OPTIMIZE_SEARCH_INDEX_SQL } from './indexSql';
import { SEARCH_FIELDS } from './document';

export type SearchIndexProblemKind =
  /** An article with no index entry: search cannot find it. */
  | 'missing'
  /** An index entry for an article that no longer exists. */
  | 'orphaned'
  /** An entry whose text, status, section or date differs from the article's. */
  | 'stale'
  /** search_docs and an FTS5 table disagree about which entries exist (a live article has text in both, a trashed one in neither). */
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

const FTS_TABLES = ['search_exact', 'search_stem'] as const;
/** The docids that must have text in the FTS tables: those of articles not in the trash. */
const LIVE_DOCIDS =
  'SELECT d.docid FROM search_docs d JOIN articles a ON a.id = d.article_id WHERE a.trashed_at IS NULL';

const CHECKS: Record<Exclude<SearchIndexProblemKind, 'damaged'>, string> = {
  missing: `SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.article_id = a.id)`,
  orphaned: `SELECT d.article_id FROM search_docs d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = d.article_id)`,
  stale: `SELECT a.id FROM search_docs d JOIN articles a ON a.id = d.article_id
    WHERE d.status IS NOT a.status OR d.section IS NOT a.section OR d.updated_at IS NOT a.updated_at
       OR d.fingerprint IS NOT (${DOCUMENT} ->> '$[${2 * SEARCH_FIELDS.length}]')`,
  unpaired: FTS_TABLES.map(
    (t) => `SELECT '${t} lacks docid ' || docid FROM (${LIVE_DOCIDS}) WHERE docid NOT IN (SELECT rowid FROM ${t})
      UNION ALL SELECT '${t} rowid ' || rowid FROM ${t} WHERE rowid NOT IN (${LIVE_DOCIDS})`,
  ).join(' UNION ALL '),
};

/** FTS5's own check of its structures; null when sound. A busy or read-only file is not damage: it throws. */
function ftsIntegrity(archive: Archive): string | null {
  try {
    for (const t of FTS_TABLES) archive.prepare(`INSERT INTO ${t} (${t}, rank) VALUES ('integrity-check', 0)`).run();
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
  archive
    .transaction(() => {
      for (const t of FTS_TABLES) archive.prepare(`INSERT INTO ${t} (${t}) VALUES ('delete-all')`).run();
      archive.prepare('DELETE FROM search_docs').run();
      archive.exec(INDEX_ALL_ARTICLES_SQL);
    })
    .immediate();
  archive.exec(OPTIMIZE_SEARCH_INDEX_SQL);
  return archive.prepare('SELECT count(*) FROM search_docs').pluck().get() as number;
}
