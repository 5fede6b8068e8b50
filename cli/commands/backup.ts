import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup, writeSnapshot } from '../../db/backup';
import { backupName, backupsDir } from '../../db/backupFiles';
import type { Command } from './command';
import { UsageError } from '../usageError';

export const backupCommand: Command = {
  summary: 'write a copy of the archive into its backups folder, or to DEST',
  help: [
    'Usage: midad backup [DEST]',
    '',
    "Without DEST: writes a backup into the archive's backups folder (the settings' choice, else backups/",
    'beside the archive) and keeps the newest ones the settings ask for, as the daily backup does.',
    'With DEST: writes a consistent copy to the file DEST, or into DEST when it is a folder.',
    'An existing file is never overwritten.',
  ].join('\n'),
  run(archive, args, io) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (positionals.length === 0) {
      io.out(join(backupsDir(archive.name), createBackup(archive, 'manual').name));
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('give at most one destination file or folder');
    let destination = resolve(positionals[0]!);
    if (existsSync(destination) && statSync(destination).isDirectory()) {
      destination = join(destination, backupName(archive.name, 'manual', new Date()));
    }
    if (existsSync(destination)) throw new UsageError(`${destination} already exists; choose another name`);
    writeSnapshot(archive, destination);
    io.out(destination);
    return 0;
  },
};
