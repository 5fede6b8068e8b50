/**
 * One helper decides which newsroom server the sync suites use (tests/helpers/newsroomServer.ts:
 * pouchdb-server, or the CouchDB that MIDAD_TEST_COUCHDB names), and every suite that starts a server says
 * in its title or output which one ran, so a run without CouchDB reads as "skipped there", never as covered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const TESTS = resolve(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('__') ? [] : files(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('the newsroom server the sync suites use', () => {
  const all = files(TESTS).map((path) => ({ path: relative(TESTS, path), text: readFileSync(path, 'utf8') }));

  it('is chosen in one place: only the helper reads MIDAD_TEST_COUCHDB', () => {
    const readers = all.filter((f) => /process\.env\.MIDAD_TEST_COUCHDB|env\[['"]MIDAD_TEST_COUCHDB/.test(f.text));
    expect(readers.map((f) => f.path)).toEqual(['helpers/newsroomServer.ts']);
  });

  it('is named by every suite that starts one', () => {
    const suites = all.filter((f) => f.path.endsWith('.test.ts') && /startNewsroom(Server)?\(/.test(f.text));
    expect(suites.length).toBeGreaterThanOrEqual(8);
    expect(suites.filter((f) => !f.text.includes('describeServer()')).map((f) => f.path)).toEqual([]);
  });
});
