/**
 * Prepared statements kept per connection, for the SQL that runs on every keystroke's autosave, every list
 * page and every search: preparing costs about as much as running a small query, and these run constantly.
 * Only for statements used in the default mode (no .pluck(), .raw() or .expand(): those change the statement
 * itself, and a cached statement is shared by every caller of the same SQL) and never iterated lazily.
 */
import type { Statement } from 'better-sqlite3';
import type { Archive } from './archive';

const statements = new WeakMap<Archive, Map<string, Statement>>();

export function cachedStatement(archive: Archive, sql: string): Statement {
  let cache = statements.get(archive);
  if (!cache) statements.set(archive, (cache = new Map<string, Statement>()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = archive.prepare(sql)));
  return statement;
}
