import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';

/** Writes beside the target under a temporary name, then renames: a reader never sees half a file. */
export function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Writes `name` (a path relative to `folder`) only when it stays inside the folder: an exported file's
 * name comes from archive ids, and no id may place a file anywhere else.
 */
export function writeInside(folder: string, name: string, data: string | Uint8Array): string {
  const target = resolve(folder, name);
  const within = relative(resolve(folder), target);
  if (within === '' || within.startsWith('..') || isAbsolute(within))
    throw new Error(`refusing to write ${JSON.stringify(name)} outside ${folder}`);
  writeAtomic(target, data);
  return target;
}
