/**
 * A seeded random newsroom day against the real server: three desks (two reporters, the chief) write, edit,
 * move, comment, resolve, go offline and come back, and sync (push, pull or both) in the schedule's order;
 * then every desk syncs until nothing moves, a reporter's refused publish is replaced by the server's version
 * (the person's choice the header offers), and the invariants of dayInvariants.ts are checked.
 *
 *   npx tsx tests/integration/sync/randomDay.ts --seeds 1-200 [--steps 60] [--shrink] [--trace]
 *
 * prints one line per seed (pass, or the first broken invariant) and, with --shrink, the smallest schedule
 * found that still breaks it; --trace prints every step and what its desk then holds. randomDay.test.ts runs a few fixed seeds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getArticle } from '../../../db/articles';
import { listRevisions } from '../../../db/revisionStore';
import { articleRefusal } from '../../../db/sync/refusalActions';
import { getHeads } from '../../../db/sync/store';
import { startNewsroomServer, type NewsroomServer } from '../../helpers/newsroomServer';
import { dayDatabase, openDesks, serverDocs, type DayLog, type Desk } from './dayDesks';
import { INVARIANTS } from './dayInvariants';
import { describeStep, parseSeeds, scheduleFor, type Step } from './daySchedule';
import { fieldText, runStep } from './daySteps';

export const DAY_STEPS = 60;
/** Passes of every desk syncing at the end; a day that still moves after these has not converged. */
const SETTLE_PASSES = 8;
const DISCARD_LABEL = 'رفضه الخادم';

export interface DayOutcome {
  seed: number;
  /** `invariant: what broke`, naming the step where that helps; null when everything held. */
  broken: string | null;
  log: DayLog;
}

/** The end of the day: everyone online, syncing until a whole pass moves nothing. */
async function settle(desks: Desk[], log: DayLog): Promise<string | null> {
  for (const d of desks) d.online = true;
  for (let pass = 0; pass < SETTLE_PASSES; pass += 1) {
    let moved = 0;
    for (const d of desks) {
      const round = await d.engine.runOnce();
      moved += round.pulled + round.pushed;
    }
    if (pass === 0) {
      const broken = await refusalsShownThenDiscarded(desks, log);
      if (broken) return broken;
      continue;
    }
    if (moved === 0) return null;
  }
  return `sync converges: still moving after ${SETTLE_PASSES} passes`;
}

/**
 * Every reporter's publish is refused and the refusal shown on their desk (or was absorbed into a conflict
 * there, which sends the server's status); then the person takes the server's version, as the header offers.
 * What that replaces on their desk is kept in its history (checked), so their own edits there are not lost.
 */
async function refusalsShownThenDiscarded(desks: Desk[], log: DayLog): Promise<string | null> {
  for (const rogue of log.rogues) {
    const desk = desks[rogue.ws] as Desk;
    const refusal = articleRefusal(desk.archive, rogue.articleId);
    // Not a move when an editor had published it too (the server's status already is published): nothing to refuse.
    const editorPublished = log.editorMoves.has(`${rogue.articleId}:published`);
    if (!refusal.refused && !editorPublished && getArticle(desk.archive, rogue.articleId).status === 'published')
      if (!getArticle(desk.archive, rogue.articleId).conflicted)
        return `roles held by the server: desk ${rogue.ws}'s publish of ${rogue.articleId} (step ${rogue.step}) is not shown as refused (heads ${JSON.stringify(getHeads(desk.archive, rogue.articleId))}; the server's ${JSON.stringify(await desk.client.getDocs([`article:${rogue.articleId}`]))})`;
  }
  for (const [i, desk] of desks.entries()) {
    const refused = (
      desk.archive.prepare('SELECT article_id FROM sync_heads WHERE dirty = 2 ORDER BY article_id').all() as Array<{
        article_id: string;
      }>
    ).map((r) => r.article_id);
    for (const id of refused) {
      const rogue = log.rogues.find((r) => r.ws === i && r.articleId === id);
      if (rogue) rogue.discarded = true;
      else {
        const { move } = articleRefusal(desk.archive, id);
        log.otherRefusals.push(`desk ${i} (${desk.person.role}): ${id} ${move ? `${move.from} → ${move.to}` : ''}`);
      }
      const before = getArticle(desk.archive, id);
      await desk.engine.discardRefused(id, DISCARD_LABEL);
      const kept = listRevisions(desk.archive, id, 500, 0).items.find((r) => r.label === DISCARD_LABEL);
      if (!kept) return `no edit lost: desk ${i}'s refused text of ${id} was not kept in its history`;
      // This desk's own edits the discarded text held are in that history revision: not lost, set aside.
      for (const e of log.edits)
        if (e.ws === i && e.articleId === id && !e.supersededBy && fieldText(before, e.field).includes(e.token))
          e.supersededBy = `kept in history when desk ${i} took the server's version`;
    }
  }
  return null;
}

/** After each step, one line: the step and what its desk then holds (status, conflicted, heads, dirty). */
function traceStep(desk: Desk, step: Step, index: number, log: DayLog): void {
  const states = log.articles.flatMap((id) => {
    const heads = getHeads(desk.archive, id);
    if (!heads) return [];
    const a = getArticle(desk.archive, id);
    return [
      `${id.slice(0, 4)}:${a.status}${a.conflicted ? '!' : ''}/${heads.heads.length}h/d${heads.dirty}/${heads.remoteStatus ?? '-'}`,
    ];
  });
  console.log(`  ${describeStep(step, index)} ${desk.online ? '' : '(offline) '}→ ${states.join(' ')}`);
}

export async function runDay(
  server: NewsroomServer,
  seed: number,
  steps?: readonly Step[],
  trace = false,
): Promise<DayOutcome> {
  const schedule = steps ?? scheduleFor(seed, DAY_STEPS);
  const log: DayLog = {
    seed,
    articles: [],
    edits: [],
    comments: [],
    editorMoves: new Set(),
    rogues: [],
    skipped: 0,
    otherRefusals: [],
    resolutions: 0,
    merges: 0,
    openConflicts: 0,
  };
  const dir = mkdtempSync(join(tmpdir(), 'midad-day-'));
  const { db, adminDb } = await dayDatabase(server);
  const desks = openDesks(dir, db);
  const outcome = (broken: string | null): DayOutcome => ({ seed, broken: broken && `seed ${seed}: ${broken}`, log });
  try {
    for (const [index, step] of schedule.entries()) {
      try {
        await runStep(desks[step.ws] as Desk, step, index, log);
        if (trace) traceStep(desks[step.ws] as Desk, step, index, log);
      } catch (error) {
        return outcome(`step ${describeStep(step, index)} failed: ${(error as Error).stack ?? String(error)}`);
      }
    }
    const unsettled = await settle(desks, log);
    if (unsettled) return outcome(unsettled);
    const count = (sql: string) => ((desks[0] as Desk).archive.prepare(sql).get() as { n: number }).n;
    log.merges = count("SELECT count(*) AS n FROM sync_revisions WHERE label = 'merge'");
    log.openConflicts = count('SELECT count(*) AS n FROM articles WHERE conflicted = 1');
    const docs = await serverDocs(adminDb);
    for (const [name, check] of INVARIANTS) {
      const broken = check(desks, log, docs);
      if (broken) return outcome(`${name}: ${broken}`);
    }
    return outcome(null);
  } finally {
    for (const d of desks) d.archive.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The broken invariant's name, to tell a shrunk schedule that breaks something else from one that still fails. */
const invariantOf = (broken: string) => broken.replace(/^seed \d+: /, '').split(':')[0];

/** Takes steps out one at a time, from the end, keeping each removal after which the same invariant breaks. */
export async function shrink(
  server: NewsroomServer,
  seed: number,
  broken: string,
  length = DAY_STEPS,
): Promise<Step[]> {
  let steps = scheduleFor(seed, length);
  const want = invariantOf(broken);
  // Passes until one removes nothing: a step kept early may be removable once later ones are gone.
  for (let removed = true; removed;) {
    removed = false;
    for (let i = steps.length - 1; i >= 0; i -= 1) {
      const fewer = steps.filter((_, j) => j !== i);
      const again = await runDay(server, seed, fewer);
      if (again.broken && invariantOf(again.broken) === want) {
        steps = fewer;
        removed = true;
      }
    }
  }
  return steps;
}

async function main(argv: string[]): Promise<number> {
  const arg = (name: string) => argv[argv.indexOf(name) + 1];
  const seeds = parseSeeds(argv.includes('--seeds') ? (arg('--seeds') ?? '1-20') : '1-20');
  const length = argv.includes('--steps') ? Number.parseInt(arg('--steps') ?? '', 10) || DAY_STEPS : DAY_STEPS;
  const server = await startNewsroomServer();
  let failed = 0;
  const started = Date.now();
  try {
    for (const seed of seeds) {
      const t0 = Date.now();
      const day = await runDay(server, seed, scheduleFor(seed, length), argv.includes('--trace'));
      const { edits, rogues, resolutions, merges, openConflicts, skipped } = day.log;
      const what = `${edits.length} edits, ${merges} merges, ${resolutions} resolved, ${openConflicts} left conflicted, ${rogues.length} refused publishes, ${skipped} skipped`;
      console.log(`seed ${seed}: ${day.broken ? 'FAIL' : 'pass'} (${Date.now() - t0} ms; ${what})`);
      if (day.log.otherRefusals.length) console.log(`  other refusals: ${day.log.otherRefusals.join('; ')}`);
      if (!day.broken) continue;
      failed += 1;
      console.log(`  ${day.broken}`);
      if (argv.includes('--shrink')) {
        const steps = await shrink(server, seed, day.broken, length);
        console.log(`  shrunk to ${steps.length} steps:`);
        for (const [i, s] of steps.entries()) console.log(`    ${describeStep(s, i)}`);
        console.log(`  then: ${(await runDay(server, seed, steps)).broken ?? 'passed (flaky?)'}`);
      }
    }
  } finally {
    await server.stop();
  }
  console.log(
    `${seeds.length - failed} of ${seeds.length} seeds passed in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
