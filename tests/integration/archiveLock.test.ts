/**
 * One program at a time on an archive: a real second process holds a real file, and this one is refused
 * until that process is gone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { acquireArchiveLock, lockPathFor } from '../../db/archiveLock';
import { runCli } from '../../cli/run';
import { MidadError } from '../../core/api/errors';
import { useTempDir } from '../helpers/tempDir';

const ROOT = resolve(import.meta.dirname, '..', '..');
const tempDir = useTempDir();
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

function hold(path: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/helpers/holdArchive.ts', path], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((done, fail) => {
    child.stdout?.on('data', (c: Buffer) => c.toString().includes('HOLDING') && done(child));
    child.once('exit', (code) => fail(new Error(`holder exited with ${code}: ${stderr}`)));
  });
}

function refusal(open: () => unknown): MidadError {
  try {
    open();
  } catch (error) {
    if (error instanceof MidadError) return error;
    throw error;
  }
  throw new Error('expected the open to be refused');
}

describe('the archive lock', () => {
  it('refuses an archive another process holds, naming it, and opens it once that process is gone', async () => {
    const path = join(tempDir(), 'midad.sqlite');
    const holder = await hold(path);
    const error = refusal(() => openArchive(path));
    expect(error.code).toBe('archive_locked');
    expect(error.params).toMatchObject({ program: 'the lock test holder', pid: holder.pid, host: hostname() });
    expect(error.message).toContain('the file was not touched');

    // A crash leaves the lock file behind; its process no longer runs, so the lock is stale.
    holder.kill('SIGKILL');
    await new Promise((done) => holder.once('exit', done));
    expect(existsSync(lockPathFor(path))).toBe(true);
    const archive = openArchive(path);
    expect(archive.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 0 });
    archive.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
  }, 60_000);

  it('protects the archive from the midad command while the app holds it', async () => {
    const path = join(tempDir(), 'midad.sqlite');
    await hold(path);
    const err: string[] = [];
    expect(await runCli(['--db', path, 'list'], { out: () => {}, err: (t) => err.push(t) })).toBe(1);
    expect(err.join('')).toContain('open in another program');
  }, 60_000);

  it('lets one process open the same archive more than once, and frees it after the last close', () => {
    const path = join(tempDir(), 'midad.sqlite');
    const a = openArchive(path);
    const b = openArchive(path);
    a.close();
    a.close();
    expect(existsSync(lockPathFor(path))).toBe(true);
    b.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('refuses a lock held on another machine (a shared or synced folder), since its process cannot be checked', () => {
    const path = join(tempDir(), 'midad.sqlite');
    writeFileSync(
      lockPathFor(path),
      JSON.stringify({ pid: 4242, host: 'newsroom-desk-7', program: 'Midad', startedAt: '2026-01-01T08:00:00.000Z' }),
    );
    expect(refusal(() => acquireArchiveLock(path)).params).toMatchObject({
      host: 'newsroom-desk-7',
      since: '2026-01-01T08:00:00.000Z',
    });
    expect(existsSync(path)).toBe(false);
  });

  it('takes over a lock file left half-written by a crash', () => {
    const path = join(tempDir(), 'midad.sqlite');
    writeFileSync(lockPathFor(path), '{"pid": 12');
    const lock = acquireArchiveLock(path);
    lock.release();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });
});
