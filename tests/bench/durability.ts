/**
 * What durability costs at archive scale: the integrity check every open runs, the full check `midad
 * check` runs, a blocking and a background backup (with the longest pause the background one causes), and
 * an explicit save that also writes its revision. The articles are written directly (not through the
 * counting save path): this suite measures the file, not the text rules.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openArchive } from '../../db/connection';
import { integrityProblems } from '../../db/integrity';
import { createBackup, createBackupInBackground } from '../../db/backup';
import { getArticle, saveArticle } from '../../db/articles';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { fillArchive } from '../helpers/archiveFiles';
import { percentile, round, timeEach, type BenchSuite, type Figure } from './harness';

function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export const durabilitySuite: BenchSuite = {
  name: 'durability',
  async run({ quick }) {
    const count = quick ? 2_000 : 100_000;
    const dir = mkdtempSync(join(tmpdir(), 'midad-bench-durability-'));
    try {
      const path = join(dir, 'midad.sqlite');
      fillArchive(path, count);
      const archive = openArchive(path, { automaticBackups: false });
      const figures: Figure[] = [
        { name: `articles`, value: count, unit: '' },
        { name: 'file size', value: round(statSync(path).size / 1e6, 1), unit: 'MB' },
        {
          name: 'quick_check (every open)',
          value: round(timeOnce(() => integrityProblems(archive, false))),
          unit: 'ms',
        },
        {
          name: 'integrity_check (midad check)',
          value: round(timeOnce(() => integrityProblems(archive, true))),
          unit: 'ms',
        },
        {
          name: 'backup, blocking (VACUUM INTO)',
          value: round(timeOnce(() => createBackup(archive, 'manual'))),
          unit: 'ms',
        },
      ];

      let longestPause = 0;
      let last = performance.now();
      const ticker = setInterval(() => {
        const now = performance.now();
        longestPause = Math.max(longestPause, now - last);
        last = now;
      }, 1);
      const start = performance.now();
      await createBackupInBackground(archive, 'manual');
      const background = performance.now() - start;
      clearInterval(ticker);
      figures.push(
        { name: 'backup, background (backup API)', value: round(background), unit: 'ms' },
        { name: 'longest event-loop pause during it', value: round(longestPause), unit: 'ms' },
      );

      const id = (archive.prepare('SELECT id FROM articles LIMIT 1').get() as { id: string }).id;
      let version = getArticle(archive, id).version;
      const saveTimes = (kind: 'explicit' | undefined) =>
        timeEach(
          Array.from({ length: quick ? 50 : 200 }, (_, i) => i),
          (i) => {
            const body = stateFromParagraphs([`نص محفوظ رقم ${i} `.repeat(60)]);
            version = saveArticle(archive, id, version, { body }, new Date(), { kind }).version;
          },
        );
      const plain = await saveTimes(undefined);
      const kept = await saveTimes('explicit');
      figures.push(
        { name: 'save without a revision, p95', value: round(percentile(plain, 95)), unit: 'ms', target: '≤ 10 ms' },
        {
          name: 'explicit save with its revision, p95',
          value: round(percentile(kept, 95)),
          unit: 'ms',
          target: '≤ 10 ms',
        },
      );
      archive.close();
      return figures;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
