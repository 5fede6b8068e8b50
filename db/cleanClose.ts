/**
 * Knowing that the archive is exactly as Midad left it. The integrity check at open reads every page: a few
 * milliseconds for a small archive, many seconds for 100,000 articles, on every start of the app and every
 * command. When Midad closes the archive cleanly it writes a mark beside it (`NAME.midad-clean`) with the
 * file's size and modification time and when the file last passed the check. At the next open, a file that
 * still has that size and time, and no write-ahead log left over, has not been touched since a sound close,
 * and the check is skipped, for at most a day after the last one. Anything else (a crash, which leaves no
 * mark because the mark is removed at open; a sync tool or a copy that changed the file; an old check) runs
 * the full check as before.
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

/** How long a check at open vouches for the file, through clean closes and reopens. */
export const CHECK_VALID_MS = 24 * 60 * 60 * 1000;

interface CleanMark {
  size: number;
  mtimeMs: number;
  /** ISO time of the last integrity check the file passed. */
  checkedAt: string;
}

export function cleanMarkPath(archivePath: string): string {
  return `${archivePath}.midad-clean`;
}

function readMark(archivePath: string): CleanMark | null {
  try {
    const mark = JSON.parse(readFileSync(cleanMarkPath(archivePath), 'utf8')) as Partial<CleanMark>;
    const valid =
      typeof mark.size === 'number' && typeof mark.mtimeMs === 'number' && typeof mark.checkedAt === 'string';
    return valid && !Number.isNaN(Date.parse(mark.checkedAt as string)) ? (mark as CleanMark) : null;
  } catch {
    return null;
  }
}

/**
 * When the file's last passed check still vouches for it (see above), the time of that check; null when the
 * check must run. The mark is consumed either way: from now on the file is being written.
 */
export function takeCleanMark(archivePath: string, now: Date): string | null {
  const mark = readMark(archivePath);
  rmSync(cleanMarkPath(archivePath), { force: true });
  if (!mark || existsSync(`${archivePath}-wal`)) return null;
  const stat = statSync(archivePath, { throwIfNoEntry: false });
  if (!stat || stat.size !== mark.size || stat.mtimeMs !== mark.mtimeMs) return null;
  const age = now.getTime() - Date.parse(mark.checkedAt);
  return age >= 0 && age < CHECK_VALID_MS ? mark.checkedAt : null;
}

/** After a clean close (the log checkpointed into the file and removed), marks the file as left sound. */
export function writeCleanMark(archivePath: string, checkedAt: string): void {
  if (existsSync(`${archivePath}-wal`)) return; // another connection still has it open: no promise to make
  const stat = statSync(archivePath, { throwIfNoEntry: false });
  if (!stat) return;
  const mark: CleanMark = { size: stat.size, mtimeMs: stat.mtimeMs, checkedAt };
  writeFileSync(cleanMarkPath(archivePath), JSON.stringify(mark));
}
