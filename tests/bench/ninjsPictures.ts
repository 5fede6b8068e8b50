/**
 * Part of `npm run bench -- --only exchange`: one ninjs article with 1,000 / 4,000 / 10,000 caption-only
 * pictures (the audit's 419 KB file is the 10,000 one), parsed and imported into an empty archive; seconds
 * each. Before migration 9 every picture re-indexed the whole article (10,000: 268 s). Runs alone too:
 * `npx tsx tests/bench/ninjsPictures.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openArchive } from '../../db/connection';
import { importText } from '../../db/exchange/importFiles';
import { round, type Figure } from './harness';

export const PICTURE_COUNTS = [1_000, 4_000, 10_000] as const;

/** A ninjs 3.1 article whose associations are `count` pictures with a caption and a credit, no bytes. */
export function captionOnlyNinjs(count: number): string {
  const associations = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `picture${i + 1}`,
      { type: 'picture', descriptions: [{ role: 'caption', value: `صورة ${i + 1}` }], by: 'وكالة' },
    ]),
  );
  return JSON.stringify({
    uri: 'urn:bench:pictures',
    type: 'text',
    headlines: [{ role: 'main', value: 'معرض صور' }],
    bodies: [{ role: 'main', contentType: 'text/html', value: '<p>نص</p>' }],
    associations,
  });
}

export function ninjsPictureFigures(counts: readonly number[] = PICTURE_COUNTS): Figure[] {
  return counts.map((count) => {
    const dir = mkdtempSync(join(tmpdir(), 'midad-bench-pictures-'));
    const archive = openArchive(join(dir, 'midad.sqlite'));
    const text = captionOnlyNinjs(count);
    const start = performance.now();
    importText(archive, 'pictures.json', text);
    const seconds = (performance.now() - start) / 1000;
    archive.close();
    rmSync(dir, { recursive: true, force: true });
    return {
      name: `ninjs: one article with ${count} caption-only pictures (${Math.round(text.length / 1024)} KB), import`,
      value: round(seconds, 2),
      unit: 's',
    };
  });
}

if (process.argv[1]?.endsWith('ninjsPictures.ts')) console.table(ninjsPictureFigures());
