/**
 * The main process's code in an esbuild CommonJS bundle, where import.meta.url is empty: it must
 * find its worker thread's bundle beside itself and the shipped dictionaries from its own folder, without
 * MIDAD_DICTIONARIES, whatever the working folder. Run from a temporary folder outside the project.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { workerBundle } from '../../scripts/workerBundle';
import { ROOT } from '../helpers/workerBundle';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

describe('the main process bundled as CommonJS', () => {
  it('imports through its worker bundle and finds the dictionaries for stemmed search', () => {
    // Inside the project (dist/ is ignored), so the bundle's require('better-sqlite3') finds node_modules.
    const dir = join(ROOT, 'dist', 'test-children', `bundled-${process.pid}`);
    const child = join(dir, 'bundledImportChild.cjs');
    buildSync({
      entryPoints: [join(ROOT, 'tests', 'helpers', 'bundledImportChild.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['better-sqlite3'],
      outfile: child,
      logLevel: 'error',
    });
    buildSync({ ...workerBundle(ROOT, dir), sourcemap: false, logLevel: 'error' });
    const cwd = tempDir();
    const env = { ...process.env };
    delete env.MIDAD_DICTIONARIES;
    const run = spawnSync(process.execPath, [child, join(cwd, 'midad.sqlite')], {
      cwd,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      imported: 1,
      found: 1,
      warmed: true,
      folder: join(ROOT, 'resources', 'dictionaries'),
    });
  }, 180_000);
});
