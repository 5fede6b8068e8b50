/**
 * Reading the server's changes since the archive's checkpoint, a batch at a time: each batch validated,
 * what it needs fetched, then applied with its checkpoint in one transaction (apply.ts).
 */
import type { Archive } from '../archive';
import type { ChangesPage, CouchClient } from './couch';
import { applyBatch, parseDocs, prefetch } from './apply';
import type { SyncActor } from './heads';
import { readCheckpoint } from './store';

export const PULL_BATCH = 500;

export interface PullOptions {
  /** Wait for the next change (feed=longpoll) before the first batch; aborted by `signal`. */
  longpoll?: { timeoutMs: number; signal: AbortSignal };
}

export interface PullResult {
  pulled: number;
  skipped: number;
}

export async function pull(
  archive: Archive,
  client: CouchClient,
  actor: SyncActor,
  now: () => Date,
  options: PullOptions = {},
): Promise<PullResult> {
  const result: PullResult = { pulled: 0, skipped: 0 };
  let since = readCheckpoint(archive, client.remote);
  let next: Promise<ChangesPage> | null = client.changes(since, PULL_BATCH, options.longpoll);
  let waited = options.longpoll !== undefined;
  while (next) {
    const page: ChangesPage = await next;
    const lastSeq = String(page.last_seq);
    if (page.results.length === 0 && lastSeq === since) return result;
    // The next page is asked for before this one is applied, so the server reads it while SQLite writes;
    // the checkpoint still moves one applied page at a time.
    // After a long-poll wakes on the first document of a push, one plain read takes the rest of it.
    const more = page.results.length === PULL_BATCH || (waited && page.results.length > 0);
    waited = false;
    next = more ? client.changes(lastSeq, PULL_BATCH) : null;
    // A failed read-ahead is reported by the await above on the next turn, never as an unhandled rejection.
    void next?.catch(() => undefined);
    const parsed = parseDocs(page.results.flatMap((r) => (r.doc && !r.deleted ? [r.doc] : [])));
    const fetched = await prefetch(archive, client, parsed);
    result.pulled += applyBatch(archive, client.remote, parsed, lastSeq, actor, fetched, now());
    result.skipped += parsed.skipped;
    since = lastSeq;
  }
  return result;
}
