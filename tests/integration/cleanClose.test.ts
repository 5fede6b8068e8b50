/**
 * The integrity check at open is skipped only for a file exactly as Midad closed it, within a day of its last
 * check; a crash, a change by anything else, or an old check makes the next open check again.
 */
import { existsSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { integrityCheckedAt, openArchive } from '../../db/connection';
import { createArticle, listArticles, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { cleanMarkPath } from '../../db/cleanClose';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date('2026-03-01T08:00:00.000Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

function closedArchive(): string {
  const path = join(tempDir(), 'midad.sqlite');
  const archive = openArchive(path, { now: t0, automaticBackups: false });
  createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'خبر محفوظ' });
  archive.close();
  return path;
}

function checkedAtWhenOpened(path: string, now: Date): string | null {
  const archive = openArchive(path, { now, automaticBackups: false });
  try {
    expect(listArticles(archive, 10, 0).items.map((a) => a.headline)).toEqual(['خبر محفوظ']);
    return integrityCheckedAt(archive);
  } finally {
    archive.close();
  }
}

describe('the integrity check at open', () => {
  it('is vouched for by a clean close: the next open within a day keeps the earlier check', () => {
    const path = closedArchive();
    expect(existsSync(cleanMarkPath(path))).toBe(true);
    expect(checkedAtWhenOpened(path, later(60_000))).toBe(t0.toISOString());
    expect(checkedAtWhenOpened(path, later(DAY / 2))).toBe(t0.toISOString());
  });

  it('runs again a day after the last check', () => {
    const path = closedArchive();
    expect(checkedAtWhenOpened(path, later(DAY + 1))).toBe(later(DAY + 1).toISOString());
  });

  it('runs again when anything changed the file after Midad closed it', () => {
    const path = closedArchive();
    const { mtime } = statSync(path);
    utimesSync(path, mtime, new Date(mtime.getTime() + 5_000)); // a sync tool's touch
    expect(checkedAtWhenOpened(path, later(60_000))).toBe(later(60_000).toISOString());
  });

  it('runs again when a write-ahead log was left beside the file', () => {
    const path = closedArchive();
    writeFileSync(`${path}-wal`, '');
    expect(checkedAtWhenOpened(path, later(60_000))).toBe(later(60_000).toISOString());
  });

  it('runs again after a crash: the mark is gone as soon as the archive is open', () => {
    const path = closedArchive();
    const archive = openArchive(path, { now: later(60_000), automaticBackups: false });
    expect(existsSync(cleanMarkPath(path))).toBe(false);
    archive.close();
  });

  it('runs again when the mark is not one Midad wrote', () => {
    const path = closedArchive();
    writeFileSync(cleanMarkPath(path), '{"size": "big"}');
    expect(checkedAtWhenOpened(path, later(60_000))).toBe(later(60_000).toISOString());
  });
});
