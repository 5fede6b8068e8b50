import { parseArgs } from 'node:util';
import { IMPORT_FORMATS, type ImportFormat } from '../../core/exchange/types';
import { importFilesInGroups } from '../../db/exchange/importGroups';
import type { Command } from './index';
import { UsageError } from '../usageError';

export const importCommand: Command = {
  summary: 'import files (Midad JSON, ninjs, HTML, wire copy) into the archive',
  help: [
    'Usage: midad import [--format json|ninjs|html|wire] FILE...',
    '',
    'Prints ID<TAB>HEADLINE for each article imported. Each file is imported whole or not at all; an article',
    'whose id is already in the archive becomes a new version of it. Exits 1 when any file failed, naming it.',
  ].join('\n'),
  run(archive, args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string' } },
    });
    if (positionals.length === 0) throw new UsageError('give at least one FILE to import');
    const format = values.format as ImportFormat | undefined;
    if (format !== undefined && !IMPORT_FORMATS.includes(format))
      throw new UsageError(`--format takes one of ${IMPORT_FORMATS.join(', ')}`);
    let failed = 0;
    importFilesInGroups(archive, positionals, format, (outcome) => {
      if ('error' in outcome) {
        failed++;
        io.err(`midad import: ${outcome.error.message}`);
      } else {
        for (const a of outcome.articles) io.out(`${a.id}\t${a.headline}`);
      }
    });
    return failed ? 1 : 0;
  },
};
