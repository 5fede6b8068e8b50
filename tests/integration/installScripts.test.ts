/**
 * npm 11 runs a dependency's install script only when package.json's `allowScripts` approves it. A new
 * dependency whose script nobody has judged would be skipped in silence on a person's machine (and could
 * leave a native module unbuilt), so every one must be approved or denied on purpose: see the README's
 * "Install scripts" table for the reasons.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe('dependency install scripts', () => {
  it('are each approved or denied in allowScripts: npm lists none unreviewed', () => {
    const result = spawnSync('npm', ['install-scripts', 'ls'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('No packages with unreviewed install scripts');
  });

  it('approve the native SQLite module, which must build on a fresh install', () => {
    const pkg = z
      .object({ allowScripts: z.record(z.string(), z.boolean()) })
      .parse(JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')));
    expect(pkg.allowScripts['better-sqlite3']).toBe(true);
  });
});
