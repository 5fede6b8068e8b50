/**
 * Search and typing while sync runs ("search and typing figures unchanged while sync runs"). The
 * engine runs in the main process, which also answers the renderer's IPC (search, every keystroke's save),
 * so what a person feels is the main event loop: a search asked while a pulled batch is being applied waits
 * for it. Measured on an archive of N articles, idle and while an initial pull of N more runs into it:
 * - search latency as a person sees it: from the moment it is asked (every 100 ms, a search box's pace)
 *   to its answer, waiting for the loop included;
 * - the event loop's delay (perf_hooks monitorEventLoopDelay), which every IPC message waits out.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createArticle } from '../../db/articles';
import type { Archive } from '../../db/archive';
import { searchArticles } from '../../db/search/search';
import { createCouchClient } from '../../db/sync/couch';
import { pull } from '../../db/sync/pull';
import { SearchRequestSchema } from '../../core/search/schema';
import { ArticleGenerator } from './arabicCorpus';
import { BENCH_QUERIES } from './archive.bench';
import { percentile, round, type Figure } from './harness';
import { openWorkstation, type Newsroom, type Person } from '../integration/sync/newsroom';

const PACE_MS = 100;

/** Searches at a person's pace until `done` says stop (and at least `min` of them); each one's wait + work. */
async function searchAtPace(archive: Archive, done: () => boolean, min: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; !done() || samples.length < min; i++) {
    const asked = performance.now() + PACE_MS;
    await new Promise((r) => setTimeout(r, PACE_MS));
    const query = BENCH_QUERIES[i % BENCH_QUERIES.length] as string;
    searchArticles(archive, SearchRequestSchema.parse({ query }));
    samples.push(performance.now() - asked);
  }
  return samples;
}

/** Runs `work` with the event loop's delay recorded: p50/p99/max in milliseconds. */
async function withLoopDelay<T>(work: () => Promise<T>) {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  try {
    const value = await work();
    return {
      value,
      p50: histogram.percentile(50) / 1e6,
      p99: histogram.percentile(99) / 1e6,
      max: histogram.max / 1e6,
    };
  } finally {
    histogram.disable();
  }
}

export async function loadFigures(
  newsroom: Newsroom,
  dir: string,
  person: Person,
  total: number,
  progress: (text: string) => void,
): Promise<Figure[]> {
  const archive = openWorkstation(dir, 'searching.sqlite', person);
  const generator = new ArticleGenerator(71);
  archive.transaction(() => {
    for (let i = 0; i < total; i++) createArticle(archive, generator.next().fields);
  })();
  for (const query of BENCH_QUERIES) searchArticles(archive, SearchRequestSchema.parse({ query })); // warm

  const idle = await withLoopDelay(() => searchAtPace(archive, () => true, 50));
  const client = createCouchClient(newsroom.db, { user: person.name, password: person.password });
  let pulling = true;
  const start = performance.now();
  const busy = await withLoopDelay(async () => {
    const pulled = pull(archive, client, { user: person.name, authorName: person.name }, () => new Date()).finally(
      () => (pulling = false),
    );
    const searches = await searchAtPace(archive, () => !pulling, 10);
    return { searches, pulled: await pulled };
  });
  const seconds = (performance.now() - start) / 1000;
  const count = (archive.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  archive.close();

  const p95 = (samples: number[]) => round(percentile(samples, 95));
  progress(
    `search on ${total} articles, p95: idle ${p95(idle.value)} ms, during a pull of ${busy.value.pulled.pulled} documents ${p95(busy.value.searches)} ms (${round(seconds)} s, ${count} articles after)`,
  );
  progress(
    `event-loop delay: idle p99 ${round(idle.p99)} ms max ${round(idle.max)} ms; pulling p99 ${round(busy.p99)} ms max ${round(busy.max)} ms`,
  );
  return [
    { name: `search p95 on ${total} articles, idle`, value: p95(idle.value), unit: 'ms' },
    { name: `search p95 on ${total} articles, while pulling ${total}`, value: p95(busy.value.searches), unit: 'ms' },
    { name: 'search max while pulling', value: round(Math.max(...busy.value.searches)), unit: 'ms' },
    { name: 'event-loop delay p99, idle', value: round(idle.p99), unit: 'ms' },
    { name: 'event-loop delay p99, while pulling', value: round(busy.p99), unit: 'ms' },
    { name: 'event-loop delay max, while pulling', value: round(busy.max), unit: 'ms' },
    { name: 'pull under search', value: round(seconds), unit: 's' },
  ];
}
