/**
 * Where the program's own files are (the shipped dictionaries, the off-thread worker's script), found
 * without relying on `import.meta.url` alone: esbuild leaves it empty in a CommonJS bundle, and in any bundle
 * it names the bundle, not the source file, so a path relative to it means something else there.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the module that passes its `import.meta.url`: the source file's folder under tsx and vitest,
 * the bundle's folder in an ESM bundle, and (the URL empty) `__dirname`, the bundle's folder, in a CommonJS one.
 */
export function moduleDir(metaUrl: string | undefined): string {
  if (metaUrl) return dirname(fileURLToPath(metaUrl));
  if (typeof __dirname === 'string') return __dirname;
  return process.cwd();
}

let configured: string | undefined;

/** The desktop app says where it is (Electron's `app.getAppPath()`: the project, or the packaged app.asar). */
export function setAppRoot(root: string): void {
  configured = root;
}

/** A root holds the shipped dictionaries: the project in the dev tree, app.asar in a packaged app. */
const isRoot = (folder: string) => existsSync(join(folder, 'resources', 'dictionaries'));

/**
 * The program's root: as the desktop app set it, else the nearest folder above this module (source or
 * bundle: db/ and dist/electron/ are both inside it) that holds resources/dictionaries, else the folder
 * above the running script. Null when none holds them (an unusual layout: MIDAD_DICTIONARIES names them).
 */
export function appRoot(): string | null {
  if (configured) return configured;
  for (const start of [moduleDir(import.meta.url), dirname(process.argv[1] ?? process.cwd())]) {
    for (let folder = start; ; folder = dirname(folder)) {
      if (isRoot(folder)) return folder;
      if (dirname(folder) === folder) break;
    }
  }
  return null;
}
