/**
 * The worker thread's bundle as the desktop build makes it (scripts/workerBundle.ts), built once per test
 * process into dist/ (ignored), for tests that start threads often: a bundle starts in a fraction of the time
 * the TypeScript source takes through tsx.
 */
import { buildSync } from 'esbuild';
import { join, resolve } from 'node:path';
import { workerBundle } from '../../scripts/workerBundle';
import { WORKER_BUNDLE, type WorkerScript } from '../../db/worker/script';

export const ROOT = resolve(import.meta.dirname, '..', '..');

let built: string | undefined;

/** The folder holding the bundle; bundles put beside it find it there. */
export function workerBundleDir(): string {
  if (built) return built;
  const dir = join(ROOT, 'dist', 'test-children', `worker-${process.pid}`);
  buildSync({ ...workerBundle(ROOT, dir), sourcemap: false, logLevel: 'error' });
  built = dir;
  return dir;
}

export function bundledWorker(): WorkerScript {
  return { path: join(workerBundleDir(), WORKER_BUNDLE), source: false };
}
