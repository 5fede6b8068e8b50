/**
 * `npm run bench -- --only exchange [--quick]`: exports 10,000 articles (1,000 quick) to each format and
 * imports them back into an empty archive; articles per second each way.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openArchive } from '../../db/connection';
import { importDrafts } from '../../db/exchange/importDrafts';
import { EXPORTERS, parseImport } from '../../core/exchange/registry';
import { EXPORT_FORMATS } from '../../core/exchange/types';
import type { ExportItem } from '../../core/exchange/types';
import { MIXED_STORY, WIRE_STORY } from '../unit/exchange/testArticles';
import { round, type BenchSuite, type Figure } from './harness';

function articles(count: number): ExportItem[] {
  return Array.from({ length: count }, (_, i) => {
    const base = i % 2 ? MIXED_STORY : WIRE_STORY;
    const hex = i.toString(16).padStart(12, '0');
    return { media: base.media, article: { ...base.article, id: `00000000-0000-4000-8000-${hex}`, media: [] } };
  });
}

export const exchangeSuite: BenchSuite = {
  name: 'exchange',
  async run({ quick }) {
    const count = quick ? 1_000 : 10_000;
    const items = articles(count);
    const figures: Figure[] = [];
    for (const format of EXPORT_FORMATS) {
      const exporter = EXPORTERS[format];
      let start = performance.now();
      const files = items.map((item) => exporter.export(item).content);
      const exportSeconds = (performance.now() - start) / 1000;
      const dir = mkdtempSync(join(tmpdir(), 'midad-bench-'));
      const archive = openArchive(join(dir, 'midad.sqlite'));
      start = performance.now();
      const name = format === 'html' ? 'a.html' : 'a.json';
      for (const text of files) importDrafts(archive, parseImport(name, text));
      const importSeconds = (performance.now() - start) / 1000;
      archive.close();
      rmSync(dir, { recursive: true, force: true });
      figures.push(
        { name: `${format}: export (${count} articles)`, value: round(count / exportSeconds, 0), unit: 'articles/s' },
        { name: `${format}: import into the archive (${count} articles)`, value: round(count / importSeconds, 0), unit: 'articles/s' },
      );
    }
    return figures;
  },
};
