/**
 * The one way a file to import is read from disk (`midad import`, the desktop's Import…, review packages):
 * its size is checked before a byte is read, so a 600 MB file is refused in words instead of filling memory.
 */
import { statSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Refuse } from '../../core/exchange/importError';
import { IMPORT_LIMITS } from '../../core/exchange/limits';
import { FILE_LIMIT_MB } from '../../core/exchange/jsonText';

/** Bytes a file may have: text takes at least one byte a character, at most three in UTF-8. */
export const FILE_BYTES_LIMIT = IMPORT_LIMITS.fileChars * 3;

function checkSize(size: number, refuse: Refuse): void {
  if (size > FILE_BYTES_LIMIT) throw refuse({ at: 'file' }, { problem: 'file_too_large', limitMb: FILE_LIMIT_MB });
}

export function readBoundedFile(path: string, refuse: Refuse): Uint8Array {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw refuse({ at: 'file' }, { problem: 'file_unreadable' });
  }
  checkSize(size, refuse);
  // A file that stats but cannot be read (a folder, a permission) fails in the file system, not in the file:
  // the error goes up as it is, so a folder import stops there (db/exchange/importGroups.ts).
  return readFileSync(path);
}

/** The same, without holding the main process's event loop while the file is read. */
export async function readBoundedFileAsync(path: string, refuse: Refuse): Promise<Uint8Array> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw refuse({ at: 'file' }, { problem: 'file_unreadable' });
  }
  checkSize(size, refuse);
  return readFile(path);
}
