/**
 * Who may do what, asked of a real newsroom server directly (no Midad client in between): the database set up
 * by `midad server init` and people added by `midad server add-user` (the password read from the real
 * binary's standard input; the other command lines run in this process). Against pouchdb-server on
 * 127.0.0.1, or the CouchDB named by MIDAD_TEST_COUCHDB. Then the rules themselves: a server left on an
 * older Midad's design document, a later one's, none or an unreadable one, as `midad server check` and
 * `init` report it and as sync reads it (said, and sync goes on), each in a database of its own.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS } from '../../../db/articles';
import { openArchive } from '../../../db/connection';
import { transitionArticle } from '../../../db/review/statusChanges';
import { updateSettings } from '../../../db/settings';
import { createSyncEngine } from '../../../db/sync/engine';
import { articleRefusal, retryRefused } from '../../../db/sync/refusalActions';
import { useTempDir } from '../../helpers/tempDir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { midad, runMidad } from '../../helpers/midadCommand';
import { designDocFromLaterMidad, designDocVersion1 } from '../../helpers/olderRules';
import { designDocument } from '../../../core/sync/designDoc';
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
    expect(again.stdout).toContain('design document: unchanged (rules version 2, this Midad');
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

describe(`the server's rules, older or newer than this Midad's (${describeServer()})`, () => {
  /** A database of its own, set up by init, whose design document the admin then replaces. */
  async function databaseWith(design: Record<string, unknown> | null): Promise<string> {
    const name = uniqueDatabaseName('midad-rules');
    expect((await midad(['server', 'init', `${server.adminUrl}/${name}`])).code).toBe(0);
    const url = `${server.url}/${name}/_design/midad`;
    const installed = (await (await fetch(url, { headers: adminAuth() })).json()) as { _rev: string };
    const write = design
      ? fetch(url, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', ...adminAuth() },
          body: JSON.stringify({ ...design, _rev: installed._rev }),
        })
      : fetch(`${url}?rev=${installed._rev}`, { method: 'DELETE', headers: adminAuth() });
    expect((await write).status).toBeLessThan(300);
    return name;
  }
  /** The database's address with a newsroom member's credentials: check needs no admin. */
  const asEditor = (name: string) => {
    const url = new URL(`${server.url}/${name}`);
    url.username = encodeURIComponent(editor.name);
    url.password = encodeURIComponent(editor.password);
    return url.href;
  };

  it('check says the rules match after init, as any member may ask', async () => {
    const check = await midad(['server', 'check', asEditor(db)]);
    expect(check).toMatchObject({ code: 0, stderr: '' });
    expect(check.stdout).toContain("rules: up to date (version 2, this Midad's)");
  });

  it('an older Midad’s rules: check says out of date, init says it updated them, then they match', async () => {
    const name = await databaseWith(designDocVersion1());
    const before = await midad(['server', 'check', asEditor(name)]);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('rules: out of date (version 1;');
    expect(before.stdout).toContain('midad server init');
    const init = await midad(['server', 'init', `${server.adminUrl}/${name}`]);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('design document: updated (rules version 1 → 2)');
    const after = await midad(['server', 'check', asEditor(name)]);
    expect(after).toMatchObject({ code: 0 });
    expect(after.stdout).toContain('rules: up to date');
    expect((await midad(['server', 'init', `${server.adminUrl}/${name}`])).stdout).toContain(
      'design document: unchanged',
    );
  });

  it('version 2’s rules as the last Midad wrote them (saying version 1, no digest): current; init writes the rest', async () => {
    const { rulesDigest: _digest, ...lastMidads } = { ...designDocument(), midadVersion: 1 };
    const name = await databaseWith(lastMidads);
    expect((await midad(['server', 'check', asEditor(name)])).code).toBe(0);
    const init = await midad(['server', 'init', `${server.adminUrl}/${name}`]);
    expect(init.stdout).toContain(
      "design document: updated (rules version 2 unchanged; the document's version and digest written)",
    );
    const stored = (await (
      await fetch(`${server.url}/${name}/_design/midad`, { headers: adminAuth() })
    ).json()) as object;
    expect(stored).toMatchObject({ midadVersion: 2, rulesDigest: designDocument().rulesDigest });
  });

  it('a later Midad’s rules: init refuses and changes nothing; check says to update Midad', async () => {
    const name = await databaseWith(designDocFromLaterMidad(3));
    const url = `${server.url}/${name}/_design/midad`;
    const before = (await (await fetch(url, { headers: adminAuth() })).json()) as { _rev: string };
    const init = await midad(['server', 'init', `${server.adminUrl}/${name}`]);
    expect(init.code).toBe(1);
    expect(init.stderr).toContain("the server's rules are version 3, newer than this Midad's (2): nothing was changed");
    expect(((await (await fetch(url, { headers: adminAuth() })).json()) as { _rev: string })._rev).toBe(before._rev);
    const check = await midad(['server', 'check', asEditor(name)]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("rules: newer than this Midad's (version 3;");
  });

  it('no design document, or one without rules: said in a sentence, and init puts them back', async () => {
    const none = await databaseWith(null);
    const missing = await midad(['server', 'check', asEditor(none)]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('rules: none (midad server init never ran');
    const broken = await databaseWith({ _id: '_design/midad', language: 'javascript', views: {} });
    const unreadable = await midad(['server', 'check', asEditor(broken)]);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stdout).toContain('rules: the design document _design/midad cannot be read');
    const init = await midad(['server', 'init', `${server.adminUrl}/${broken}`]);
    expect(init.stdout).toContain('design document: updated (unreadable rules → version 2)');
    expect((await midad(['server', 'check', asEditor(broken)])).code).toBe(0);
    // Asked anonymously, or of a database that is not there: a sentence, not a crash.
    const anonymous = await midad(['server', 'check', `${server.url}/${none}`]);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toContain('The server asks who you are');
    const nowhere = await midad(['server', 'check', asEditor(uniqueDatabaseName('midad-none'))]);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toMatch(/There is no database midad-none-\S+ on this server|not a member/);
  });

  const tempDir = useTempDir('midad-rules-');
  /** An editor's archive syncing with the database `name`, as the desktop's engine does. */
  function editorDesk(name: string) {
    const archive = openArchive(join(tempDir(), `${name}.sqlite`));
    updateSettings(archive, { profile: { name: 'عمر', role: 'editor' } });
    const engine = createSyncEngine(archive, {
      databaseUrl: `${server.url}/${name}`,
      auth: { user: editor.name, password: editor.password },
    });
    return { archive, engine };
  }

  it('sync says an older Midad’s rules are out of date, goes on, and follows init without restarting', async () => {
    const name = await databaseWith(designDocVersion1());
    const { archive, engine } = editorDesk(name);
    const id = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'خبر للمراجعة' }).id;
    transitionArticle(archive, { id, baseVersion: getArticle(archive, id).version, to: 'submitted', note: '' });
    const first = await engine.runOnce();
    expect(engine.state().serverRules).toEqual({ state: 'older', version: 1 });
    expect(first).toMatchObject({ refused: 0, converged: true });
    // Reviewed and approved offline: one head from submitted to approved, which version 1 refuses.
    transitionArticle(archive, { id, baseVersion: getArticle(archive, id).version, to: 'in_review', note: '' });
    transitionArticle(archive, { id, baseVersion: getArticle(archive, id).version, to: 'approved', note: '' });
    expect((await engine.runOnce()).refused).toBeGreaterThan(0);
    expect(articleRefusal(archive, id)).toMatchObject({ refused: true, move: { from: 'submitted', to: 'approved' } });
    expect(getArticle(archive, id).status).toBe('approved');

    // The command line says it too, and syncs all the same.
    const cli = await midad(['sync', asEditor(name), '--once'], { MIDAD_DB: join(tempDir(), 'cli.sqlite') });
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/^pulled [1-9]\d*, pushed 0, conflicts 0/);
    expect(cli.stderr).toContain("midad sync: the server's rules: out of date (version 1;");
    expect((await midad(['server', 'init', `${server.adminUrl}/${name}`])).code).toBe(0);
    // The new design document comes in the changes feed: no restart, no extra request per round.
    await engine.runOnce();
    expect(engine.state().serverRules).toEqual({ state: 'current', version: 2 });
    retryRefused(archive, id);
    expect(await engine.runOnce()).toMatchObject({ refused: 0, converged: true });
    const head = (await (await fetch(`${server.url}/${name}/article:${id}`, { headers: adminAuth() })).json()) as {
      status: string;
    };
    expect(head.status).toBe('approved');
    archive.close();
  });

  it('sync goes on over a design document it cannot read, and says so', async () => {
    const name = await databaseWith({ _id: '_design/midad', language: 'javascript', views: {} });
    const { archive, engine } = editorDesk(name);
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'خبر' });
    const round = await engine.runOnce();
    expect(round).toMatchObject({ refused: 0, converged: true });
    expect(round.pushed).toBeGreaterThan(0);
    expect(engine.state()).toMatchObject({ phase: 'idle', error: null, serverRules: { state: 'malformed' } });
    archive.close();
  });
});
