/**
 * The live part of the sync bench: one saved article from A to B's archive with live sync on both, timed end
 * to end and step by step through the engine's trace (db/sync/trace.ts): when A's live loop saw the save,
 * when A's push was done, when the `_changes` page that completed it reached B, when B committed it, and
 * when B's archive showed it.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createArticle, getArticle, saveArticle } from '../../db/articles';
import type { SyncTraceStep } from '../../db/sync/trace';
import { ArticleGenerator } from './arabicCorpus';
import { percentile, round, type Figure } from './harness';
import { engineFor, openWorkstation, type Newsroom, type Person } from '../integration/sync/newsroom';

type Mark = SyncTraceStep & { at: number };

async function until(check: () => boolean, limitMs: number): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > limitMs) throw new Error('timed out waiting for sync');
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** Milliseconds from the save to each step, for one save that started at `t0` and showed on B at `end`. */
function stepsOf(t0: number, end: number, a: readonly Mark[], b: readonly Mark[]) {
  const within = (m: Mark) => m.at >= t0 && m.at <= end;
  const first = (marks: readonly Mark[], test: (m: Mark) => boolean) => marks.find((m) => within(m) && test(m));
  const last = (marks: readonly Mark[], test: (m: Mark) => boolean) =>
    [...marks].reverse().find((m) => within(m) && test(m));
  const since = (m: Mark | undefined) => (m ? m.at - t0 : Number.NaN);
  return {
    seen: since(first(a, (m) => m.step === 'seen')),
    pushed: since(first(a, (m) => m.step === 'pushed' && m.documents > 0)),
    page: since(last(b, (m) => m.step === 'page' && m.results > 0)),
    applied: since(last(b, (m) => m.step === 'applied' && m.documents > 0)),
    shown: end - t0,
  };
}

export async function liveFigures(
  newsroom: Newsroom,
  dir: string,
  people: { a: Person; b: Person },
  quick: boolean,
  progress: (text: string) => void,
): Promise<Figure[]> {
  const a = openWorkstation(dir, 'live-a.sqlite', people.a);
  const b = openWorkstation(dir, 'live-b.sqlite', people.b);
  const marksA: Mark[] = [];
  const marksB: Mark[] = [];
  const liveA = engineFor(newsroom, a, people.a, {
    trace: (s: SyncTraceStep) => marksA.push({ ...s, at: performance.now() }),
  });
  const liveB = engineFor(newsroom, b, people.b, {
    trace: (s: SyncTraceStep) => marksB.push({ ...s, at: performance.now() }),
  });
  const { id } = createArticle(a, new ArticleGenerator(15).next().fields);
  await liveA.runOnce();
  await liveB.runOnce();
  liveA.startLive();
  liveB.startLive();
  await new Promise((r) => setTimeout(r, 300));
  const load = loadavg()[0] as number;
  const samples: Array<ReturnType<typeof stepsOf>> = [];
  const errors: string[] = [];
  const noteErrors = (who: string) => (s: { error: null | { code: string } }) => {
    if (s.error) errors.push(`${who}: ${s.error.code}`);
  };
  liveA.onState(noteErrors('A'));
  liveB.onState(noteErrors('B'));
  for (let i = 0; i < (quick ? 15 : 50); i++) {
    const headline = `عنوان محدّث ${i}`;
    const t0 = performance.now();
    saveArticle(a, id, getArticle(a, id).version, { headline }, new Date(), { kind: 'explicit' });
    await until(() => getArticle(b, id).headline === headline, 30_000);
    samples.push(stepsOf(t0, performance.now(), marksA, marksB));
  }
  await liveA.stop();
  await liveB.stop();
  a.close();
  b.close();
  const loadAfter = loadavg()[0] as number;

  const at = (key: keyof (typeof samples)[number], p: number) =>
    round(
      percentile(
        samples.map((s) => s[key]).filter((v) => !Number.isNaN(v)),
        p,
      ),
    );
  const shown = samples.map((s) => s.shown);
  const worst = samples.reduce((w, s) => (s.shown > w.shown ? s : w));
  progress(
    `live A → B (load ${loadavg()[0]?.toFixed(1)}): p50 ${at('shown', 50)} ms, p95 ${at('shown', 95)} ms, max ${round(Math.max(...shown))} ms`,
  );
  progress(
    `  p50 steps from the save: A saw it ${at('seen', 50)}, A pushed ${at('pushed', 50)}, B's page ${at('page', 50)}, B applied ${at('applied', 50)}, shown ${at('shown', 50)} ms`,
  );
  progress(
    `  slowest: A saw it ${round(worst.seen)}, A pushed ${round(worst.pushed)}, B's page ${round(worst.page)}, B applied ${round(worst.applied)}, shown ${round(worst.shown)} ms`,
  );
  if (errors.length > 0) progress(`  the engines reported: ${errors.join(', ')}`);
  return [
    { name: 'load average (1 min) during live', value: round(Math.max(load, loadAfter)), unit: '' },
    { name: 'live save A → B p50', value: at('shown', 50), unit: 'ms' },
    { name: 'live save A → B p95', value: at('shown', 95), unit: 'ms', target: '≤ 1000 ms' },
    { name: 'live save A → B max', value: round(Math.max(...shown)), unit: 'ms' },
    { name: 'live p50: A saw the save', value: at('seen', 50), unit: 'ms' },
    { name: 'live p50: A pushed it', value: at('pushed', 50), unit: 'ms' },
    { name: "live p50: B's _changes page", value: at('page', 50), unit: 'ms' },
    { name: 'live p50: B applied it', value: at('applied', 50), unit: 'ms' },
    { name: 'live p95: A pushed it', value: at('pushed', 95), unit: 'ms' },
    { name: 'live p95: B applied it', value: at('applied', 95), unit: 'ms' },
    { name: 'live engine failures', value: errors.length, unit: '' },
  ];
}
