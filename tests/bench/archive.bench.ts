/**
 * The archive at newsroom scale: import, file size, search, list, open and save on a generated
 * archive of 100,000 articles (5,000 with --quick), and the same searches as a naive LIKE scan and as a raw
 * FTS5 query on the unnormalised text (the floor an index without Arabic folding would cost), both ranking
 * every match and, like Midad, ranking the newest RANK_WINDOW matches.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { createArticle, getArticle, listArticles, saveArticle } from '../../db/articles';
import { searchArticles } from '../../db/search/search';
import { RANK_WINDOW } from '../../core/search/schema';
import { SearchRequestSchema } from '../../core/search/schema';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { ArticleGenerator, seededRandom } from './arabicCorpus';
import { cpuTimeEach, percentile, round, timeEach, type BenchSuite, type Figure } from './harness';
// stemming's cost: index size, import rate, migration 17
import { stemmingFigures } from './stemming';

/** Fifty searches a desk makes: common and rare words, spelling variants, phrases, prefixes, Latin, digits. */
export const BENCH_QUERIES = [
  'الحكومة',
  'حكومة',
  'الوزير',
  'وزير',
  'الوقود',
  'وقود',
  'الحُكُومَة',
  'مستشفى',
  'مستشفي',
  'السعودية',
  'السعوديه',
  'الانتخابات البرلمان',
  '"الأمم المتحدة"',
  '"صندوق النقد"',
  '"الذكاء الاصطناعي"',
  'اقتصاد*',
  'انتخاب*',
  'Biden',
  'biden',
  'COVID-19',
  'OPEC النفط',
  '2021',
  '٢٠٢١',
  'بغداد',
  'القاهرة الاحتجاجات',
  'الإضراب',
  'الاضراب',
  'أعلن الوزير',
  '"أعلن الوزير"',
  'التضخم البنك المركزي',
  'الزلزال الضحايا',
  'الصحفيين',
  'صحف*',
  'الاستثمار الطاقة',
  'المنتخب البطولة',
  'Google الهواتف',
  'الفيضانات الأمطار',
  'السفارة الخارجية',
  'اللاجئين المساعدات',
  'السلام',
  'السَّلَامُ',
  'كتب',
  'كَتَبَ',
  'الجزائر تونس',
  'NATO',
  'الإفراج',
  '"الدفاع المدني"',
  'دول*',
  'الشرطة المتهمين',
  'مؤتمر',
];

/** The query's terms as typed: quoted phrases kept whole, a trailing * remembered. */
function typedTerms(query: string): Array<{ text: string; prefix: boolean }> {
  return [...query.matchAll(/"([^"]*)"(\*?)|(\S+)/gu)].map((m) => {
    const text = m[1] ?? (m[3] as string);
    const prefix = m[2] === '*' || text.endsWith('*');
    return { text: text.replace(/\*+$/u, ''), prefix };
  });
}

/** FTS5 syntax for the floor: the typed words as phrases, no normalisation, no stems. */
function rawFtsQuery(query: string): string {
  return typedTerms(query)
    .map((t) => `"${t.text.replaceAll('"', '""')}"${t.prefix ? ' *' : ''}`)
    .join(' AND ');
}

const PAGE = 20;

function importArticles(archive: Archive, count: number): void {
  const generator = new ArticleGenerator();
  const start = Date.parse('2021-01-01T00:00:00Z');
  const addMedia = archive.prepare(
    `INSERT INTO media (id, article_id, position, caption, credit, alt, is_lead) VALUES (?, ?, 0, ?, ?, '', 1)`,
  );
  const batch = archive.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const { fields, caption } = generator.next();
      // Spread over about five years, oldest first, so date order and ranking differ.
      const article = createArticle(archive, fields, new Date(start + i * 1_500_000));
      if (caption) addMedia.run(crypto.randomUUID(), article.id, caption.caption, caption.credit);
    }
  });
  const started = performance.now();
  for (let i = 0; i < count; i += 1000) {
    batch(i, Math.min(count, i + 1000));
    if ((i + 1000) % 10_000 === 0)
      progress(`imported ${i + 1000} in ${Math.round((performance.now() - started) / 1000)} s`);
  }
}

/** A long run reports as it goes, so a run cut short still leaves its figures behind (on stderr). */
function progress(line: string): void {
  process.stderr.write(`[archive bench] ${line}\n`);
}

function figures(prefix: string, samples: number[], unit = 'ms', target?: { p95?: string; p50?: string }): Figure[] {
  progress(`${prefix}: p50 ${round(percentile(samples, 50))} ${unit}, p95 ${round(percentile(samples, 95))} ${unit}`);
  return [
    {
      name: `${prefix} p50`,
      value: round(percentile(samples, 50)),
      unit,
      ...(target?.p50 ? { target: target.p50 } : {}),
    },
    {
      name: `${prefix} p95`,
      value: round(percentile(samples, 95)),
      unit,
      ...(target?.p95 ? { target: target.p95 } : {}),
    },
  ];
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The generated archive: written now, or (with --archive) reused from an earlier run when it has `count` articles. */
function benchArchive(path: string, count: number): { archive: Archive; importSeconds: number | null } {
  const reuse = existsSync(path);
  const archive = openArchive(path);
  if (reuse) {
    const found = archive.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    if (found !== count) {
      archive.close();
      throw new Error(
        `${path} holds ${found} articles, not the ${count} this run needs: remove it or name another file.`,
      );
    }
    progress(`reusing ${path} (${count} articles)`);
    return { archive, importSeconds: null };
  }
  const t0 = performance.now();
  importArticles(archive, count);
  const importSeconds = (performance.now() - t0) / 1000;
  archive.pragma('wal_checkpoint(TRUNCATE)');
  return { archive, importSeconds };
}

export const archiveBench: BenchSuite = {
  name: 'archive',
  async run({ quick, archive: keptPath }) {
    const count = quick ? 5_000 : 100_000;
    const dir = keptPath ? null : mkdtempSync(join(tmpdir(), 'midad-bench-'));
    const path = keptPath ?? join(dir as string, 'bench.sqlite');
    try {
      const { archive, importSeconds } = benchArchive(path, count);
      const fileSize = statSync(path).size;

      const ids = archive.prepare('SELECT id FROM articles ORDER BY rowid').pluck().all() as string[];
      const random = seededRandom(7);
      const someIds = (n: number) => Array.from({ length: n }, () => ids[Math.floor(random() * ids.length)] as string);

      progress(
        `import ${importSeconds === null ? 'reused' : `${round(importSeconds, 1)} s`}, file ${round(fileSize / 1024 / 1024, 1)} MB`,
      );
      const requests = BENCH_QUERIES.map((q) => SearchRequestSchema.parse({ query: q, limit: PAGE }));
      requests.forEach((r) => searchArticles(archive, r)); // warm the page cache the way a working day would
      const search = await timeEach(requests, (r) => searchArticles(archive, r));
      const searchFigures = figures('search (50 queries)', search, 'ms', { p95: '≤ 20 ms' });
      const byDate = figures(
        'search, date order + status filter',
        await timeEach(
          BENCH_QUERIES.map((q) =>
            SearchRequestSchema.parse({
              query: q,
              limit: PAGE,
              sort: 'date',
              filters: { status: ['draft', 'published'] },
            }),
          ),
          (r) => searchArticles(archive, r),
        ),
      );
      const list = figures(
        'list page (50 rows)',
        await timeEach(
          Array.from({ length: 50 }, (_, i) => i * 50),
          (offset) => listArticles(archive, 50, offset),
        ),
        'ms',
        { p95: '≤ 10 ms' },
      );
      const open = figures('open article', await timeEach(someIds(200), (id) => getArticle(archive, id)), 'ms', {
        p95: '≤ 5 ms',
      });
      const save = figures(
        'save article',
        await timeEach(someIds(100), (id) => {
          const current = getArticle(archive, id);
          return saveArticle(archive, id, current.version, {
            body: stateFromParagraphs([...current.bodyText.split('\n'), 'فقرة أضافها المحرر بعد مراجعة الخبر.']),
          });
        }),
        'ms',
        { p95: '≤ 10 ms' },
      );

      // The floor: FTS5 straight over the original text, every match ranked and counted.
      const hasFloor = archive.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'raw_fts'`).pluck().get() === 1;
      if (!hasFloor) {
        archive.exec(`CREATE VIRTUAL TABLE raw_fts USING fts5(headline, standfirst, body, content = '');
          INSERT INTO raw_fts (rowid, headline, standfirst, body) SELECT rowid, headline, standfirst, body_text FROM articles;`);
      }
      const floorStatement = archive.prepare(
        `SELECT rowid, count(*) OVER () AS total FROM (SELECT rowid, bm25(raw_fts, 10, 5, 1) AS score FROM raw_fts
         WHERE raw_fts MATCH ?) ORDER BY score LIMIT ${PAGE}`,
      );
      const rawQueries = BENCH_QUERIES.map(rawFtsQuery);
      rawQueries.forEach((q) => floorStatement.all(q));
      const floor = await timeEach(rawQueries, (q) => floorStatement.all(q));
      const floorFigures = figures('raw FTS5 floor', floor);
      progress(`search time / floor time ${round(sum(search) / sum(floor))}`);
      // The same floor ranked as Midad ranks (the newest RANK_WINDOW matches) and counted: what Midad's
      // folding, stems, exact tier and snippets cost beside FTS5 itself, like for like.
      const windowedRank = archive.prepare(
        `SELECT rowid FROM (SELECT rowid, bm25(raw_fts, 10, 5, 1) AS score FROM raw_fts WHERE raw_fts MATCH ?
         ORDER BY rowid DESC LIMIT ${RANK_WINDOW}) ORDER BY score LIMIT ${PAGE}`,
      );
      const windowedCount = archive.prepare('SELECT count(*) AS n FROM raw_fts WHERE raw_fts MATCH ?');
      const windowedFloor = (q: string) => [windowedRank.all(q), windowedCount.get(q)];
      rawQueries.forEach(windowedFloor);
      const floorWindowed = await timeEach(rawQueries, windowedFloor);
      const floorWindowedFigures = figures('raw FTS5 floor, same ranking windows', floorWindowed);
      progress(`search time / windowed floor time ${round(sum(search) / sum(floorWindowed))}`);
      // The same two in CPU time, which a busy machine does not inflate (both are CPU work, no disk waits).
      const searchCpu = cpuTimeEach(requests, (r) => searchArticles(archive, r));
      const floorCpu = cpuTimeEach(rawQueries, (q) => floorStatement.all(q));
      const cpuFigures = [
        ...figures('search, CPU time', searchCpu, 'ms', { p95: '≤ 20 ms' }),
        ...figures('raw FTS5 floor, CPU time', floorCpu),
      ];
      progress(`search CPU / floor CPU ${round(sum(searchCpu) / sum(floorCpu))}`);
      // Issue 17: the slowest searches against the floor's slowest, not only the totals.
      const p95Ratio = (a: number[], b: number[]) => round(percentile(a, 95) / percentile(b, 95));
      progress(`search p95 / floor p95 ${p95Ratio(search, floor)}, CPU ${p95Ratio(searchCpu, floorCpu)}`);

      // What a naive app does: every typed term as a substring of headline, standfirst or body.
      const like = await timeEach(BENCH_QUERIES, (q) => {
        const terms = typedTerms(q);
        const where = terms.map(() => '(headline LIKE ? OR standfirst LIKE ? OR body_text LIKE ?)').join(' AND ');
        const params = terms.flatMap((t) => Array(3).fill(`%${t.text}%`) as string[]);
        return archive
          .prepare(
            `SELECT id, count(*) OVER () AS total FROM articles WHERE ${where} ORDER BY updated_at DESC LIMIT ${PAGE}`,
          )
          .all(...params);
      });
      const stemming = stemmingFigures(archive, importArticles, quick ? 500 : 5_000, progress);
      archive.close();

      return [
        { name: 'articles', value: count, unit: 'articles' },
        ...(importSeconds === null
          ? []
          : [
              { name: 'import', value: round(importSeconds, 1), unit: 's' },
              { name: 'import rate', value: Math.round(count / importSeconds), unit: 'articles/s' },
            ]),
        { name: 'file size', value: round(fileSize / 1024 / 1024, 1), unit: 'MB' },
        ...searchFigures,
        ...byDate,
        ...floorFigures,
        ...floorWindowedFigures,
        ...figures('LIKE scan', like),
        { name: 'search time / floor time', value: round(sum(search) / sum(floor)), unit: '×', target: '≤ 1.5×' },
        { name: 'search time / windowed floor time', value: round(sum(search) / sum(floorWindowed)), unit: '×' },
        ...cpuFigures,
        { name: 'search CPU / floor CPU', value: round(sum(searchCpu) / sum(floorCpu)), unit: '×', target: '≤ 1.5×' },
        { name: 'search p95 / floor p95', value: p95Ratio(search, floor), unit: '×', target: '≤ 1.5×' },
        { name: 'search CPU p95 / floor CPU p95', value: p95Ratio(searchCpu, floorCpu), unit: '×', target: '≤ 1.5×' },
        { name: 'LIKE time / search time', value: round(sum(like) / sum(search), 1), unit: '×', target: '≥ 50×' },
        ...list,
        ...open,
        ...save,
        ...stemming,
      ];
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  },
};
