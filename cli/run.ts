/** Parses a `midad` command line and runs the command against the archive. */
import { storageError } from '../core/api/storageError';
import { acquireArchiveLock } from '../db/archiveLock';
import { openArchive } from '../db/connection';
import type { Archive } from '../db/archive';
import { defaultArchivePath } from '../db/paths';
import { MidadError } from '../core/api/errors';
import { LOCK_PROGRAMS } from '../core/api/lockPrograms';
import { COMMANDS, usage } from './commands';
import { UsageError } from './usageError';
import type { CliIO } from './commands/command';

/** Runs one command line; returns the exit code. */
export async function runCli(argv: string[], io: CliIO, env = process.env): Promise<number> {
  const args = [...argv];
  let dbPath: string | undefined;
  const dbAt = args.indexOf('--db');
  if (dbAt !== -1) {
    dbPath = args[dbAt + 1];
    if (!dbPath) {
      io.err('midad: --db needs a file path');
      return 2;
    }
    args.splice(dbAt, 2);
  }
  const breakLock = args.includes('--break-lock');
  if (breakLock) args.splice(args.indexOf('--break-lock'), 1);
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`midad: unknown command "${name}". Run midad --help for the list.`);
    return 2;
  }
  if (rest.includes('--help')) {
    io.out(command.help);
    return 0;
  }
  let archive: Archive | undefined;
  try {
    const archivePath = dbPath ?? defaultArchivePath(env);
    // Breaking is its own step, before the command opens the file as it always does; a lock held by a
    // live program on this computer is refused here too.
    if (breakLock) {
      acquireArchiveLock(archivePath, {
        program: LOCK_PROGRAMS.cli,
        breakLock: true,
        onBroken: (held) =>
          io.err(
            `midad: warning: broke the lock of ${held.program} on ${held.host} (since ${held.startedAt}). If it still runs there, close it now: two programs on one archive can undo each other's work.`,
          ),
      }).release();
    }
    if (command.runOnPath) return await command.runOnPath(archivePath, rest, io);
    archive = openArchive(archivePath, {
      program: LOCK_PROGRAMS.cli,
      onMigrating: (from, to) =>
        io.err(
          `midad: updating the archive from schema ${from} to ${to} first (a backup is taken; a large archive takes a minute, once)`,
        ),
    });
    return await command.run(archive, rest, io);
  } catch (error) {
    const known = error instanceof MidadError || error instanceof UsageError ? error : storageError(error);
    const message = known ? known.message : `unexpected error: ${String(error)}`;
    io.err(`midad ${name}: ${message}`);
    return error instanceof UsageError ? 2 : 1;
  } finally {
    archive?.close();
  }
}
