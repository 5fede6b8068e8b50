/**
 * Importing many files with few commits. Each file is still all or nothing (its import runs in a savepoint
 * inside the group's transaction, so a bad file rolls back alone), but a group of files shares one commit:
 * at synchronous=FULL every commit waits for the disk, and one commit per file made a folder of wire copy
 * import at the speed of the disk's flushes, not of the importers. A file's outcome is reported only once its
 * group is committed, so what is reported as imported is on disk.
 */
import { MidadError } from '../../core/api/errors';
import type { ImportFormat } from '../../core/exchange/types';
import type { Archive } from '../archive';
import type { ImportedArticle } from './importDrafts';
import { importFile } from './importFiles';

export type FileOutcome = { path: string; articles: ImportedArticle[] } | { path: string; error: MidadError };

/** Files per commit: enough to spread a commit's wait thinly, few enough to keep the write-ahead log small. */
export const FILES_PER_COMMIT = 100;

export function importFilesInGroups(
  archive: Archive,
  paths: readonly string[],
  format: ImportFormat | undefined,
  report: (outcome: FileOutcome) => void,
): void {
  for (let start = 0; start < paths.length; start += FILES_PER_COMMIT) {
    const group = paths.slice(start, start + FILES_PER_COMMIT);
    const outcomes = archive.transaction(() => group.map((path) => importOneFile(archive, path, format))).immediate();
    outcomes.forEach(report);
  }
}

function importOneFile(archive: Archive, path: string, format: ImportFormat | undefined): FileOutcome {
  try {
    return { path, articles: importFile(archive, path, format) };
  } catch (error) {
    // A file's own problem is its outcome; anything else (the disk, a bug) stops the whole import.
    if (error instanceof MidadError) return { path, error };
    throw error;
  }
}
