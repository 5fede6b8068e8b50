/**
 * Who may do what, asked of a real newsroom server directly (no Midad client in between): the database set up
 * by `midad server init` and people added by `midad server add-user` (the password read from the real
 * binary's standard input; the other command lines run in this process). Against pouchdb-server on
 * 127.0.0.1, or the CouchDB named by MIDAD_TEST_COUCHDB.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { midad, runMidad } from '../../helpers/midadCommand';
import {
  describeServer,
  startNewsroomServer,
  uniqueDatabaseName,
  type NewsroomServer,
} from '../../helpers/newsroomServer';

console.log(describeServer());

let server: NewsroomServer;
let db = '';
const suffix = Math.random().toString(36).slice(2, 8);
const journalist = { name: `rana-${suffix}`, password: 'ward صباح 1' };
const editor = { name: `omar-${suffix}`, password: 'qalam-2' };
const outsider = { name: `zed-${suffix}`, password: 'no-role-3' };

function auth(person: { name: string; password: string }): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${person.name}:${person.password}`).toString('base64')}` };
}
async function call(path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}) {
  const response = await fetch(`${server.url}/${db}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
const REV = 'e'.repeat(32);
function head(articleId: string, status: string, author: string) {
  return {
    _id: `article:${articleId}`,
    type: 'article',
    author,
    articleId,
    status,
    section: 'سياسة',
    heads: [REV],
    conflicted: false,
    createdAt: '2026-12-06T07:00:00.000Z',
    updatedAt: '2026-12-06T07:00:00.000Z',
    updatedBy: author,
  };
}

beforeAll(async () => {
  server = await startNewsroomServer();
  db = uniqueDatabaseName();
  const init = await midad(['server', 'init', `${server.adminUrl}/${db}`]);
  expect(init.stderr).toBe('');
  expect(init.code).toBe(0);
  expect(init.stdout).toContain(`database ${db}: created`);
  expect(init.stdout).toContain('design document: installed');
  // Both at once: each is a process of its own, seconds to start on a loaded machine.
  const people = [
    [journalist, 'journalist'],
    [editor, 'editor'],
  ] as const;
  const added = await Promise.all(
    people.map(([person, role]) =>
      runMidad(
        ['server', 'add-user', `${server.adminUrl}/${db}`, person.name, '--role', role, '--password-stdin'],
        `${person.password}\n`,
      ),
    ),
  );
  people.forEach(([person, role], i) => {
    expect(added[i]!.stderr).toBe('');
    expect(added[i]!.stdout).toContain(`${person.name}: added (role ${role})`);
  });
  // Someone with an account on the server but no newsroom role.
  const zed = await fetch(`${server.adminUrl.replace(/\/\/[^@]+@/, '//')}/_users/org.couchdb.user:${outsider.name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...adminAuth() },
    body: JSON.stringify({ name: outsider.name, password: outsider.password, roles: [], type: 'user' }),
  });
  expect(zed.status).toBe(201);
}, 120_000);

afterAll(async () => {
  if (server.kind === 'couchdb') await fetch(`${server.url}/${db}`, { method: 'DELETE', headers: adminAuth() });
  await server.stop();
});

function adminAuth(): Record<string, string> {
  const u = new URL(server.adminUrl);
  return auth({ name: decodeURIComponent(u.username), password: decodeURIComponent(u.password) });
}

describe(`roles on the newsroom server (${describeServer()})`, () => {
  it('init is idempotent: a second run changes nothing', async () => {
    const again = await midad(['server', 'init', `${server.adminUrl}/${db}`]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`database ${db}: already there`);
    expect(again.stdout).toContain('_security: unchanged');
    expect(again.stdout).toContain('design document: unchanged');
  }, 90_000);

  it('refuses anyone anonymous: 401 on reading, changes and writing', async () => {
    expect((await call('')).status).toBe(401);
    expect((await call('/_changes?since=0')).status).toBe(401);
    expect(
      (await call(`/article:${randomUUID()}`, { method: 'PUT', body: head(randomUUID(), 'draft', 'x') })).status,
    ).toBe(401);
  });

  it('refuses a person with an account but no newsroom role', async () => {
    // CouchDB answers 403 to someone it knows; pouchdb-server 401 (docs/newsroom-server.md).
    expect([401, 403]).toContain((await call('', { headers: auth(outsider) })).status);
  });

  it('refuses a journalist publishing (403) and accepts an editor publishing', async () => {
    const id = randomUUID();
    const created = await call(`/article:${id}`, {
      method: 'PUT',
      headers: auth(editor),
      body: head(id, 'approved', editor.name),
    });
    expect(created.status).toBe(201);
    const rev = created.body.rev as string;
    const byJournalist = await call(`/article:${id}`, {
      method: 'PUT',
      headers: auth(journalist),
      body: { ...head(id, 'published', journalist.name), _rev: rev },
    });
    expect(byJournalist.status).toBe(403);
    expect(byJournalist.body.reason).toMatch(/^midad:transition_not_allowed:/);
    const byEditor = await call(`/article:${id}`, {
      method: 'PUT',
      headers: auth(editor),
      body: { ...head(id, 'published', editor.name), _rev: rev },
    });
    expect(byEditor.status).toBe(201);
    // The status change as an event: the same rule.
    const eventId = randomUUID();
    const event = {
      _id: `event:${eventId}`,
      type: 'event',
      kind: 'status',
      author: journalist.name,
      eventId,
      articleId: id,
      by: { name: 'رنا', role: 'journalist' },
      at: '2026-12-06T07:01:00.000Z',
      from: 'approved',
      to: 'published',
      note: '',
    };
    expect((await call(`/event:${eventId}`, { method: 'PUT', headers: auth(journalist), body: event })).status).toBe(
      403,
    );
  });

  it('lets a journalist submit her own draft, through a session cookie as the desktop signs in', async () => {
    const login = await fetch(`${server.url}/_session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: journalist.name, password: journalist.password }),
    });
    expect(login.status).toBe(200);
    const cookie = /AuthSession=[^;]*/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
    expect(cookie).not.toBe('');
    const id = randomUUID();
    const draft = await call(`/article:${id}`, {
      method: 'PUT',
      headers: { cookie },
      body: head(id, 'draft', journalist.name),
    });
    expect(draft.status).toBe(201);
    const submitted = await call(`/article:${id}`, {
      method: 'PUT',
      headers: { cookie },
      body: { ...head(id, 'submitted', journalist.name), _rev: draft.body.rev },
    });
    expect(submitted.status).toBe(201);
  });

  it('refuses editing a revision (403), even by an editor', async () => {
    const articleId = randomUUID();
    const rev = {
      _id: `rev:${articleId}:${REV}`,
      type: 'rev',
      author: journalist.name,
      authorName: 'رنا',
      articleId,
      revId: REV,
      parents: [],
      createdAt: '2026-12-06T07:00:00.000Z',
      label: 'save',
      fields: { headline: 'عنوان' },
      media: [],
    };
    const written = await call(`/${rev._id}`, { method: 'PUT', headers: auth(journalist), body: rev });
    expect(written.status).toBe(201);
    const edited = { ...rev, _rev: written.body.rev, fields: { headline: 'عنوان آخر' } };
    const byAuthor = await call(`/${rev._id}`, { method: 'PUT', headers: auth(journalist), body: edited });
    expect(byAuthor.status).toBe(403);
    expect(byAuthor.body.reason).toMatch(/^midad:immutable:/);
    expect(
      (await call(`/${rev._id}`, { method: 'PUT', headers: auth(editor), body: { ...edited, author: editor.name } }))
        .status,
    ).toBe(403);
    expect(
      (await call(`/${rev._id}?rev=${String(written.body.rev)}`, { method: 'DELETE', headers: auth(editor) })).status,
    ).toBe(403);
  });

  it('refuses writing as someone else (403), also in _bulk_docs as replication sends it', async () => {
    const commentId = randomUUID();
    const comment = {
      _id: `comment:${commentId}`,
      type: 'comment',
      author: editor.name,
      commentId,
      articleId: randomUUID(),
      threadId: randomUUID(),
      anchor: { field: 'headline' },
      by: { name: 'عمر', role: 'editor' },
      createdAt: '2026-12-06T07:00:00.000Z',
      text: 'ملاحظة',
    };
    const forged = await call(`/${comment._id}`, { method: 'PUT', headers: auth(journalist), body: comment });
    expect(forged.status).toBe(403);
    expect(forged.body.reason).toMatch(/^midad:not_author:/);
    const bulk = await fetch(`${server.url}/${db}/_bulk_docs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth(journalist) },
      body: JSON.stringify({ docs: [comment] }),
    });
    const rows = (await bulk.json()) as { error?: string }[];
    expect(rows[0]?.error).toBe('forbidden');
    expect((await call(`/${comment._id}`, { headers: auth(editor) })).status).toBe(404);
  });

  // Comments and status events, once on the server, are as fixed as revisions.
  it('refuses changing or deleting a comment or a status event (403), even by an editor', async () => {
    const articleId = randomUUID();
    const commentId = randomUUID();
    const eventId = randomUUID();
    const comment = {
      _id: `comment:${commentId}`,
      type: 'comment',
      author: journalist.name,
      commentId,
      articleId,
      threadId: randomUUID(),
      anchor: { field: 'headline' },
      by: { name: 'رنا', role: 'journalist' },
      createdAt: '2026-12-06T07:00:00.000Z',
      text: 'ملاحظة',
    };
    const event = {
      _id: `event:${eventId}`,
      type: 'event',
      kind: 'status',
      author: journalist.name,
      eventId,
      articleId,
      from: 'draft',
      to: 'submitted',
      note: '',
      by: { name: 'رنا', role: 'journalist' },
      at: '2026-12-06T07:00:00.000Z',
    };
    for (const doc of [comment, event]) {
      const written = await call(`/${doc._id}`, { method: 'PUT', headers: auth(journalist), body: doc });
      expect(written.status, doc._id).toBe(201);
      const rev = String(written.body.rev);
      const changed = { ...doc, _rev: rev, ...(doc.type === 'comment' ? { text: 'غيّرتها' } : { to: 'draft' }) };
      const byAuthor = await call(`/${doc._id}`, { method: 'PUT', headers: auth(journalist), body: changed });
      expect(byAuthor.status, doc._id).toBe(403);
      expect(byAuthor.body.reason).toMatch(/^midad:immutable:/);
      const byEditor = { ...changed, author: editor.name };
      expect((await call(`/${doc._id}`, { method: 'PUT', headers: auth(editor), body: byEditor })).status).toBe(403);
      expect((await call(`/${doc._id}?rev=${rev}`, { method: 'DELETE', headers: auth(editor) })).status).toBe(403);
      expect((await call(`/${doc._id}`, { headers: auth(editor) })).body).toMatchObject({ _rev: rev });
    }
  });

  it('keeps the design document and _security to the admin', async () => {
    const ddoc = await call('/_design/midad', { headers: auth(editor) });
    expect(ddoc.status).toBe(200);
    const overwrite = await call('/_design/midad', {
      method: 'PUT',
      headers: auth(editor),
      body: { ...ddoc.body, validate_doc_update: 'function () {}' },
    });
    expect([401, 403]).toContain(overwrite.status);
    const security = await call('/_security', { method: 'PUT', headers: auth(editor), body: {} });
    expect([401, 403]).toContain(security.status);
  });
});
