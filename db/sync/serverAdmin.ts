/**
 * Setting up a newsroom database (`midad server init`) and its people (`midad server add-user`), with the
 * server admin's credentials. Both are idempotent: run again, they change only what differs and say so.
 */
import { ROLES, type Role } from '../../core/settings/schema';
import { DESIGN_DOC_ID, DESIGN_DOC_VERSION, designDocument, securityObject } from '../../core/sync/designDoc';
import { checkServerRules, type ServerRules } from '../../core/sync/rulesVersion';
import { basicAuthorization, couchReason, parseDatabaseUrl, requestJson, type ServerAddress } from './serverHttp';

export class ServerAdminError extends Error {
  override name = 'ServerAdminError';
}

interface AdminCall {
  address: ServerAddress;
  headers: Record<string, string>;
}

async function asAdmin(databaseUrl: string): Promise<AdminCall> {
  const address = parseDatabaseUrl(databaseUrl);
  if (!address.credentials) {
    throw new ServerAdminError('Give the server admin in the address, as in http://admin:PASSWORD@host:5984/newsroom.');
  }
  const headers = { authorization: basicAuthorization(address.credentials.user, address.credentials.password) };
  const session = await requestJson(`${address.serverUrl}/_session`, { headers });
  const roles = (session.body as { userCtx?: { roles?: unknown } } | null)?.userCtx?.roles;
  if (session.status === 401 || !Array.isArray(roles) || !roles.includes('_admin')) {
    throw new ServerAdminError(
      session.status === 401
        ? `The server refused ${address.credentials.user}'s name or password.`
        : `${address.credentials.user} is not an admin of this server.`,
    );
  }
  return { address, headers };
}

function fail(what: string, status: number, body: unknown): never {
  throw new ServerAdminError(`${what} failed: ${status} ${couchReason(body)}`.trim());
}

/** What `init` did to the rules, from what the server held. */
function rulesChange(found: ServerRules): string {
  const to = `version ${DESIGN_DOC_VERSION}`;
  switch (found.state) {
    case 'current':
      return `rules ${to} unchanged; the document's version and digest written`;
    case 'older':
      return `rules version ${found.version} → ${DESIGN_DOC_VERSION}`;
    case 'malformed':
      return `unreadable rules → ${to}`;
    default:
      return `rules no Midad wrote (changed by hand?) → ${to}`;
  }
}

/** What `init` did, one line each. */
export async function initNewsroom(databaseUrl: string): Promise<string[]> {
  const { address, headers } = await asAdmin(databaseUrl);
  const done: string[] = [];

  // A fresh CouchDB 3 node has no _users until its setup is finished; sign-in needs it.
  const users = await requestJson(`${address.serverUrl}/_users`, { method: 'PUT', headers });
  if (users.status !== 201 && users.status !== 202 && users.status !== 412)
    fail('Creating _users', users.status, users.body);
  done.push(`users database: ${users.status === 412 ? 'already there' : 'created'}`);

  const db = await requestJson(address.databaseUrl, { method: 'PUT', headers });
  if (db.status !== 201 && db.status !== 202 && db.status !== 412)
    fail(`Creating ${address.database}`, db.status, db.body);
  done.push(`database ${address.database}: ${db.status === 412 ? 'already there' : 'created'}`);

  // Read before anything is changed: an older Midad must not put its rules over a later one's.
  const ddocUrl = `${address.databaseUrl}/${DESIGN_DOC_ID}`;
  const existing = await requestJson(ddocUrl, { headers });
  if (existing.status !== 200 && existing.status !== 404)
    fail('Reading the design document', existing.status, existing.body);
  const found = checkServerRules(existing.status === 404 ? null : existing.body);
  if (found.state === 'newer')
    throw new ServerAdminError(
      `the server's rules are version ${found.version}, newer than this Midad's (${DESIGN_DOC_VERSION}): nothing was changed. Run init with the newer Midad.`,
    );

  const current = await requestJson(`${address.databaseUrl}/_security`, { headers });
  if (current.status !== 200) fail('Reading _security', current.status, current.body);
  const wanted = mergeSecurity(current.body, securityObject());
  if (JSON.stringify(wanted) === JSON.stringify(normaliseSecurity(current.body))) {
    done.push('_security: unchanged (members: the roles ' + ROLES.join(', ') + ')');
  } else {
    const put = await requestJson(`${address.databaseUrl}/_security`, { method: 'PUT', headers, body: wanted });
    if (put.status !== 200) fail('Setting _security', put.status, put.body);
    done.push('_security: set (members: the roles ' + ROLES.join(', ') + '; anonymous refused)');
  }

  const design = designDocument();
  const old = existing.body as { _rev?: string; midadVersion?: unknown; rulesDigest?: unknown };
  if (found.state === 'missing') {
    const put = await requestJson(ddocUrl, { method: 'PUT', headers, body: design });
    if (put.status !== 201 && put.status !== 202) fail('Installing the design document', put.status, put.body);
    done.push(`design document: installed (rules version ${DESIGN_DOC_VERSION})`);
  } else if (
    found.state === 'current' &&
    old.midadVersion === design.midadVersion &&
    old.rulesDigest === design.rulesDigest
  ) {
    done.push(`design document: unchanged (rules version ${DESIGN_DOC_VERSION}, this Midad's)`);
  } else {
    const put = await requestJson(ddocUrl, { method: 'PUT', headers, body: { ...design, _rev: old._rev } });
    if (put.status !== 201 && put.status !== 202) fail('Updating the design document', put.status, put.body);
    done.push(`design document: updated (${rulesChange(found)})`);
  }
  return done;
}

interface Security {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function normaliseSecurity(body: unknown): Security {
  const sec = (body ?? {}) as {
    admins?: { names?: unknown; roles?: unknown };
    members?: { names?: unknown; roles?: unknown };
  };
  return {
    admins: { names: strings(sec.admins?.names), roles: strings(sec.admins?.roles) },
    members: { names: strings(sec.members?.names), roles: strings(sec.members?.roles) },
  };
}

/** Adds core's roles as members and keeps what an admin added by hand (names, other roles). */
function mergeSecurity(current: unknown, ours: Security): Security {
  const now = normaliseSecurity(current);
  return {
    admins: now.admins,
    members: { names: now.members.names, roles: [...new Set([...now.members.roles, ...ours.members.roles])] },
  };
}

/** CouchDB's own rules for a user name, and ours: short enough to show. */
export function userNameProblem(name: string): string | null {
  if (!name) return 'a user name is needed';
  if (name.length > 100) return 'a user name has at most 100 characters';
  if (name.startsWith('_')) return 'a user name may not start with _';
  if (name.includes(':')) return 'a user name may not contain :';
  if (name.trim() !== name) return 'a user name may not start or end with a space';
  return null;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Adds a person with one role, or changes an existing person's role, and their password when one is given.
 * A new password ends their sessions (the server signs cookies with the password's salt); a role alone does not.
 */
export async function addUser(databaseUrl: string, name: string, role: Role, password: string | null): Promise<string> {
  const problem = userNameProblem(name);
  if (problem) throw new ServerAdminError(problem);
  if (password === '') throw new ServerAdminError('the password is empty');
  const { address, headers } = await asAdmin(databaseUrl);
  const url = `${address.serverUrl}/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;
  const existing = await requestJson(url, { headers });
  if (existing.status !== 200 && existing.status !== 404) fail(`Reading ${name}`, existing.status, existing.body);
  const old = existing.status === 200 ? (existing.body as Record<string, unknown>) : null;
  if (!old && password === null) throw new ServerAdminError(`${name} is new: give a password with --password-stdin`);
  const doc = {
    ...(old ?? { _id: `org.couchdb.user:${name}`, name, type: 'user' }),
    roles: [role],
    ...(password === null ? {} : { password }),
  };
  const put = await requestJson(url, { method: 'PUT', headers, body: doc });
  if (put.status !== 201 && put.status !== 202) fail(`Adding ${name}`, put.status, put.body);
  if (!old) return `${name}: added (role ${role})`;
  return password === null ? `${name}: role set to ${role}` : `${name}: updated (role ${role}, new password)`;
}

/** The server's rules in one line for the command line (`midad server check`, `midad sync`). */
export function describeRules(rules: ServerRules): string {
  const ours = DESIGN_DOC_VERSION;
  switch (rules.state) {
    case 'current':
      return `rules: up to date (version ${ours}, this Midad's)`;
    case 'older':
      return `rules: out of date (version ${rules.version}; this Midad's are version ${ours}): the server admin runs midad server init URL. Until then the server refuses some moves these rules allow.`;
    case 'newer':
      return `rules: newer than this Midad's (version ${rules.version}; this Midad's are version ${ours}): update Midad.`;
    case 'unknown':
      return `rules: not the rules any Midad installs (changed by hand?): the server admin runs midad server init URL.`;
    case 'missing':
      return `rules: none (midad server init never ran, so the server checks no one's role): the server admin runs it.`;
    case 'malformed':
      return `rules: the design document ${DESIGN_DOC_ID} cannot be read: the server admin runs midad server init URL.`;
  }
}

/**
 * `midad server check URL`: reads the design document as any newsroom member (or the admin) may, and says
 * whether its rules are this Midad's. Changes nothing.
 */
export async function checkNewsroom(databaseUrl: string): Promise<ServerRules> {
  const address = parseDatabaseUrl(databaseUrl);
  const headers: Record<string, string> = address.credentials
    ? { authorization: basicAuthorization(address.credentials.user, address.credentials.password) }
    : {};
  const answer = await requestJson(`${address.databaseUrl}/${DESIGN_DOC_ID}`, { headers });
  if (answer.status === 401)
    throw new ServerAdminError(
      address.credentials
        ? `The server refused ${address.credentials.user}'s name or password.`
        : 'The server asks who you are: give a newsroom member or the admin in the address, as in http://name:PASSWORD@host:5984/newsroom.',
    );
  if (answer.status === 403)
    throw new ServerAdminError(`${address.credentials?.user ?? 'You'}: not a member of ${address.database}.`);
  if (answer.status === 404) {
    const reason = (answer.body as { reason?: unknown } | null)?.reason;
    if (reason !== 'missing' && reason !== 'deleted')
      throw new ServerAdminError(`There is no database ${address.database} on this server: run midad server init URL.`);
    return checkServerRules(null);
  }
  if (answer.status !== 200) fail('Reading the design document', answer.status, answer.body);
  return checkServerRules(answer.body);
}
