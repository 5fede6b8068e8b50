/**
 * ../shared beside the repository: real agency files, standards and fixtures, read-only and never copied in.
 * A clone without it still runs the suite: each test that needs a file there is skipped, saying which file.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED_ROOT = resolve(import.meta.dirname, '..', '..', '..', 'shared');

/**
 * Files under ../shared (`parts` from its root, one path per array) and, when any is missing, the sentence a
 * skipped test prints once, naming `what` (the test file or case).
 */
export function sharedFiles(what: string, ...paths: string[][]): { paths: string[]; missing: string | null } {
  const full = paths.map((parts) => join(SHARED_ROOT, ...parts));
  const absent = full.filter((path) => !existsSync(path));
  const missing = absent.length
    ? `${what} skipped: ${absent.join(', ')} missing (../shared beside the repository holds the real test material)`
    : null;
  if (missing) console.warn(missing);
  return { paths: full, missing };
}
