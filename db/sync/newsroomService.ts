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
import { refusedArticles } from './refusals';
import { checkSession, newsroomRole, signIn, signOut, type Session } from './session';

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
}
export interface EngineTarget {
  databaseUrl: string;
  auth: { cookie: string };
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
  /** The cookie the running engine was given: it keeps it, so a renewed one means starting it again. */
  let engineCookie: string | null = null;

  const role = (): Role | null => (session ? newsroomRole(session.roles) : null);

  /** While signed in the server's role is the profile's: the local workflow then asks what the server will. */
  function adoptRole(): void {
    const serverRole = role();
    if (!session || !serverRole) return;
    const profile = readSettings(archive).profile;
    if (profile?.role === serverRole) return;
    updateSettings(archive, { profile: { name: profile?.name ?? session.user, role: serverRole } });
  }

  function startEngine(): void {
    if (!session || engine || !options.engine) return;
    engine = options.engine(archive, { databaseUrl: session.databaseUrl, auth: { cookie: session.cookie } });
    engineCookie = session.cookie;
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
      options.vault.save({ databaseUrl: session.databaseUrl, user: session.user, cookie: session.cookie });
      adoptRole();
      // The server renews the cookie as it is used; the engine holds the one it was given, which would
      // expire after the server's session timeout. A restart hands it the fresh one.
      if (engine && engineCookie !== session.cookie) await stopEngine();
      startEngine();
    } else if (answer.problem === 'expired') {
      expired = true;
      await stopEngine();
    }
    // Unreachable: stay signed in; the engine backs off and the next check tries again.
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
      options.vault.save({ databaseUrl: session.databaseUrl, user: session.user, cookie: session.cookie });
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
      if (engine) {
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
    'newsroom.conflict': ({ id }) => ({ versions: conflictVersions(archive, id) }),
    'newsroom.resolve': ({ id, fields, seen }) => {
      // The newsroom user when signed in (the server checks the author); offline, the last one known.
      const author = session?.user ?? options.vault.load()?.user ?? readSettings(archive).profile?.name ?? 'midad';
      resolveConflict(archive, id, fields, author, new Date(), seen);
      return getArticle(archive, id);
    },
    close: async () => {
      if (timer) clearInterval(timer);
      timer = null;
      await stopEngine();
    },
  };
}
