/**
 * Where the worker thread's script is and how to start it. Bundled (the desktop app, or any esbuild bundle
 * that puts offThreadWorker.cjs beside itself), it is plain JavaScript; in the dev tree (tsx, vitest) it is
 * db/worker/entry.ts, started through tsx's loader, which a new thread does not inherit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { appRoot, moduleDir } from '../appRoot';

/** The bundled worker's file name, beside the bundle that starts it (scripts/build-electron.ts writes it). */
export const WORKER_BUNDLE = 'offThreadWorker.cjs';

export interface WorkerScript {
  path: string;
  /** TypeScript source, to run through tsx. */
  source: boolean;
}

export function findWorkerScript(): WorkerScript {
  const here = moduleDir(import.meta.url);
  const root = appRoot();
  const candidates: WorkerScript[] = [
    { path: join(here, WORKER_BUNDLE), source: false },
    { path: join(here, 'entry.ts'), source: true },
    ...(root
      ? [
          // A bundle run from elsewhere in the dev tree: the source, which is never stale, before the build's.
          { path: join(root, 'db', 'worker', 'entry.ts'), source: true },
          { path: join(root, 'dist', 'electron', WORKER_BUNDLE), source: false },
        ]
      : []),
  ];
  const found = candidates.find((c) => existsSync(c.path));
  if (!found) throw new Error(`the worker thread's script is missing (looked for ${candidates[0]!.path})`);
  return found;
}

/** tsx's ESM API (its CommonJS one cannot register the loader in a thread), found from its package.json. */
function tsxEsmApi(): string {
  const manifest = createRequire(join(moduleDir(import.meta.url), 'here.js')).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: { './esm/api': { import: { default: string } } };
  };
  return join(dirname(manifest), exports['./esm/api'].import.default);
}

export function startWorker(script: WorkerScript, options: WorkerOptions): Worker {
  if (!script.source) return new Worker(script.path, options);
  // tsx's API registers its loader in this thread, then the entry is imported through it.
  const tsx = tsxEsmApi();
  const boot = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(script.path).href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
