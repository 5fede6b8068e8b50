/**
 * `npm run bench -- --only lint [--quick]` (proofing): a 10,000-word article linted whole with the
 * dictionaries loaded, first with every word new to Hunspell, then warm (other articles checked before, each
 * run a new article and a new dictionary: only Hunspell's per-word verdicts are remembered), `midad
 * lint` on a file as a new process against the start-up of `midad --help` (cold), and re-checking one edited
 * paragraph (what the editor's worker does after a pause in typing), and building the newsroom's dictionary from an
 * archive's frequent words (what the worker does when an article opens).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDictionary } from '../../core/proofing/dictionary';
import { lint, lintParagraph } from '../../core/proofing/lint';
import { newsroomDictionary } from '../../core/proofing/newsroomDictionary';
import { DEFAULT_PROOFING } from '../../core/proofing/settings';
import { hamzaUsage } from '../../core/proofing/usage';
import { VocabularyCounter } from '../../core/proofing/vocabulary';
import { lexicalToPlainText } from '../../core/richtext/lexicalState';
import { loadSpellers } from '../../db/proofing/hunspell';
import { ArticleGenerator } from './arabicCorpus';
import { percentile, round, type BenchSuite, type Figure } from './harness';

const ROOT = resolve(import.meta.dirname, '..', '..');

const AGHLAT = resolve(ROOT, '..', 'shared', 'data', 'copydesk', 'aghlat', 'misspelled');
const REAL = 'Collection-www.thisissyria.net.list.txt';

/**
 * Real published news (Aghlat, ../shared: test material, read here, never shipped) cut into articles of
 * `words` words, a different slice per seed. The generated corpus of the other benches invents letter strings
 * for its rare words, which no dictionary knows, so it measures unknown words rather than news copy; it is
 * the fallback when ../shared is missing.
 */
function article(words: number, seed: number): string[] {
  if (existsSync(join(AGHLAT, REAL))) {
    const lines = readFileSync(join(AGHLAT, REAL), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const out: string[] = [];
    let count = 0;
    // 1,600 lines apart: 10,000 words of this file take about 1,400, so seeds 0–11 never overlap.
    for (let i = (seed * 1600) % lines.length; count < words; i = (i + 1) % lines.length) {
      out.push(lines[i]!);
      count += lines[i]!.split(/\s+/).length;
    }
    return out;
  }
  return generated(words, seed);
}

/** Generated news paragraphs until `words` words, with the slips proofing exists for sprinkled in. */
function generated(words: number, seed: number): string[] {
  const generator = new ArticleGenerator(seed);
  const slips = ['الى', 'الجمعه', 'ان', 'الاردنية', 'الإجتماع', 'مصرى'];
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    for (const p of lexicalToPlainText(generator.next().fields.body).split('\n')) {
      const withSlip = `${p} ${slips[paragraphs.length % slips.length]}`;
      paragraphs.push(withSlip);
      count += withSlip.split(/\s+/).length;
    }
  }
  return paragraphs;
}

/**
 * A `midad` process: its wall-clock time, and its CPU time (user + system, from bash's `time`), which on a
 * machine shared with other work says what the command itself costs.
 */
function timeProcess(args: string[]): { wall: number; cpu: number } {
  const command = [process.execPath, '--import', 'tsx', 'cli/main.ts', ...args].map((a) => `'${a}'`).join(' ');
  const start = performance.now();
  const result = spawnSync('bash', ['-c', `TIMEFORMAT='%3U %3S'; time ${command} > /dev/null`], { cwd: ROOT });
  const wall = performance.now() - start;
  if (result.status !== 0) throw new Error(`midad ${args.join(' ')} exited ${result.status}: ${String(result.stderr)}`);
  const [user, system] = String(result.stderr).trim().split('\n').at(-1)!.split(' ').map(Number);
  return { wall, cpu: (user! + system!) * 1000 };
}

export const lintBench: BenchSuite = {
  name: 'lint',
  async run({ quick }) {
    const figures: Figure[] = [];
    if (!existsSync(join(AGHLAT, REAL))) console.warn(`lint bench: ${AGHLAT} is missing; using generated text`);
    const loadStart = performance.now();
    const spellers = await loadSpellers();
    figures.push({
      name: 'Hunspell Arabic + English load (Node)',
      value: round(performance.now() - loadStart),
      unit: 'ms',
    });

    const runs = quick ? 3 : 7;
    const options = (dictionary: ReturnType<typeof createDictionary>) => ({
      dictionary,
      settings: DEFAULT_PROOFING,
      digits: 'western' as const,
    });
    // The first article after loading: every word is new to Hunspell (one call per distinct word).
    const first = article(10_000, 11);
    const firstWall = performance.now();
    const firstCpu = process.cpuUsage();
    lint(first, options(createDictionary({ ...spellers, settings: DEFAULT_PROOFING })));
    const firstUsed = process.cpuUsage(firstCpu);
    figures.push({
      name: '10,000-word article linted whole, first after load (every word new to Hunspell)',
      value: round(performance.now() - firstWall),
      unit: 'ms',
    });
    figures.push({
      name: '  the same, CPU time',
      value: round((firstUsed.user + firstUsed.system) / 1000),
      unit: 'ms',
    });

    // Warm: other articles have been checked in this process (as in the editor's worker); each run is a new
    // article (disjoint slices) and a new dictionary, so only Hunspell's verdicts per word are remembered.
    const whole: number[] = [];
    const cpu: number[] = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      const paragraphs = article(10_000, i);
      const dictionary = createDictionary({ ...spellers, settings: DEFAULT_PROOFING });
      const start = performance.now();
      const used = process.cpuUsage();
      findings = lint(paragraphs, options(dictionary)).length;
      const spent = process.cpuUsage(used);
      whole.push(performance.now() - start);
      cpu.push((spent.user + spent.system) / 1000);
    }
    figures.push({
      name: `10,000-word article linted whole, warm (median of ${runs} new articles; ${findings} findings)`,
      value: round(percentile(whole, 50)),
      unit: 'ms',
      target: '≤ 150 ms',
    });
    figures.push({ name: '  the same, CPU time (median)', value: round(percentile(cpu, 50)), unit: 'ms' });

    // One paragraph edited again and again, each time a new word, as typing does.
    const dictionary = createDictionary({ ...spellers, settings: DEFAULT_PROOFING });
    const base = article(120, 7)[0]!;
    lint(article(10_000, 99), { dictionary, settings: DEFAULT_PROOFING, digits: 'western' });
    const edits: number[] = [];
    for (let i = 0; i < (quick ? 100 : 500); i++) {
      const text = `${base} كلمة${i} الى`;
      const start = performance.now();
      lintParagraph(text, 3, { dictionary, settings: DEFAULT_PROOFING, digits: 'western' });
      edits.push(performance.now() - start);
    }
    figures.push({
      name: `re-check one edited paragraph (${base.split(/\s+/).length} words), p95`,
      value: round(percentile(edits, 95), 3),
      unit: 'ms',
      target: '≤ 5 ms',
    });

    // The worker's dictionary from the archive's words (proofing.words), built whenever an article opens: every
    // word 130,000 words of news use in three lines or more (each line an article), each checked for a slip.
    const counter = new VocabularyCounter({ isWord: () => false });
    for (const line of article(130_000, 0)) counter.addDocument([line]);
    const frequent = counter.frequent(DEFAULT_PROOFING.vocabularyThreshold);
    const built: number[] = [];
    for (let i = 0; i < (quick ? 2 : 5); i++) {
      const start = performance.now();
      newsroomDictionary(spellers, DEFAULT_PROOFING, { frequent, tagged: [], added: [], ignored: [], usage: {} });
      built.push(performance.now() - start);
    }
    figures.push({
      name: `newsroom dictionary from ${frequent.length} frequent words (opening an article), median`,
      value: round(percentile(built, 50)),
      unit: 'ms',
    });

    // What proofing.words adds for ranking (core/proofing/usage.ts) on a 10,000-article archive of the archive
    // bench's generator: every word counted per article (db/proofing/words.ts), the hamza stems kept, bounded.
    const archiveGenerator = new ArticleGenerator();
    const everyWord = new VocabularyCounter({ isWord: () => false });
    for (let i = 0; i < (quick ? 1_000 : 10_000); i++) {
      const { fields, caption } = archiveGenerator.next();
      everyWord.addDocument([
        fields.headline,
        fields.standfirst,
        lexicalToPlainText(fields.body),
        caption?.caption ?? '',
      ]);
    }
    const usageStart = performance.now();
    const usage = hamzaUsage(everyWord.counts());
    const usageMs = performance.now() - usageStart;
    figures.push({
      name: `proofing.words usage payload, ${quick ? '1,000' : '10,000'} generated articles (${Object.keys(usage).length} stems)`,
      value: round(Buffer.byteLength(JSON.stringify(usage)) / 1024),
      unit: 'KB',
    });
    figures.push({ name: 'usage from the archive counts (hamzaUsage)', value: round(usageMs), unit: 'ms' });

    const dir = mkdtempSync(join(tmpdir(), 'midad-lint-bench-'));
    try {
      const file = join(dir, 'article.txt');
      writeFileSync(file, article(10_000, 5).join('\n'));
      const db = join(dir, 'none.sqlite');
      const startUp: Array<{ wall: number; cpu: number }> = [];
      const cold: Array<{ wall: number; cpu: number }> = [];
      for (let i = 0; i < (quick ? 2 : 3); i++) {
        startUp.push(timeProcess(['--help']));
        cold.push(timeProcess(['--db', db, 'lint', file, '--json']));
      }
      const median = (runs: Array<{ wall: number; cpu: number }>, key: 'wall' | 'cpu') =>
        percentile(
          runs.map((r) => r[key]),
          50,
        );
      const [s, c] = [median(startUp, 'wall'), median(cold, 'wall')];
      const [sCpu, cCpu] = [median(startUp, 'cpu'), median(cold, 'cpu')];
      figures.push({ name: 'midad --help (start-up only), median', value: round(s), unit: 'ms' });
      figures.push({ name: 'midad lint on a 10,000-word file, median', value: round(c), unit: 'ms' });
      figures.push({
        name: 'midad lint cold, beyond start-up',
        value: round(c - s),
        unit: 'ms',
        target: '≤ 1,000 ms',
      });
      figures.push({ name: '  the same, CPU time (lint minus --help)', value: round(cCpu - sCpu), unit: 'ms' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return figures;
  },
};
