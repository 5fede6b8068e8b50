/**
 * Reading the server's changes since the archive's checkpoint, a batch at a time: each batch validated,
 * what it needs fetched, then applied with its checkpoint in one transaction (apply.ts).
 */
import type { Archive } from '../connection';
import type { CouchClient } from './couch';
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
  let longpoll = options.longpoll;
  for (;;) {
    const since = readCheckpoint(archive, client.remote);
    const page = await client.changes(since, PULL_BATCH, longpoll);
    longpoll = undefined;
    const lastSeq = String(page.last_seq);
    if (page.results.length === 0 && lastSeq === since) return result;
    const parsed = parseDocs(page.results.flatMap((r) => (r.doc && !r.deleted ? [r.doc] : [])));
    const fetched = await prefetch(archive, client, parsed);
    result.pulled += applyBatch(archive, client.remote, parsed, lastSeq, actor, fetched, now());
    result.skipped += parsed.skipped;
    if (page.results.length < PULL_BATCH) return result;
  }
}
