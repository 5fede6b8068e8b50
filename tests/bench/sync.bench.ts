/**
 * `npm run bench -- --only sync`: against pouchdb-server on 127.0.0.1 (or MIDAD_TEST_COUCHDB),
 * - one saved article from A to B's archive with live sync on both: p50/p95 over 50 saves (target p95 ≤ 1 s);
 * - initial sync of 10,000 articles into an empty archive (target ≤ 60 s): articles/s, bytes received,
 *   peak memory (RSS of this process, which runs the engine);
 * - 100 changes made on A, pulled incrementally by that archive (target ≤ 2 s).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createArticle, getArticle, saveArticle } from '../../db/articles';
import type { Archive } from '../../db/archive';
import { ArticleGenerator } from './arabicCorpus';
import { round, type BenchSuite, type Figure } from './harness';
import { engineFor, openWorkstation, startNewsroom, type Person } from '../integration/sync/newsroom';
import { liveFigures } from './syncLive';
import { loadFigures } from './syncLoad';

const amal: Person = { name: 'amal', password: 'qalam-1', role: 'editor' };
const badr: Person = { name: 'badr', password: 'waraq-2', role: 'journalist' };
const camila: Person = { name: 'camila', password: 'huruf-3', role: 'journalist' };

function progress(text: string): void {
  console.log(`  sync: ${text}`);
}

/** A fetch to the real server that counts the bytes of every answer. */
function byteCounter() {
  const count = { bytes: 0 };
  const wrapped: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const body = await response.arrayBuffer();
    count.bytes += body.byteLength;
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  return { count, fetch: wrapped };
}

function seed(archive: Archive, count: number): string[] {
  const generator = new ArticleGenerator(15);
  const ids: string[] = [];
  archive.transaction(() => {
    for (let i = 0; i < count; i++) ids.push(createArticle(archive, generator.next().fields).id);
  })();
  return ids;
}

export const syncBench: BenchSuite = {
  name: 'sync',
  async run({ quick }) {
    const figures: Figure[] = [];
    const newsroom = await startNewsroom([amal, badr, camila]);
    const dir = mkdtempSync(join(tmpdir(), 'midad-bench-sync-'));
    progress(`server: ${newsroom.server.kind}`);
    try {
      // 1. Live: a save on A reaches B's archive.
      figures.push(...(await liveFigures(newsroom, dir, { a: amal, b: badr }, quick, progress)));

      // 2. Initial sync of N articles into an empty archive.
      const total = quick ? 1_000 : 10_000;
      const a = openWorkstation(dir, 'a.sqlite', amal);
      const ids = seed(a, total);
      let start = performance.now();
      await engineFor(newsroom, a, amal).runOnce();
      progress(`seeded ${total} articles on the server in ${round((performance.now() - start) / 1000)} s (push)`);
      const c = openWorkstation(dir, 'c.sqlite', camila);
      const counter = byteCounter();
      let peak = process.memoryUsage().rss;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
      const rssBefore = process.memoryUsage().rss;
      start = performance.now();
      const initial = await engineFor(newsroom, c, camila, { fetch: counter.fetch }).runOnce();
      const seconds = (performance.now() - start) / 1000;
      clearInterval(sampler);
      const articles = (c.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
      progress(`initial sync: ${articles} articles in ${round(seconds)} s (${initial.pulled} documents)`);
      figures.push(
        { name: `initial sync of ${total} articles`, value: round(seconds), unit: 's', target: '≤ 60 s' },
        { name: 'initial sync rate', value: round(articles / seconds), unit: 'articles/s' },
        { name: 'initial sync bytes received', value: round(counter.count.bytes / 1024 / 1024), unit: 'MB' },
        {
          name: 'initial sync archive size',
          value: round(statSync(join(dir, 'c.sqlite')).size / 1024 / 1024),
          unit: 'MB',
        },
        { name: 'initial sync peak RSS', value: round(peak / 1024 / 1024), unit: 'MB' },
        { name: 'initial sync RSS growth', value: round((peak - rssBefore) / 1024 / 1024), unit: 'MB' },
      );

      // 3. 100 changes made on A, pulled incrementally by C.
      const changed = ids.slice(0, 100);
      for (const [i, articleId] of changed.entries())
        saveArticle(a, articleId, getArticle(a, articleId).version, { standfirst: `تحديث ${i}` }, new Date(), {
          kind: 'explicit',
        });
      await engineFor(newsroom, a, amal).runOnce();
      start = performance.now();
      const incremental = await engineFor(newsroom, c, camila).runOnce();
      const incrementalMs = performance.now() - start;
      progress(`100 changes: ${round(incrementalMs)} ms (${incremental.pulled} documents)`);
      figures.push({ name: '100 changes incremental', value: round(incrementalMs), unit: 'ms', target: '≤ 2000 ms' });
      a.close();
      c.close();

      // 4. Search and the event loop on an archive of N articles, idle and while N more are pulled into it.
      figures.push(...(await loadFigures(newsroom, dir, camila, total, progress)));
    } finally {
      await newsroom.server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    return figures;
  },
};
