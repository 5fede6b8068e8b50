import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSnapshot } from '../../db/backup';
import { backupName } from '../../db/backupFiles';
import type { Command } from './index';
import { UsageError } from '../usageError';

export const backupCommand: Command = {
  summary: 'write a copy of the archive to DEST',
  help: 'Usage: midad backup DEST\n\nWrites a consistent copy of the archive to the file DEST, or into DEST when it is a folder.\nAn existing file is never overwritten.',
  run(archive, args, io) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (positionals.length !== 1) throw new UsageError('give exactly one destination file or folder');
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
