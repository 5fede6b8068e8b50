/**
 * The bridge (`electron/bridge/main.ts`) as one esbuild bundle, with the worker thread's bundle beside it, built
 * once per test run by `tests/globalSetup.ts`. Started through tsx, the bridge has its whole module graph
 * transformed on every start (about 3.5 s of CPU); the bundle starts in about 1.5 s. It is written inside the
 * project (dist/ is ignored) so that its `better-sqlite3` is found in node_modules and the dictionaries are found
 * above it (db/appRoot.ts), as they are for the desktop app's bundle.
 */
import { buildSync } from 'esbuild';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { workerBundle } from '../../scripts/workerBundle';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The variable that names the bundle for `startBridgeProcess` (set by the global setup, inherited by workers). */
export const BRIDGE_BUNDLE_ENV = 'MIDAD_TEST_BRIDGE_BUNDLE';

/** Builds the bridge into a folder of its own under dist/test-children; returns the bundle's path. */
export function buildBridgeBundle(name: string): { dir: string; file: string } {
  const dir = join(ROOT, 'dist', 'test-children', name);
  const file = join(dir, 'bridge.mjs');
  buildSync({
    entryPoints: [join(ROOT, 'electron', 'bridge', 'main.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // The native module loads from node_modules, as in the desktop app's bundle.
    external: ['better-sqlite3'],
    // CommonJS dependencies inside an ESM bundle call `require` for Node's own modules: give them one.
    banner: {
      js: "import { createRequire as __midadRequire } from 'node:module'; const require = __midadRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  buildSync({ ...workerBundle(ROOT, dir), sourcemap: false, logLevel: 'error' });
  return { dir, file };
}

/** The bundle this run built, when there is one (a script outside vitest, or a run without the setup, has none). */
export function builtBridgeBundle(): string | undefined {
  const file = process.env[BRIDGE_BUNDLE_ENV];
  return file && existsSync(file) ? file : undefined;
}
