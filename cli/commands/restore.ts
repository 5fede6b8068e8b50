import { parseArgs } from 'node:util';
import { restoreArchiveFile } from '../../db/restore';
import { listBackups } from '../../db/backupFiles';
import type { Command } from './command';
import { UsageError } from '../usageError';

export const restoreCommand: Command = {
  summary: 'list the backups, or restore one',
  help: [
    'Usage: midad restore --list | midad restore NAME',
    '',
    "--list prints the backups in the archive's backups folder, newest first (name, reason, time).",
    'NAME restores that backup: a sound archive is first backed up itself; a damaged one was already moved aside.',
  ].join('\n'),
  // Runs without opening the archive: the archive may be damaged or missing, which is why one restores.
  async runOnPath(archivePath, args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { list: { type: 'boolean' } } });
    if (values.list) {
      for (const b of listBackups(archivePath)) io.out(`${b.name}\t${b.reason}\t${b.createdAt}`);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('give the NAME of one backup (midad restore --list shows them)');
    const { restored, safetyCopy } = await restoreArchiveFile(archivePath, positionals[0]!);
    io.out(`restored ${restored.name}${safetyCopy ? `; the archive as it was is kept as ${safetyCopy.name}` : ''}`);
    return 0;
  },
};
