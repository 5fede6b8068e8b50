/**
 * Bundles the main process (ESM) and the preload (CommonJS: a sandboxed preload cannot load modules) into
 * dist/electron. better-sqlite3 and electron stay external: they are loaded from node_modules at run time.
 * The main process's worker thread (imports and exports off its event loop) is a third bundle.
 */
import { build } from 'esbuild';
import { workerBundle } from './workerBundle';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' } as const;

await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: 'dist/electron/main.js',
  format: 'esm',
  external: ['electron', 'better-sqlite3'],
});
await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  format: 'cjs',
  external: ['electron'],
});
await build(workerBundle('.', 'dist/electron'));
