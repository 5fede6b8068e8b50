/**
 * A person's session with the newsroom server: signing in with `POST /_session` (the password is used once and
 * dropped), reading who they are and their roles with `GET /_session`, signing out with `DELETE /_session`.
 * The session is the `AuthSession` cookie, which the server renews on use; callers keep the newest one.
 */
import { ROLES, type Role } from '../../core/settings/schema';
import type { SignInProblem } from '../../core/sync/newsroomContract';
import { authSessionCookie } from './couch';
import { parseDatabaseUrl, requestJson, ServerHttpError, type JsonResponse } from './serverHttp';

export interface Session {
  databaseUrl: string;
  user: string;
  roles: string[];
  /** `AuthSession=…`, ready for a Cookie header. */
  cookie: string;
}

/** The newsroom role among a user's CouchDB roles: the one with most rights when a person has several. */
export function newsroomRole(roles: readonly string[]): Role | null {
  const ours = ROLES.filter((role) => roles.includes(role));
  return ours.includes('editor') ? 'editor' : (ours[0] ?? null);
}

function cookieFrom(response: JsonResponse): string | null {
  return authSessionCookie(response.headers.get('set-cookie'));
}

type Result<T> = { ok: true; value: T } | { ok: false; problem: SignInProblem };

export async function signIn(address: string, user: string, password: string): Promise<Result<Session>> {
  let parsed;
  try {
    parsed = parseDatabaseUrl(address);
  } catch {
    return { ok: false, problem: 'bad_address' };
  }
  try {
    const login = await requestJson(`${parsed.serverUrl}/_session`, {
      method: 'POST',
      body: { name: user, password },
    });
    if (login.status === 401) return { ok: false, problem: 'wrong_password' };
    const cookie = cookieFrom(login);
    if (login.status !== 200 || !cookie) return { ok: false, problem: 'server' };
    const roles = ((login.body as { roles?: unknown } | null)?.roles ?? []) as unknown[];
    const names = roles.filter((r): r is string => typeof r === 'string');
    if (!newsroomRole(names)) return { ok: false, problem: 'no_role' };
    // Membership is the database's to say (its _security), not the roles' alone.
    const db = await requestJson(parsed.databaseUrl, { headers: { cookie } });
    if (db.status === 401 || db.status === 403) return { ok: false, problem: 'not_member' };
    if (db.status === 404) return { ok: false, problem: 'no_database' };
    if (db.status !== 200) return { ok: false, problem: 'server' };
    const name = (login.body as { name?: unknown } | null)?.name;
    return {
      ok: true,
      value: {
        databaseUrl: parsed.databaseUrl,
        user: typeof name === 'string' ? name : user,
        roles: names,
        cookie: cookieFrom(db) ?? cookie,
      },
    };
  } catch (error) {
    if (error instanceof ServerHttpError) return { ok: false, problem: error.problem };
    throw error;
  }
}

export type SessionCheck =
  { ok: true; session: Session } | { ok: false; problem: 'expired' | 'unreachable' | 'server' };

/** Asks the server who this cookie is: the same person with their current roles, or why not. */
export async function checkSession(session: Session): Promise<SessionCheck> {
  const { serverUrl } = parseDatabaseUrl(session.databaseUrl);
  let answer: JsonResponse;
  try {
    answer = await requestJson(`${serverUrl}/_session`, { headers: { cookie: session.cookie } });
  } catch (error) {
    if (error instanceof ServerHttpError) return { ok: false, problem: 'unreachable' };
    throw error;
  }
  if (answer.status !== 200) return { ok: false, problem: answer.status === 401 ? 'expired' : 'server' };
  const ctx = (answer.body as { userCtx?: { name?: unknown; roles?: unknown } } | null)?.userCtx;
  if (ctx?.name !== session.user) return { ok: false, problem: 'expired' };
  const roles = Array.isArray(ctx.roles) ? ctx.roles.filter((r): r is string => typeof r === 'string') : [];
  return { ok: true, session: { ...session, roles, cookie: cookieFrom(answer) ?? session.cookie } };
}

/** Ends the session on the server too, when it can be reached; signing out locally never waits on it. */
export async function signOut(session: Session): Promise<void> {
  try {
    const { serverUrl } = parseDatabaseUrl(session.databaseUrl);
    await requestJson(`${serverUrl}/_session`, {
      method: 'DELETE',
      headers: { cookie: session.cookie },
      timeoutMs: 3_000,
    });
  } catch {
    // Offline: the cookie is forgotten here and expires on the server by itself.
  }
}
