/**
 * One program at a time on an archive file. SQLite's own locks keep each write atomic, but two programs
 * that both believe they own the file (a second Midad, the CLI during a restore, a sync tool's copy being
 * opened) can still undo each other's work. So beside `midad.sqlite` lies `midad.sqlite.lock`, holding the
 * owner's pid, host, program and start time. A lock whose process is gone (same host, pid not running) is
 * stale and taken over; any other lock refuses the open with a message naming who holds it. A lock naming
 * another host cannot be checked from here (the folder is shared or synced): the person may break it when
 * they know Midad no longer runs there (`breakLock`). A lock held by a live process on this host is never
 * broken, whatever is asked.
 *
 * Within one process the lock is counted, so the same program may open the file more than once. SQLite's
 * own locking (WAL, busy_timeout) still orders the writes of the connections allowed in.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import { MidadError } from '../core/api/errors';
import { LOCK_PROGRAMS } from '../core/api/lockPrograms';

export const LockInfoSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  program: z.string(),
  startedAt: z.string(),
});
export type LockInfo = z.infer<typeof LockInfoSchema>;

export interface ArchiveLock {
  readonly path: string;
  release(): void;
}

export function lockPathFor(archivePath: string): string {
  return `${resolve(archivePath)}.lock`;
}

/**
 * Whether a process killed with this pid is a zombie: dead, kept in the process table only until its parent
 * collects its exit status. Signal 0 still reaches it, so it looked alive for a while after a crash. Linux
 * says so in /proc (state Z); elsewhere this cannot be told and the process counts as running.
 */
export function processIsZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces or parentheses: the state follows the last one.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

/** Whether a process with this pid runs on this machine (signal 0 checks without sending anything). */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !processIsZombie(pid);
}

const held = new Map<string, { count: number }>();
let exitHookInstalled = false;

function readLock(path: string): LockInfo | null {
  try {
    const parsed = LockInfoSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function tryCreate(path: string, info: LockInfo): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(info));
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Whether the lock may be taken over: stale here, or from another host that the person chose to break. */
function mayTakeOver(info: LockInfo | null, isRunning: (pid: number) => boolean, breakLock: boolean): boolean {
  // An unreadable lock was cut short by a crash while being written: nobody can be holding it.
  if (!info) return true;
  return info.host === hostname() ? !isRunning(info.pid) : breakLock;
}

const sameLock = (a: LockInfo | null, b: LockInfo | null) =>
  !!a && !!b && a.pid === b.pid && a.host === b.host && a.startedAt === b.startedAt;

function refuse(info: LockInfo, archivePath: string): MidadError {
  if (info.host !== hostname()) {
    return new MidadError(
      'archive_locked_elsewhere',
      `The archive ${basename(archivePath)} is marked as open on another computer (${info.program} on ${info.host}, since ${info.startedAt}). If Midad no longer runs there, break the lock (midad --break-lock); otherwise close it there first. The file was not touched.`,
      { program: info.program, pid: info.pid, host: info.host, since: info.startedAt },
    );
  }
  return new MidadError(
    'archive_locked',
    `The archive ${basename(archivePath)} is open in another program (${info.program}, pid ${info.pid} on ${info.host}, since ${info.startedAt}). Close it and try again; the file was not touched.`,
    { program: info.program, pid: info.pid, host: info.host, since: info.startedAt },
  );
}

function releaseAllOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const path of held.keys()) removeIfOurs(path);
    held.clear();
  });
}

function removeIfOurs(path: string): void {
  const info = readLock(path);
  if (info && info.pid === process.pid && info.host === hostname()) rmSync(path, { force: true });
}

export interface LockOptions {
  program?: string;
  isRunning?: (pid: number) => boolean;
  now?: () => Date;
  /** Take over a lock that names another host (the person's explicit choice); never one of this host's. */
  breakLock?: boolean;
  /** Told which lock was broken, so the person can be warned. */
  onBroken?: (info: LockInfo) => void;
}

export function acquireArchiveLock(archivePath: string, options: LockOptions = {}): ArchiveLock {
  const path = lockPathFor(archivePath);
  const mine = held.get(path);
  let released = false;
  const lock: ArchiveLock = {
    path,
    // Each handle releases once, however often it is asked (an archive closed twice).
    release() {
      if (released) return;
      released = true;
      const entry = held.get(path);
      if (!entry) return;
      entry.count -= 1;
      if (entry.count > 0) return;
      held.delete(path);
      removeIfOurs(path);
    },
  };
  if (mine) {
    mine.count += 1;
    return lock;
  }
  const info: LockInfo = {
    pid: process.pid,
    host: hostname(),
    program: options.program ?? 'midad',
    startedAt: (options.now?.() ?? new Date()).toISOString(),
  };
  const isRunning = options.isRunning ?? processIsRunning;
  let broken: LockInfo | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path, info)) {
      held.set(path, { count: 1 });
      releaseAllOnExit();
      if (broken) options.onBroken?.(broken);
      return lock;
    }
    const existing = readLock(path);
    if (!mayTakeOver(existing, isRunning, options.breakLock ?? false)) throw refuse(existing as LockInfo, archivePath);
    // Move the stale lock aside rather than delete it: if another process took it over meanwhile, only
    // one of the two renames succeeds, and the loser finds the winner's fresh lock on its next attempt.
    const aside = `${path}.stale-${process.pid}`;
    try {
      renameSync(path, aside);
    } catch {
      continue; // Someone else moved it first.
    }
    const moved = readLock(aside);
    // Only the lock that was judged is taken over: one that appeared meanwhile is put back.
    if (moved && !sameLock(moved, existing)) {
      renameSync(aside, path);
      continue;
    }
    rmSync(aside, { force: true });
    if (existing && existing.host !== hostname()) broken = existing;
  }
  const winner = readLock(path);
  throw refuse(winner ?? { ...info, program: LOCK_PROGRAMS.unknown }, archivePath);
}
