/**
 * Which files a folder README leaves unnamed. A README speaks for its folder and for every subfolder that
 * has none of its own; each file there must be named in it (its name, or its path from the README's folder).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files no README needs to name: the README itself, and per-folder build settings. */
const UNLISTED = new Set(['README.md', 'tsconfig.json']);
/** Folders that are not sources: build output, screenshots, fixtures written by tests. */
const SKIPPED = new Set(['node_modules', '__screenshots__', 'dist', 'release']);

function filesSpokenFor(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith('.') || SKIPPED.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return existsSync(join(path, 'README.md')) ? [] : filesSpokenFor(path);
    return UNLISTED.has(name) ? [] : [path];
  });
}

/** For each README under `folders` (relative to `root`), the files it does not name, as paths from `root`. */
export function unnamedFiles(root: string, folders: string[]): Map<string, string[]> {
  const missing = new Map<string, string[]>();
  const visit = (dir: string) => {
    const readme = join(dir, 'README.md');
    if (existsSync(readme)) {
      const text = readFileSync(readme, 'utf8');
      const unnamed = filesSpokenFor(dir)
        .filter((file) => {
          const name = file.slice(file.lastIndexOf('/') + 1);
          return !text.includes(name) && !text.includes(relative(dir, file));
        })
        .map((file) => relative(root, file))
        .sort();
      if (unnamed.length) missing.set(relative(root, readme), unnamed);
    }
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (!name.startsWith('.') && !SKIPPED.has(name) && statSync(path).isDirectory()) visit(path);
    }
  };
  for (const folder of folders) if (existsSync(join(root, folder))) visit(join(root, folder));
  return missing;
}
