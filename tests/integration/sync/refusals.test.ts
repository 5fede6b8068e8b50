/**
 * A change the newsroom server refused, through the API the desktop and the bridge call (validated in and
 * out, as a transport does), against the real server: a revision over the server's size limit is refused
 * alone while the rest of its batch goes, and is sent again on request once the limit allows it; a move the
 * person's role may not make is either replaced by the server's version (the local text kept in history) or
 * sent again after an editor changed their role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName, MidadService, RequestIn } from '../../../core/api/contract';
import { dispatch, unwrap } from '../../../core/api/envelope';
import { articleDocId } from '../../../core/sync/documents';
import { stateFromParagraphs } from '../../../core/richtext/lexicalState';
import type { Archive } from '../../../db/archive';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../../db/articles';
import { listRevisions } from '../../../db/revisionStore';
import { createArchiveService } from '../../../db/service/archiveService';
import { addUser } from '../../../db/sync/serverAdmin';
import { createNewsroomService, memoryVault } from '../../../db/sync/newsroomService';
import { syncEngineFactory } from '../../../db/sync/newsroomEngine';
import { describeServer, setServerConfig } from '../../helpers/newsroomServer';
import { useTempDir } from '../../helpers/tempDir';
import { openWorkstation, serverDoc, startNewsroom, type Newsroom, type Person } from './newsroom';

console.log(describeServer());

const amal: Person = { name: 'amal', password: 'qalam-1', role: 'editor' };
const badr: Person = { name: 'badr', password: 'waraq-2', role: 'journalist' };
const dalia: Person = { name: 'dalia', password: 'hibr-3', role: 'journalist' };
let newsroom: Newsroom;
const tempDir = useTempDir('midad-refusals-');

beforeAll(async () => {
  newsroom = await startNewsroom([amal, badr, dalia]);
}, 120_000);
afterAll(async () => {
  await newsroom?.server.stop();
});

interface Desk {
  archive: Archive;
  service: MidadService;
  close(): Promise<void>;
}

/** A workstation signed in through the API, its engine live, as the desktop runs it. */
async function desk(person: Person): Promise<Desk> {
  const archive = openWorkstation(tempDir(), `${person.name}.sqlite`, person);
  const newsroomService = createNewsroomService(archive, { vault: memoryVault(), engine: syncEngineFactory });
  const service = createArchiveService(archive, { newsroom: newsroomService });
  const signedIn = await call(service, 'newsroom.signIn', {
    databaseUrl: newsroom.db,
    user: person.name,
    password: person.password,
  });
  expect(signedIn).toMatchObject({ ok: true });
  return {
    archive,
    service,
    close: async () => {
      await newsroomService.close();
      archive.close();
    },
  };
}

async function call<M extends MethodName>(service: MidadService, method: M, request: RequestIn<M>) {
  return unwrap(method, await dispatch(service, method, request, (e) => console.error(e)));
}

async function until(check: () => Promise<boolean> | boolean, what: string): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > 20_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const serverHas = async (id: string) => (await serverDoc(newsroom, articleDocId(id))) !== null;
const serverStatus = async (id: string) => (await serverDoc(newsroom, articleDocId(id)))?.status;
const refusedOn = async (d: Desk) => (await call(d.service, 'newsroom.status', {})).refused;

describe('a change the server refuses', () => {
  it('over the size limit: refused alone, the rest of the batch goes; sent again once the limit allows', async () => {
    // A long body, about 400 KB of Lexical JSON, against a limit of 300 KB.
    const long = stateFromParagraphs(Array.from({ length: 400 }, (_, i) => `فقرة ${i} `.repeat(60)));
    const restore = await setServerConfig(newsroom.server, 'max_document_size', '300000');
    const a = await desk(amal);
    try {
      const small = createArticle(a.archive, { ...NEW_ARTICLE_FIELDS, headline: 'خبر قصير' });
      const large = createArticle(a.archive, { ...NEW_ARTICLE_FIELDS, headline: 'ملف طويل', body: long });
      await until(async () => (await refusedOn(a)) === 1, 'the long article refused');
      await until(() => serverHas(small.id), 'the short article on the server');
      expect(await serverHas(large.id)).toBe(false);
      expect(await call(a.service, 'newsroom.refusal', { id: large.id })).toEqual({
        refused: true,
        tooLarge: true,
        move: null,
        serverStatus: null,
      });
      expect(await call(a.service, 'newsroom.refusal', { id: small.id })).toMatchObject({ refused: false });
      // The server has no version to take: refused in words, the article untouched.
      await expect(call(a.service, 'newsroom.discardRefused', { id: large.id, label: 'kept' })).rejects.toMatchObject({
        code: 'sync_no_server_version',
      });
      expect(getArticle(a.archive, large.id).headline).toBe('ملف طويل');
      await restore();
      expect((await call(a.service, 'newsroom.retryRefused', { id: large.id })).refused).toBe(0);
      await until(() => serverHas(large.id), 'the long article sent again');
      expect(await refusedOn(a)).toBe(0);
    } finally {
      await restore();
      await a.close();
    }
  });

  it('a move the role may not make: taking the server’s version keeps mine in the history', async () => {
    const b = await desk(badr);
    try {
      const { id } = createArticle(b.archive, { ...NEW_ARTICLE_FIELDS, headline: 'مسودة الصحفي' });
      await until(async () => (await serverStatus(id)) === 'draft', 'the draft on the server');
      const draft = getArticle(b.archive, id);
      saveArticle(b.archive, id, draft.version, { status: 'published', headline: 'نشرته بنفسي' }, new Date(), {
        kind: 'explicit',
      });
      await until(async () => (await refusedOn(b)) === 1, 'the publish refused');
      expect(await call(b.service, 'newsroom.refusal', { id })).toEqual({
        refused: true,
        tooLarge: false,
        move: { from: 'draft', to: 'published' },
        serverStatus: 'draft',
      });
      const taken = await call(b.service, 'newsroom.discardRefused', { id, label: 'refused by the server' });
      expect(taken).toMatchObject({ status: 'draft', headline: 'مسودة الصحفي', conflicted: false });
      expect(taken.version).toBeGreaterThan(draft.version + 1);
      const kept = listRevisions(b.archive, id, 50, 0).items.find((r) => r.label === 'refused by the server');
      expect(kept).toMatchObject({ kind: 'copy', headline: 'نشرته بنفسي' });
      expect(await call(b.service, 'newsroom.refusal', { id })).toMatchObject({ refused: false });
      expect(await refusedOn(b)).toBe(0);
      // Nothing is stuck: the next save goes to the server as usual.
      saveArticle(b.archive, id, taken.version, { headline: 'مسودة منقحة' }, new Date(), { kind: 'explicit' });
      await until(async () => (await call(b.service, 'newsroom.status', {})).sync.pending === 0, 'the save sent');
      expect(await serverStatus(id)).toBe('draft');
      expect(await refusedOn(b)).toBe(0);
    } finally {
      await b.close();
    }
  });

  it('a move the role may not make: sent again once an editor has changed the role, it is accepted', async () => {
    const d = await desk(dalia);
    try {
      const { id } = createArticle(d.archive, { ...NEW_ARTICLE_FIELDS, headline: 'قبل الترقية' });
      await until(async () => (await serverStatus(id)) === 'draft', 'the draft on the server');
      saveArticle(d.archive, id, getArticle(d.archive, id).version, { status: 'spiked' }, new Date(), {
        kind: 'explicit',
      });
      await until(async () => (await refusedOn(d)) === 1, 'the spike refused');
      // Sent again while nothing changed: refused again, nothing lost.
      expect((await call(d.service, 'newsroom.retryRefused', { id })).refused).toBe(0);
      await until(async () => (await refusedOn(d)) === 1, 'refused again');
      // Spiking is an editor's move (core/review/workflow.ts). An editor's role from now on; her session learns it at its next check, or at once by signing in.
      await addUser(newsroom.adminDb, dalia.name, 'editor', null);
      await call(d.service, 'newsroom.signIn', {
        databaseUrl: newsroom.db,
        user: dalia.name,
        password: dalia.password,
      });
      await call(d.service, 'newsroom.retryRefused', { id });
      await until(async () => (await serverStatus(id)) === 'spiked', 'the spike accepted');
      expect(await refusedOn(d)).toBe(0);
      expect(getArticle(d.archive, id).status).toBe('spiked');
    } finally {
      await d.close();
    }
  });
});
