/**
 * The replication engine the CLI and the main process use: push the outbox, pull to the checkpoint, once
 * (`runOnce`, until both sides agree) or live (long-poll while online, pushing as local saves happen,
 * backing off while the server cannot be reached). See docs/sync.md.
 */
import { MidadError } from '../../core/api/errors';
import { checkServerRules, type ServerRules } from '../../core/sync/rulesVersion';
import type { Archive } from '../archive';
import { readSettings } from '../settings';
import { createCouchClient, syncErrorCode, type CouchClient, type CouchOptions, type SyncAuth } from './couch';
import type { SyncActor } from './heads';
import { pull } from './pull';
import { downloadPicture } from './pictures';
import { discardRefused } from './refusalActions';
import type { SyncTraceStep } from './trace';

export type { SyncTraceStep } from './trace';
import { push } from './push';
import { conflictedCount, pendingCount, readCheckpoint, refusedCount } from './store';
import { createServerMark } from './serverMark';

export interface SyncTarget {
  databaseUrl: string;
  auth: SyncAuth;
}
export type SyncPhase = 'offline' | 'syncing' | 'idle' | 'error';
export interface SyncState {
  phase: SyncPhase;
  pending: number;
  lastSyncedAt: string | null;
  error: null | { code: 'unauthorized' | 'forbidden' | 'unreachable' | 'server'; status?: number };
  /** When this engine found the newsroom database restored or made again, and started over (serverMark.ts). */
  serverRestoredAt?: string | null;
  /**
   * Whether the server's rules (its design document) are this Midad's (core/sync/rulesVersion.ts): read
   * once when the engine signs in, and again whenever the design document comes in the changes feed. Null
   * until read. Sync goes on whatever they are: the server enforces its own, and what it refuses is kept.
   */
  serverRules?: ServerRules | null;
}
export interface SyncRound {
  pulled: number;
  pushed: number;
  conflicts: number;
  /** Documents the server refused this round (kept here, not sent again). */
  refused: number;
  /** Pulled documents of a shape this Midad does not accept (skipped). */
  skipped: number;
  /** True when nothing is left to send and the last pull found nothing new. */
  converged: boolean;
  /** The database was restored or made again: this round read it from the start and sent everything again. */
  restarted: boolean;
}
export interface SyncEngine {
  runOnce(): Promise<SyncRound>;
  startLive(): void;
  stop(): Promise<void>;
  state(): SyncState;
  onState(listener: (s: SyncState) => void): () => void;
  /** Fetches the picture a media item shows but does not hold yet (pictures.ts); false when it waits for none. */
  fetchPicture(mediaId: string): Promise<boolean>;
  /** Makes a refused article the server's version again (refusalActions.ts). */
  discardRefused(articleId: string, label: string): Promise<void>;
  /**
   * Try at once: the network is said to be back (the window's `online` event), or a change waits. Cuts a
   * back-off short, no sooner than RETRY_FLOOR_MS after the last failure, so a burst of nudges is one try.
   */
  nudge(): void;
}

export interface EngineOptions extends CouchOptions {
  now?: () => Date;
  /** How often live sync looks for local saves while it waits on the server. */
  watchMs?: number;
  /** Long-poll timeout handed to the server. */
  longpollMs?: number;
  /** Told of each step of live sync as it happens (the bench times a save end to end with it). */
  trace?: (step: SyncTraceStep) => void;
  /** The waits after failures, one per failure in a row, the last repeated (tests shorten or lengthen it). */
  backoffMs?: readonly number[];
}

const MAX_ROUNDS = 6;
const BACKOFF_MS = [1_000, 2_000, 5_000, 15_000, 30_000, 60_000];
/** The least time between two tries while the server cannot be reached, whatever asks for one. */
export const RETRY_FLOOR_MS = 1_000;

export function createSyncEngine(archive: Archive, target: SyncTarget, options: EngineOptions = {}): SyncEngine {
  const client: CouchClient = createCouchClient(target.databaseUrl, target.auth, options);
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(s: SyncState) => void>();
  let current: SyncState = { phase: 'idle', pending: pendingCount(archive), lastSyncedAt: null, error: null };
  let actor: SyncActor | null = null;
  let live: { stop: AbortController; wake: AbortController | null; done: Promise<void> } | null = null;
  /** Ends the current back-off early (a nudge, or a save made while it lasts). */
  let cutBackoff: (() => void) | null = null;
  const mark = createServerMark(archive, client, () => actor?.user ?? '');

  const setState = (patch: Partial<SyncState>) => {
    current = { ...current, pending: pendingCount(archive), ...patch };
    for (const listener of listeners) listener(current);
  };

  async function signIn(): Promise<SyncActor> {
    if (actor) return actor;
    const { name } = await client.sessionUser();
    // The one read of the rules per engine; later changes to them arrive with the pull (rulesSeen).
    rulesSeen(await client.designDoc());
    actor = { user: name, authorName: readSettings(archive).profile?.name ?? name };
    return actor;
  }

  /** The design document as last read or pulled (null: the server has none). */
  function rulesSeen(doc: unknown): void {
    const rules = checkServerRules(doc);
    const was = current.serverRules;
    if (was?.state !== rules.state || was.version !== rules.version) setState({ serverRules: rules });
  }

  function failed(error: unknown): void {
    const code = syncErrorCode(error);
    if (!code) {
      setState({ phase: 'error', error: { code: 'server' } });
      return;
    }
    const status = error instanceof MidadError ? error.params.status : undefined;
    setState({
      phase: code === 'unreachable' ? 'offline' : 'error',
      error: { code, ...(typeof status === 'number' ? { status } : {}) },
    });
  }

  /**
   * Is the database the one this archive synced with? When it was restored or made again, the archive
   * starts over with it (serverMark.ts) and the state says so until the engine stops.
   */
  async function sameServer(): Promise<boolean> {
    const found = await mark.check(now());
    if (found === 'same') return true;
    // Said before the new mark is written: the archive has started over even if that write fails.
    if (found === 'restarted') setState({ serverRestoredAt: now().toISOString() });
    if (!(await leaveMark())) return false;
    return found === 'first';
  }

  /** A new mark after the server or this archive learnt something; false when the database changed meanwhile. */
  async function leaveMark(): Promise<boolean> {
    if ((await mark.write(now())) === 'written') return true;
    setState({ serverRestoredAt: now().toISOString() });
    return false;
  }

  async function round(signal?: AbortSignal): Promise<SyncRound> {
    const who = await signIn();
    const total: SyncRound = {
      pulled: 0,
      pushed: 0,
      conflicts: 0,
      refused: 0,
      skipped: 0,
      converged: false,
      restarted: false,
    };
    for (let i = 0; i < MAX_ROUNDS && !signal?.aborted; i += 1) {
      const sent = await push(archive, client, who, now);
      options.trace?.({ step: 'pushed', documents: sent.pushed });
      // Checked after the first push, not before: a save then reaches the server without waiting for it, and
      // a push to a database restored meanwhile is harmless (ids; a stale head's 409 is read and merged).
      // The pull, whose checkpoint would mean nothing there, always comes after it.
      if (i === 0) total.restarted = !(await sameServer());
      // The server learnt something from here, or this archive from it: a new mark each time (serverMark.ts),
      // so a backup taken before either is told apart from the database this archive knows.
      // A database changed since the check (started over by the mark): the next turn reads it from the start.
      if (sent.pushed > 0 && !(await leaveMark())) total.restarted = true;
      const since = readCheckpoint(archive, client.remote);
      const got = await pull(archive, client, who, now, { trace: options.trace, onDesignDoc: rulesSeen });
      if (readCheckpoint(archive, client.remote) !== since && !(await leaveMark())) total.restarted = true;
      total.pushed += sent.pushed;
      total.refused += sent.refused;
      total.pulled += got.pulled;
      total.skipped += got.skipped;
      if (pendingCount(archive) === 0 && got.pulled === 0) {
        total.converged = true;
        break;
      }
    }
    total.conflicts = conflictedCount(archive);
    if (refusedCount(archive) > 0) total.converged = false;
    setState({ phase: 'idle', error: null, lastSyncedAt: now().toISOString() });
    return total;
  }

  async function liveLoop(stop: AbortSignal): Promise<void> {
    let failures = 0;
    while (!stop.aborted) {
      try {
        setState({ phase: 'syncing' });
        await round(stop);
        failures = 0;
        // Wait on the server for changes; a local save (seen by the watcher) wakes the loop to push it.
        while (!stop.aborted && pendingCount(archive) === 0) {
          // One controller per wait, aborted by a stop or a local save; listeners on `stop` are removed
          // after each wait so a long session does not pile them up.
          const wake = new AbortController();
          const onStop = () => wake.abort();
          stop.addEventListener('abort', onStop, { once: true });
          if (live) live.wake = wake;
          const watcher = setInterval(() => {
            if (pendingCount(archive) === 0) return;
            options.trace?.({ step: 'seen' });
            wake.abort();
          }, options.watchMs ?? 25);
          try {
            // A database deleted and made again while this waited: its sequence numbers start again.
            if (!(await sameServer())) break;
            const since = readCheckpoint(archive, client.remote);
            const got = await pull(archive, client, await signIn(), now, {
              longpoll: { timeoutMs: options.longpollMs ?? 25_000, signal: wake.signal },
              trace: options.trace,
              onDesignDoc: rulesSeen,
            });
            if (got.pulled > 0) setState({ phase: 'idle', error: null, lastSyncedAt: now().toISOString() });
            // A long-poll may span a restore: the mark is laid only over this archive's own.
            if (readCheckpoint(archive, client.remote) !== since && !(await leaveMark())) break;
          } catch (error) {
            if (!(error instanceof Error && error.name === 'AbortError')) throw error;
          } finally {
            clearInterval(watcher);
            stop.removeEventListener('abort', onStop);
          }
        }
      } catch (error) {
        if (stop.aborted) break;
        failed(error);
        const steps = options.backoffMs ?? BACKOFF_MS;
        // A server that said when to come back (503 with Retry-After) is not asked sooner, even on a nudge.
        const asked = error instanceof MidadError ? error.params.retryAfterMs : undefined;
        const floor = typeof asked === 'number' ? Math.max(asked, RETRY_FLOOR_MS) : RETRY_FLOOR_MS;
        const wait = Math.max(
          steps[Math.min(failures, steps.length - 1)] as number,
          typeof asked === 'number' ? asked : 0,
        );
        failures += 1;
        await backoff(wait, stop, floor);
      }
    }
  }

  /**
   * Waits out a back-off, or less: a nudge, or a local save made meanwhile (pending grows), ends it once
   * RETRY_FLOOR_MS have passed. Coming back online is then noticed at the next save or `online` event,
   * not only at the next scheduled try (up to 60 s away).
   */
  async function backoff(ms: number, stop: AbortSignal, floor: number): Promise<void> {
    const started = Date.now();
    const pendingAtStart = pendingCount(archive);
    let asked = false;
    const cut = new AbortController();
    const onStop = () => cut.abort();
    stop.addEventListener('abort', onStop, { once: true });
    const check = () => {
      if (Date.now() - started < floor) return;
      if (asked || pendingCount(archive) > pendingAtStart) cut.abort();
    };
    cutBackoff = () => {
      asked = true;
      check();
    };
    const watcher = setInterval(check, 250);
    try {
      await sleep(ms, cut.signal);
    } finally {
      clearInterval(watcher);
      cutBackoff = null;
      stop.removeEventListener('abort', onStop);
    }
  }

  return {
    async runOnce() {
      setState({ phase: 'syncing' });
      try {
        return await round();
      } catch (error) {
        failed(error);
        throw error;
      }
    },
    startLive() {
      if (live) return;
      const stop = new AbortController();
      live = { stop, wake: null, done: Promise.resolve() };
      live.done = liveLoop(stop.signal);
    },
    async stop() {
      if (!live) return;
      const running = live;
      live = null;
      running.stop.abort();
      await running.done;
    },
    state: () => current,
    fetchPicture: (mediaId) => downloadPicture(archive, client, mediaId),
    async discardRefused(articleId, label) {
      await discardRefused(archive, client, await signIn(), articleId, label, now());
    },
    nudge() {
      // In a back-off: try again (no sooner than the floor). Waiting on the server: nothing to do, the
      // long-poll is live; a change that waits wakes it by itself.
      cutBackoff?.();
    },
    onState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    const onAbort = () => {
      clearTimeout(timer);
      done();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      done();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
