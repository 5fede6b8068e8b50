/**
 * The `newsroom.*` API methods on plain Node (the Electron main process and the bridge alike): signing in
 * and out, the sync engine's life, and the server's role becoming the local profile's role while signed in.
 *
 * What a transport brings: where the session cookie is kept (`SessionVault`: Electron's safeStorage on the
 * desktop, memory only in the browser build) and the engine factory (db/sync/engine.ts's `createSyncEngine`).
 * The password is never kept anywhere: it reaches `signIn` once and is dropped.
 */
import type { MidadService } from '../../core/api/contract';
import type { Role } from '../../core/settings/schema';
import type { NewsroomStatus, SyncState } from '../../core/sync/newsroomContract';
import type { Archive } from '../archive';
import { readSettings, updateSettings } from '../settings';
import { getArticle } from '../articles';
import { conflictVersions, resolveConflict } from './conflicts';
import { MidadError } from '../../core/api/errors';
import { pictureBytes } from '../media';
import { waitingPicture } from './pictures';
import { refusedArticles } from './refusals';
import { articleRefusal, retryRefused } from './refusalActions';
import { checkSession, newsroomRole, signIn, signOut, type Session } from './session';
import type { CookieSource } from './couch';

export interface StoredSession {
  databaseUrl: string;
  user: string;
  cookie: string;
}

export interface SessionVault {
  load(): StoredSession | null;
  save(session: StoredSession): void;
  clear(): void;
}

/** The browser build's vault: the session lives as long as the bridge process, and is never written down. */
export function memoryVault(): SessionVault {
  let kept: StoredSession | null = null;
  return {
    load: () => kept,
    save: (session) => (kept = { ...session }),
    clear: () => (kept = null),
  };
}

/** The slice of the engine (db/sync/engine.ts, `SyncEngine`) this service drives. */
export interface EngineLike {
  runOnce(): Promise<unknown>;
  startLive(): void;
  stop(): Promise<void>;
  state(): SyncState;
  fetchPicture?(mediaId: string): Promise<boolean>;
  discardRefused?(articleId: string, label: string): Promise<void>;
  nudge?(): void;
  onState?(listener: (state: SyncState) => void): () => void;
}
export interface EngineTarget {
  databaseUrl: string;
  /** The signed-in session's cookie, read for every request and renewed as the server renews it. */
  auth: { cookies: CookieSource };
}
export type EngineFactory = (archive: Archive, target: EngineTarget) => EngineLike;

export interface NewsroomOptions {
  vault: SessionVault;
  /** Null where this build has no engine: sign-in works, sync stays offline. */
  engine: EngineFactory | null;
  /** How often the session is checked (renewing the cookie, following a changed role). */
  checkEveryMs?: number;
  log?: (message: string) => void;
}

export type NewsroomMethods = Pick<
  MidadService,
  | 'newsroom.status'
  | 'newsroom.signIn'
  | 'newsroom.signOut'
  | 'newsroom.syncNow'
  | 'newsroom.conflict'
  | 'newsroom.resolve'
  // a pulled picture is fetched when first shown
  | 'media.bytes'
  // changes the server refused
  | 'newsroom.refusal'
  | 'newsroom.discardRefused'
  | 'newsroom.retryRefused'
>;

const OFFLINE: SyncState = { phase: 'offline', pending: 0, lastSyncedAt: null, error: null };
const EXPIRED: SyncState = {
  phase: 'error',
  pending: 0,
  lastSyncedAt: null,
  error: { code: 'unauthorized', status: 401 },
};

export function createNewsroomService(
  archive: Archive,
  options: NewsroomOptions,
): NewsroomMethods & { ready: Promise<void>; close(): Promise<void> } {
  let session: Session | null = null;
  let engine: EngineLike | null = null;
  /** Set when the server said the session is over: the person signs in again. */
  let expired = false;
  let timer: ReturnType<typeof setInterval> | null = null;
  let keptAt = 0;

  const role = (): Role | null => (session ? newsroomRole(session.roles) : null);

  /** While signed in the server's role is the profile's: the local workflow then asks what the server will. */
  function adoptRole(): void {
    const serverRole = role();
    if (!session || !serverRole) return;
    const profile = readSettings(archive).profile;
    if (profile?.role === serverRole) return;
    updateSettings(archive, { profile: { name: profile?.name ?? session.user, role: serverRole } });
  }

  function keep(current: Session): void {
    options.vault.save({ databaseUrl: current.databaseUrl, user: current.user, cookie: current.cookie });
    keptAt = Date.now();
  }

  /**
   * The engine reads the session's cookie for every request and hands back each one the server renews; the
   * vault keeps the newest at most once a minute (it is written to disk on the desktop), and at every check.
   */
  const sessionCookies: CookieSource = {
    current: () => session?.cookie ?? '',
    renewed(cookie) {
      if (!session) return;
      session = { ...session, cookie };
      if (Date.now() - keptAt > 60_000) keep(session);
    },
  };

  function startEngine(): void {
    if (!session || engine || !options.engine) return;
    engine = options.engine(archive, { databaseUrl: session.databaseUrl, auth: { cookies: sessionCookies } });
    const server = new URL(session.databaseUrl).host;
    let restoredSaid: string | null = null;
    // The log keeps what the header says only for a while: a database restored or made again is worth a line.
    engine.onState?.((state) => {
      if (!state.serverRestoredAt || state.serverRestoredAt === restoredSaid) return;
      restoredSaid = state.serverRestoredAt;
      options.log?.(
        `newsroom sync: the database at ${server} had been restored from a backup or made again; read from the start and sent what it lacked`,
      );
    });
    engine.startLive();
  }

  async function stopEngine(): Promise<void> {
    const running = engine;
    engine = null;
    await running?.stop();
  }

  async function check(): Promise<void> {
    if (!session) return;
    const answer = await checkSession(session);
    if (answer.ok) {
      session = answer.session;
      expired = false;
      keep(session);
      adoptRole();
      startEngine();
    } else if (answer.problem === 'expired') {
      expired = true;
      await stopEngine();
    }
    // Unreachable: stay signed in; the engine backs off and the next check tries again.
  }

  /**
   * Who a resolution (or a save listed among a conflict's versions) is written as: the newsroom user when
   * signed in (the server checks the author); offline, the last one known.
   */
  function resolveAuthor(): string {
    return session?.user ?? options.vault.load()?.user ?? readSettings(archive).profile?.name ?? 'midad';
  }

  function status(): NewsroomStatus {
    const sync = expired ? EXPIRED : (engine?.state() ?? OFFLINE);
    return {
      signedIn: session !== null,
      databaseUrl: session?.databaseUrl ?? null,
      user: session?.user ?? null,
      role: role(),
      sync,
      refused: session ? refusedArticles(archive) : 0,
    };
  }

  function schedule(): void {
    if (timer) return;
    timer = setInterval(
      () => void check().catch((e: unknown) => options.log?.(`newsroom check: ${String(e)}`)),
      options.checkEveryMs ?? 5 * 60_000,
    );
    timer.unref?.();
  }

  const stored = options.vault.load();
  if (stored) {
    session = { ...stored, roles: [] };
    schedule();
  }
  const ready = stored
    ? check().catch((e: unknown) => options.log?.(`newsroom check: ${String(e)}`))
    : Promise.resolve();

  return {
    ready,
    'newsroom.status': () => status(),
    'newsroom.signIn': async ({ databaseUrl, user, password }) => {
      const result = await signIn(databaseUrl, user, password);
      if (!result.ok) return { ok: false, problem: result.problem };
      await stopEngine();
      session = result.value;
      expired = false;
      keep(session);
      adoptRole();
      startEngine();
      schedule();
      return { ok: true, status: status() };
    },
    'newsroom.signOut': async () => {
      const leaving = session;
      await stopEngine();
      session = null;
      expired = false;
      options.vault.clear();
      if (timer) clearInterval(timer);
      timer = null;
      if (leaving) await signOut(leaving);
      return status();
    },
    'newsroom.syncNow': async () => {
      if (engine?.nudge) {
        // The live engine tries at once (bounded by its floor); a second round beside it would race it.
        engine.nudge();
      } else if (engine) {
        try {
          await engine.runOnce();
        } catch (error) {
          // The engine's state says what went wrong; the log keeps the detail.
          options.log?.(`newsroom sync: ${String(error)}`);
        }
      } else if (session) {
        await check();
      }
      return status();
    },
    // The person's own unsent save is listed among the versions, made a revision as the signed-in user.
    'newsroom.conflict': ({ id }) => ({ versions: conflictVersions(archive, id, resolveAuthor()) }),
    'media.bytes': async ({ id }) => {
      if (!waitingPicture(archive, id)) return pictureBytes(archive, id);
      // Pulled without its bytes: fetched now, from the newsroom, or said plainly to be not here yet.
      const notYet = new MidadError('media_not_downloaded', `The picture of ${id} has not been downloaded yet.`, {
        id,
      });
      if (!engine?.fetchPicture) throw notYet;
      try {
        await engine.fetchPicture(id);
      } catch (error) {
        options.log?.(`newsroom picture: ${String(error)}`);
        throw notYet;
      }
      return pictureBytes(archive, id);
    },
    'newsroom.resolve': ({ id, fields, seen }) => {
      resolveConflict(archive, id, fields, resolveAuthor(), new Date(), seen);
      return getArticle(archive, id);
    },
    'newsroom.refusal': ({ id }) => {
      getArticle(archive, id);
      return articleRefusal(archive, id);
    },
    'newsroom.discardRefused': async ({ id, label }) => {
      getArticle(archive, id);
      if (!engine?.discardRefused)
        throw new MidadError('sync_unreachable', 'Sign in to the newsroom to take the server’s version.', {
          server: session ? new URL(session.databaseUrl).host : '',
        });
      await engine.discardRefused(id, label);
      return getArticle(archive, id);
    },
    'newsroom.retryRefused': ({ id }) => {
      getArticle(archive, id);
      retryRefused(archive, id);
      engine?.nudge?.();
      return status();
    },
    close: async () => {
      if (timer) clearInterval(timer);
      timer = null;
      await stopEngine();
    },
  };
}
