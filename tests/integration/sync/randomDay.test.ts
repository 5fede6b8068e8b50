/**
 * A few fixed seeds of the random newsroom day (randomDay.ts) against one real server: three desks on real
 * archive files write, edit, move, comment, resolve, go offline and sync in the seed's order, then sync
 * until nothing moves, and every invariant of dayInvariants.ts must hold. The seeds were chosen so that
 * together they go through merges, resolutions, conflicts left open and a reporter's refused publish (checked
 * below, so a change to the schedule that stops exercising them fails here). Many seeds are run by hand:
 * `npx tsx tests/integration/sync/randomDay.ts --seeds 1-200`. The cases the day found, written out, run
 * here too, on the same server (each file of its own cost a server start-up, ~9 s under load).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../../db/articles';
import { transitionArticle } from '../../../db/review/statusChanges';
import { conflictVersions, resolveConflict } from '../../../db/sync/conflicts';
import { refusedArticles } from '../../../db/sync/refusals';
import { describeServer, startNewsroomServer, type NewsroomServer } from '../../helpers/newsroomServer';
import { useTempDir } from '../../helpers/tempDir';
import { BULK_ORDER_PEOPLE, bulkOrderCases } from './bulkOrder.cases';
import { CONFLICT_EDIT_PEOPLE, conflictEditOfflineCases } from './conflictEditOffline.cases';
import { dayDatabase, openDesks, serverDocs } from './dayDesks';
import { newsroomOn, type Newsroom } from './newsroom';
import { runDay, type DayOutcome } from './randomDay';

console.log(describeServer());

const SEEDS = [3, 9, 14, 24, 96, 121];
let server: NewsroomServer;
/** The database of the cases written out in files of their own (bulkOrder, conflictEditOffline). */
let room: Newsroom;
const days: DayOutcome[] = [];
const tempDir = useTempDir('midad-day-found-');

beforeAll(async () => {
  server = await startNewsroomServer();
  const people = new Map([...BULK_ORDER_PEOPLE, ...CONFLICT_EDIT_PEOPLE].map((p) => [p.name, p]));
  room = await newsroomOn(server, [...people.values()]);
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

describe(`a random newsroom day (${describeServer()})`, () => {
  for (const seed of SEEDS)
    it(`seed ${seed}: every invariant holds once the desks have synced`, async () => {
      const day = await runDay(server, seed);
      days.push(day);
      expect(day.broken, day.broken ?? '').toBeNull();
    });

  it('the seeds went through merges, resolutions, open conflicts and a refused publish', () => {
    const sum = (f: (d: DayOutcome) => number) => days.reduce((n, d) => n + f(d), 0);
    expect(days).toHaveLength(SEEDS.length);
    expect(sum((d) => d.log.merges)).toBeGreaterThan(0);
    expect(sum((d) => d.log.resolutions)).toBeGreaterThan(0);
    expect(sum((d) => d.log.openConflicts)).toBeGreaterThan(0);
    expect(sum((d) => d.log.rogues.filter((r) => r.discarded).length)).toBeGreaterThan(0);
  });
});

/**
 * A database of its own with the day's three desks, and a story the reporter (rana) wrote, submitted when asked,
 * that she and the editor (huda) have both synced: where each case found by the random day starts.
 */
async function storyOnTwoDesks(headline: string, { submitted }: { submitted: boolean }) {
  const { db, adminDb } = await dayDatabase(server);
  const desks = openDesks(tempDir(), db);
  const [rana, , huda] = desks;
  if (!rana || !huda) throw new Error('three desks');
  const { id } = createArticle(rana.archive, { ...NEW_ARTICLE_FIELDS, headline });
  if (submitted)
    transitionArticle(rana.archive, {
      id,
      baseVersion: getArticle(rana.archive, id).version,
      to: 'submitted',
      note: '',
    });
  await rana.engine.runOnce();
  await huda.engine.runOnce();
  return { desks, rana, huda, id, adminDb };
}

describe('found by the random day, written out', () => {
  it('an editor who reviews and approves offline: one head over two moves, accepted, each move an event', async () => {
    const { desks, rana, huda, id, adminDb } = await storyOnTwoDesks('خبر للمراجعة', { submitted: true });
    // Offline: two moves, then one push carries the head from submitted to approved.
    for (const to of ['in_review', 'approved'] as const)
      transitionArticle(huda.archive, { id, baseVersion: getArticle(huda.archive, id).version, to, note: '' });
    const round = await huda.engine.runOnce();
    expect(round.refused).toBe(0);
    expect(refusedArticles(huda.archive)).toBe(0);
    const docs = await serverDocs(adminDb);
    expect(docs.get(`article:${id}`)).toMatchObject({ status: 'approved' });
    const moves = [...docs.values()].filter((d) => d.type === 'event' && d.kind === 'status').map((d) => d.to);
    expect(moves.sort()).toEqual(['approved', 'in_review', 'submitted']);
    await rana.engine.runOnce();
    expect(getArticle(rana.archive, id).status).toBe('approved');
    for (const d of desks) d.archive.close();
  });

  it('a reporter’s edit made while the editor spiked the story merges with the spike; no refusal shown', async () => {
    const { desks, rana, huda, id, adminDb } = await storyOnTwoDesks('خبر', { submitted: false });
    saveArticle(rana.archive, id, getArticle(rana.archive, id).version, { headline: 'خبر منقح' }, new Date(), {
      kind: 'explicit',
    });
    transitionArticle(huda.archive, { id, baseVersion: getArticle(huda.archive, id).version, to: 'spiked', note: '' });
    await huda.engine.runOnce();
    // Her head goes over the _rev she last saw: pouchdb-server judged it as a move from spiked back to draft.
    const round = await rana.engine.runOnce();
    expect(round.refused).toBe(0);
    expect(refusedArticles(rana.archive)).toBe(0);
    expect(getArticle(rana.archive, id)).toMatchObject({ status: 'spiked', headline: 'خبر منقح', conflicted: false });
    expect((await serverDocs(adminDb)).get(`article:${id}`)).toMatchObject({ status: 'spiked' });
    await huda.engine.runOnce();
    expect(getArticle(huda.archive, id)).toMatchObject({ status: 'spiked', headline: 'خبر منقح' });
    for (const d of desks) d.archive.close();
  });

  it('a reporter keeping the editor’s spiked version keeps the server’s status, and the server accepts it (seed 178)', async () => {
    const { desks, rana, huda, id, adminDb } = await storyOnTwoDesks('خبر', { submitted: true });
    // Apart: the reporter rewrites the headline; the editor rewrites it too and spikes the story.
    saveArticle(rana.archive, id, getArticle(rana.archive, id).version, { headline: 'عنوان رنا' }, new Date(), {
      kind: 'explicit',
    });
    saveArticle(huda.archive, id, getArticle(huda.archive, id).version, { headline: 'عنوان هدى' }, new Date(), {
      kind: 'explicit',
    });
    transitionArticle(huda.archive, { id, baseVersion: getArticle(huda.archive, id).version, to: 'spiked', note: '' });
    await rana.engine.runOnce();
    // The editor's desk finds the conflict; its head keeps the server's status (submitted), both versions.
    await huda.engine.runOnce();
    await rana.engine.runOnce();
    expect(getArticle(rana.archive, id).conflicted).toBe(true);
    expect((await serverDocs(adminDb)).get(`article:${id}`)).toMatchObject({ status: 'submitted', conflicted: true });
    // The editor could keep her spike; the reporter may not spike, so keeping it keeps "submitted".
    const forHuda = conflictVersions(huda.archive, id, huda.person.name);
    expect(forHuda.find((v) => v.fields.status === 'spiked')?.resolvedStatus).toBe('spiked');
    const versions = conflictVersions(rana.archive, id, rana.person.name);
    const hudas = versions.find((v) => v.fields.status === 'spiked');
    expect(hudas).toMatchObject({ fields: { headline: 'عنوان هدى' }, resolvedStatus: 'submitted' });
    expect(versions.find((v) => v !== hudas)?.resolvedStatus).toBe('submitted');
    resolveConflict(
      rana.archive,
      id,
      hudas!.fields,
      rana.person.name,
      new Date(),
      versions.map((v) => v.revId),
    );
    expect(getArticle(rana.archive, id)).toMatchObject({ headline: 'عنوان هدى', status: 'submitted' });
    const round = await rana.engine.runOnce();
    expect(round.refused).toBe(0);
    expect(refusedArticles(rana.archive)).toBe(0);
    expect((await serverDocs(adminDb)).get(`article:${id}`)).toMatchObject({
      status: 'submitted',
      conflicted: false,
    });
    await huda.engine.runOnce();
    expect(getArticle(huda.archive, id)).toMatchObject({
      headline: 'عنوان هدى',
      status: 'submitted',
      conflicted: false,
    });
    for (const d of desks) d.archive.close();
  });
});

// Found by the random day and written out in files of their own, run here on this file's server.
bulkOrderCases(() => room, tempDir);
conflictEditOfflineCases(() => room, tempDir);
