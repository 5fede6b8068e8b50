/**
 * Counting rows again only when something changed. The archive list asks for its total with every page it
 * reads, and counting 100,000 live articles costs milliseconds each time though nothing changed between two
 * pages. A count is kept per connection with the state it was taken in: this connection's change counter
 * (total_changes(), which moves with every row it writes) and PRAGMA data_version (which moves when another
 * connection commits). When both are as they were, no row anywhere has changed, so neither has the count.
 */
import type { Archive } from './archive';
import { cachedStatement } from './statements';

const memos = new WeakMap<Archive, Map<string, { state: string; n: number }>>();

function databaseState(archive: Archive): string {
  const changes = cachedStatement(archive, 'SELECT total_changes() AS c').get() as { c: number };
  const version = archive.pragma('data_version', { simple: true }) as number;
  return `${changes.c}:${version}`;
}

/** `SELECT count(*) AS n …` with `params`, answered from memory when nothing has changed since it was last run. */
export function memoCount(archive: Archive, sql: string, params: readonly unknown[]): number {
  let memo = memos.get(archive);
  if (!memo) memos.set(archive, (memo = new Map<string, { state: string; n: number }>()));
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  const state = databaseState(archive);
  const known = memo.get(key);
  if (known && known.state === state) return known.n;
  const { n } = cachedStatement(archive, sql).get(...params) as { n: number };
  if (memo.size > 50) memo.clear();
  memo.set(key, { state, n });
  return n;
}
