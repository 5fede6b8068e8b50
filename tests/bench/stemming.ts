/**
 * Stemming's cost at archive scale, for the archive suite: the index's size and the import rate
 * with light stemming (before: a Stemmer with an empty lexicon cuts exactly what light stemming cut) and
 * with the lexicon-guarded stemmer (after), and migration 17's time, which re-stems the whole index.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Stemmer, stemLexicon } from '../../core/arabic/stemmer';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { loadArabicLexicon } from '../../db/proofing/dictionaryFiles';
import { SEARCH_RESTEM_MIGRATION_SQL } from '../../db/search/indexSql';
import { swapSearchStemmer } from '../../db/search/stemmer';
import { round, type Figure } from './harness';

const lightStemmer = () => new Stemmer({ has: () => false });
const lexiconStemmer = () => new Stemmer(stemLexicon(loadArabicLexicon().stems));

/** The FTS5 tables' pages (content, index, docsize, config), in MB, from SQLite's dbstat. */
function tableMb(archive: Archive, table: string): number {
  const bytes = archive
    .prepare(`SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name = ? OR name LIKE ? || '\\_%' ESCAPE '\\'`)
    .pluck()
    .get(table, table) as number;
  return round(bytes / 1024 / 1024, 1);
}

/** Migration 17's own SQL (every live article's stems computed again and search_stem rebuilt), timed. */
function restemSeconds(archive: Archive): number {
  const started = performance.now();
  archive.transaction(() => archive.exec(SEARCH_RESTEM_MIGRATION_SQL)).immediate();
  return (performance.now() - started) / 1000;
}

/** Articles per second into a fresh archive, with the stemmer given in place. */
function importRate(write: (archive: Archive, count: number) => void, count: number, stemmer: Stemmer): number {
  const dir = mkdtempSync(join(tmpdir(), 'midad-bench-stem-'));
  const previous = swapSearchStemmer(stemmer);
  try {
    const archive = openArchive(join(dir, 'sample.sqlite'));
    const started = performance.now();
    write(archive, count);
    const seconds = (performance.now() - started) / 1000;
    archive.close();
    return Math.round(count / seconds);
  } finally {
    swapSearchStemmer(previous);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Leaves the archive as it found it (indexed by the lexicon stemmer): it is re-stemmed light first, then back,
 * and the second re-stem is exactly the upgrade migration 17 made.
 */
export function stemmingFigures(
  archive: Archive,
  write: (archive: Archive, count: number) => void,
  sample: number,
  progress: (line: string) => void,
): Figure[] {
  const count = archive.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  const lexicon = swapSearchStemmer(lightStemmer());
  const lightSeconds = restemSeconds(archive);
  const before = { stem: tableMb(archive, 'search_stem') };
  swapSearchStemmer(lexicon);
  const migrationSeconds = restemSeconds(archive);
  // Both sizes of a table just rebuilt and optimised the same way (the trigger-built one is larger).
  const after = { stem: tableMb(archive, 'search_stem'), exact: tableMb(archive, 'search_exact') };
  progress(`search_stem ${before.stem} → ${after.stem} MB; migration 17 ${round(migrationSeconds, 1)} s`);
  // Interleaved, the better of two each: the first import of a process also pays for warming up.
  const rates = { light: 0, lexicon: 0 };
  for (let pass = 0; pass < 2; pass++) {
    rates.light = Math.max(rates.light, importRate(write, sample, lightStemmer()));
    rates.lexicon = Math.max(rates.lexicon, importRate(write, sample, lexiconStemmer()));
  }
  const { light: lightRate, lexicon: lexiconRate } = rates;
  progress(`import rate (${sample} articles) light ${lightRate}/s, lexicon ${lexiconRate}/s`);
  return [
    { name: 'search_exact size', value: after.exact, unit: 'MB' },
    { name: 'search_stem size, light stemming (before)', value: before.stem, unit: 'MB' },
    { name: 'search_stem size, lexicon stemming (after)', value: after.stem, unit: 'MB' },
    { name: `re-stem with light stemming, ${count} articles`, value: round(lightSeconds, 1), unit: 's' },
    { name: `migration 17 (re-stem), ${count} articles`, value: round(migrationSeconds, 1), unit: 's' },
    { name: `import rate, light stemming (${sample} articles)`, value: lightRate, unit: 'articles/s' },
    { name: `import rate, lexicon stemming (${sample} articles)`, value: lexiconRate, unit: 'articles/s' },
  ];
}
