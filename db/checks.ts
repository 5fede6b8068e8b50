/**
 * What `midad check` verifies, as a list of named checks: each returns the problems it found, in words a
 * person can act on (empty when sound). Other areas append their own (the search index) to the list.
 */
import type { Archive } from './archive';
import { integrityProblems } from './integrity';
import { verifySearchIndex } from './search/verify';
// newsroom sync
import { syncProblems } from './sync/check';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ArchiveCheck {
  name: string;
  run: (archive: Archive) => string[];
}

export const CHECKS: ArchiveCheck[] = [
  {
    name: 'integrity',
    run: (archive) => integrityProblems(archive, true),
  },
  {
    name: 'foreign-keys',
    run: (archive) =>
      (archive.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>).map(
        (row) => `${row.table} row ${row.rowid} points to a missing ${row.parent} row`,
      ),
  },
  {
    name: 'lead-pictures',
    run: (archive) =>
      (
        archive.prepare(`SELECT article_id FROM media GROUP BY article_id HAVING sum(is_lead) <> 1`).all() as Array<{
          article_id: string;
        }>
      ).map((row) => `article ${row.article_id} does not have exactly one lead picture`),
  },
  {
    // Exported files are named from ids: one that is not a UUID came from outside Midad (and was made safe on export).
    name: 'ids',
    run: (archive) => {
      const rows = archive
        .prepare(`SELECT 'article' AS kind, id FROM articles UNION ALL SELECT 'picture', id FROM media`)
        .all() as Array<{ kind: string; id: string }>;
      return rows
        .filter((row) => !UUID.test(row.id))
        .map((row) => `${row.kind} id ${JSON.stringify(row.id)} is not a UUID (Midad never makes one like it)`);
    },
  },
  {
    name: 'search-index',
    run: (archive) =>
      verifySearchIndex(archive).problems.map(
        (p) =>
          `search index: ${p.count} ${p.kind} (${p.sample.join(', ')}); rebuild it with midad check --rebuild-index`,
      ),
  },
  // newsroom sync: heads, revisions and the conflicted flag agree
  { name: 'sync', run: syncProblems },
];

export interface CheckResult {
  name: string;
  problems: string[];
}

export function runChecks(archive: Archive, checks: readonly ArchiveCheck[] = CHECKS): CheckResult[] {
  return checks.map((check) => ({ name: check.name, problems: check.run(archive) }));
}
