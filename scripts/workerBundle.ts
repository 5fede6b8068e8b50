/**
 * The worker thread's own bundle (db/worker/entry.ts → offThreadWorker.cjs), written beside the bundle that
 * starts it, where db/worker/script.ts looks. CommonJS whatever the main bundle is: it has no `import.meta`
 * to need, and a `.cjs` file loads as CommonJS inside this "type": "module" package.
 */
import type { BuildOptions } from 'esbuild';
import { join } from 'node:path';
import { WORKER_BUNDLE } from '../db/worker/script';

export function workerBundle(root: string, outdir: string): BuildOptions {
  return {
    entryPoints: [join(root, 'db', 'worker', 'entry.ts')],
    outfile: join(outdir, WORKER_BUNDLE),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    logLevel: 'warning',
  };
}
