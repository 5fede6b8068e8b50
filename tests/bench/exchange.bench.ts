/**
 * `npm run bench -- --only exchange [--quick]`: exports 10,000 articles (1,000 quick) to each format and
 * imports them back into an empty archive; articles per second each way. Importing is also timed without
 * the archive (parse and validate only), and with one commit per file on a sample, which is what the disk's
 * flush at every commit costs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openArchive } from '../../db/connection';
import { importDrafts } from '../../db/exchange/importDrafts';
import { FILES_PER_COMMIT } from '../../db/exchange/importGroups';
import { EXPORTERS, parseImport } from '../../core/exchange/registry';
import { EXPORT_FORMATS } from '../../core/exchange/types';
import type { ExportItem } from '../../core/exchange/types';
import { MIXED_STORY, WIRE_STORY } from '../unit/exchange/testArticles';
import { round, type BenchSuite, type Figure } from './harness';
import { ninjsPictureFigures } from './ninjsPictures';

function articles(count: number): ExportItem[] {
  return Array.from({ length: count }, (_, i) => {
    const base = i % 2 ? MIXED_STORY : WIRE_STORY;
    const hex = i.toString(16).padStart(12, '0');
    return { media: base.media, article: { ...base.article, id: `00000000-0000-4000-8000-${hex}`, media: [] } };
  });
}

export const exchangeSuite: BenchSuite = {
  name: 'exchange',
  run: ({ quick }) => Promise.resolve(measure(quick)),
};

/** Every figure of the suite; synchronous, as the exporters and the archive are. */
function measure(quick: boolean): Figure[] {
  const count = quick ? 1_000 : 10_000;
  const items = articles(count);
  const figures: Figure[] = [];
  for (const format of EXPORT_FORMATS) {
    const exporter = EXPORTERS[format];
    let start = performance.now();
    const files = items.map((item) => exporter.export(item).content);
    const exportSeconds = (performance.now() - start) / 1000;
    const name = format === 'html' ? 'a.html' : 'a.json';
    start = performance.now();
    const drafts = files.map((text) => parseImport(name, text));
    const parseSeconds = (performance.now() - start) / 1000;
    const dir = mkdtempSync(join(tmpdir(), 'midad-bench-'));
    const archive = openArchive(join(dir, 'midad.sqlite'));
    // As `midad import` does it: each file parsed and imported in its own savepoint, FILES_PER_COMMIT
    // files to a commit (db/exchange/importGroups.ts).
    start = performance.now();
    for (let i = 0; i < files.length; i += FILES_PER_COMMIT) {
      archive
        .transaction(() => {
          for (const text of files.slice(i, i + FILES_PER_COMMIT)) importDrafts(archive, parseImport(name, text), name);
        })
        .immediate();
    }
    const importSeconds = (performance.now() - start) / 1000;
    // For comparison, what one commit per file costs (the disk's flush each time), on a sample.
    const sample = files.slice(0, Math.min(files.length, 300));
    start = performance.now();
    for (const text of sample) importDrafts(archive, parseImport(name, text), name);
    const perFileSeconds = (performance.now() - start) / 1000;
    archive.close();
    rmSync(dir, { recursive: true, force: true });
    figures.push(
      { name: `${format}: export (${count} articles)`, value: round(count / exportSeconds, 0), unit: 'articles/s' },
      {
        name: `${format}: parse and validate only (${count} articles)`,
        value: round(drafts.length / parseSeconds, 0),
        unit: 'articles/s',
      },
      {
        name: `${format}: import into the archive, ${FILES_PER_COMMIT} files a commit (${count} articles)`,
        value: round(count / importSeconds, 0),
        unit: 'articles/s',
      },
      {
        name: `${format}: import, one commit per file (${sample.length} of them)`,
        value: round(sample.length / perFileSeconds, 0),
        unit: 'articles/s',
      },
    );
  }
  // hostile inputs: an article with thousands of pictures, indexed once.
  figures.push(...ninjsPictureFigures());
  return figures;
}
