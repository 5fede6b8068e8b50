/**
 * Breaking a lock left by another computer: the person is told which computer and since when, and may
 * break it explicitly (`midad --break-lock`, the desktop's dialog). A lock held by a live program on this
 * computer is never broken. A real process holds the archive open; the `midad` command, run in this process
 * (another pid than the holder's, which is all the lock compares), is the second program.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageBoxOptions } from 'electron';
import { MidadError } from '../../core/api/errors';
import { lockPathFor } from '../../db/archiveLock';
import { openArchive } from '../../db/connection';
import { openAskingToBreakLock } from '../../electron/lockPrompt';
import { useTempDir } from '../helpers/tempDir';
import { midad } from '../helpers/midadCommand';

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

const readLock = (path: string) =>
  JSON.parse(readFileSync(lockPathFor(path), 'utf8')) as { pid: number; host: string; startedAt: string };

/** What a synced folder brings over: the lock of a Midad that runs (or ran) on another computer. */
function lockFromAnotherComputer(path: string): void {
  writeFileSync(
    lockPathFor(path),
    JSON.stringify({ pid: 4242, host: 'newsroom-desk-7', program: 'Midad', startedAt: '2026-01-01T08:00:00.000Z' }),
  );
}

describe('breaking the archive lock', () => {
  it('is never done to a live program on this computer, even when asked', async () => {
    const path = join(tempDir(), 'midad.sqlite');
    const holder = await hold(path);
    const before = readFileSync(lockPathFor(path), 'utf8');

    const result = await midad(['--db', path, '--break-lock', 'list']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('open in another program');
    expect(result.stderr).not.toContain('warning');
    expect(readFileSync(lockPathFor(path), 'utf8')).toBe(before);

    let asked = 0;
    const dialog = { showMessageBox: () => (asked++, Promise.resolve({ response: 0 })) };
    await expect(
      openAskingToBreakLock((breakLock) => openArchive(path, { breakLock }), dialog, 'ar'),
    ).rejects.toMatchObject({
      code: 'archive_locked',
      params: { pid: holder.pid, host: hostname() },
    });
    expect(asked).toBe(0);
    expect(readLock(path).pid).toBe(holder.pid);
  }, 90_000);

  it('from the command line: refused with the computer and time named, then taken over with --break-lock and a warning', async () => {
    const path = join(tempDir(), 'midad.sqlite');
    // A real program holds the archive; its lock is then made to name another computer, as a synced copy would.
    const holder = await hold(path);
    writeFileSync(lockPathFor(path), JSON.stringify({ ...readLock(path), host: 'newsroom-desk-7' }));

    const refused = await midad(['--db', path, 'list']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('on another computer (the lock test holder on newsroom-desk-7, since');
    expect(refused.stderr).toContain('--break-lock');
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);

    const broken = await midad(['--db', path, '--break-lock', 'list']);
    expect(broken.code).toBe(0);
    expect(broken.stderr).toMatch(
      /^midad: warning: broke the lock of the lock test holder on newsroom-desk-7 \(since \d{4}-/,
    );
    // The command let go of the archive when it finished: nothing of the old lock is left.
    expect(existsSync(lockPathFor(path))).toBe(false);
    expect(holder.exitCode).toBeNull();
  }, 90_000);

  it('from the desktop: the dialog names the computer; quitting keeps the lock, breaking opens the archive', async () => {
    const path = join(tempDir(), 'midad.sqlite');
    openArchive(path).close();
    lockFromAnotherComputer(path);
    const shown: MessageBoxOptions[] = [];
    const answer = (response: number) => ({
      showMessageBox: (options: MessageBoxOptions) => (shown.push(options), Promise.resolve({ response })),
    });
    const open = (breakLock: boolean) => openArchive(path, { breakLock });

    expect(await openAskingToBreakLock(open, answer(1), 'ar')).toBeNull();
    expect(readLock(path)).toMatchObject({ pid: 4242, host: 'newsroom-desk-7' });
    expect(shown[0]).toMatchObject({
      type: 'warning',
      message: 'الأرشيف مقفل من جهاز آخر',
      buttons: ['اكسر القفل وافتح', 'أغلق مِداد'],
      defaultId: 1,
      cancelId: 1,
    });
    expect(shown[0]!.detail).toContain('\u2066newsroom-desk-7\u2069');

    const archive = await openAskingToBreakLock(open, answer(0), 'en');
    expect(archive).not.toBeNull();
    expect(shown[1]!.detail).toMatch(
      /^The archive is marked as open on another computer \(Midad on \u2066newsroom-desk-7\u2069, since 1 Jan 2026, \d\d:\d\d\)/,
    );
    expect(readLock(path)).toMatchObject({ pid: process.pid, host: hostname() });
    archive!.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('is refused without asking for it, whatever program opens the file', () => {
    const path = join(tempDir(), 'midad.sqlite');
    lockFromAnotherComputer(path);
    let refused: unknown;
    try {
      openArchive(path);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(MidadError);
    expect((refused as MidadError).code).toBe('archive_locked_elsewhere');
    expect(existsSync(path)).toBe(false);
  });
});
