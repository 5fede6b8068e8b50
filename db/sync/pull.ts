/**
 * Reading the server's changes since the archive's checkpoint, a page at a time, each page in slices: each
 * slice validated, what it needs fetched, then applied with its checkpoint in one transaction (apply.ts).
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { DESIGN_DOC_ID } from '../../core/sync/designDoc';
import type { Archive } from '../archive';
import type { ChangesPage, CouchClient } from './couch';
import { applyBatch, parseDocs, prefetch } from './apply';
import type { SyncActor } from './heads';
import type { SyncTraceStep } from './trace';
import { readCheckpoint } from './store';

export const PULL_BATCH = 500;

/** How long one applied slice may hold the event loop; slices grow or shrink to fit it. */
const SLICE_MS = 30;
const FIRST_SLICE = 40;
const MIN_SLICE = 4;

/** Changes in the next slice: as many as the last one's pace says fit in SLICE_MS. */
function nextSlice(current: number, applied: number, ms: number): number {
  if (applied < current) return current;
  const fit = Math.floor((applied * SLICE_MS) / Math.max(ms, 1));
  return Math.max(MIN_SLICE, Math.min(PULL_BATCH, fit, current * 2));
}

export interface PullOptions {
  /** Wait for the next change (feed=longpoll) before the first batch; aborted by `signal`. */
  longpoll?: { timeoutMs: number; signal: AbortSignal };
  trace?: ((step: SyncTraceStep) => void) | undefined;
  /** Told of the design document when it comes in the feed (its rules changed): the document, or null when deleted. */
  onDesignDoc?: (doc: unknown) => void;
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
  let slice = FIRST_SLICE;
  while (next) {
    const page: ChangesPage = await next;
    options.trace?.({ step: 'page', results: page.results.length });
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
    // Applied in slices, each one transaction with the checkpoint at its last change, and the event loop
    // let go between them: the main process answers the person's typing and searches while a pull runs
    // (a page of 500 applied at once held it for seconds on a loaded machine).
    let at = 0;
    do {
      const part = page.results.slice(at, at + slice);
      at += part.length;
      const last = at >= page.results.length;
      const sliceSeq = last ? lastSeq : String((part.at(-1) as ChangesPage['results'][number]).seq);
      let started = performance.now();
      const docs = part.flatMap((r) => (r.doc && !r.deleted ? [r.doc] : []));
      // A change without its document (a proxy or a server that dropped include_docs): fetched by id, never
      // passed over, or the checkpoint would move past a document this archive never saw.
      const bare = part.filter((r) => !r.doc && !r.deleted).map((r) => r.id);
      if (bare.length > 0) docs.push(...(await client.getDocs(bare)));
      const design = part.find((r) => r.id === DESIGN_DOC_ID);
      if (design) options.onDesignDoc?.(design.deleted ? null : (docs.find((d) => d._id === DESIGN_DOC_ID) ?? null));
      const parsed = parseDocs(docs);
      let busy = performance.now() - started;
      const fetched = await prefetch(archive, client, parsed);
      started = performance.now();
      const applied = applyBatch(archive, client.remote, parsed, sliceSeq, actor, fetched, now(), last);
      busy += performance.now() - started;
      slice = nextSlice(slice, part.length, busy);
      options.trace?.({ step: 'applied', documents: applied });
      result.pulled += applied;
      result.skipped += parsed.skipped;
      if (!last) await yieldToLoop();
    } while (at < page.results.length);
    since = lastSeq;
  }
  return result;
}
