import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { noteText } from '../../core/exchange/importNotes';
import { IMPORT_FORMATS, type ImportFormat } from '../../core/exchange/types';
import { importFilesInGroups } from '../../db/exchange/importGroups';
import type { Command } from './command';
import { UsageError } from '../usageError';

export const importCommand: Command = {
  summary: 'import files (Midad JSON, ninjs, HTML, wire copy) into the archive',
  help: [
    'Usage: midad import [--format json|ninjs|html|wire] [--json] FILE...',
    '',
    'Prints ID<TAB>HEADLINE for each article imported. Each file is imported whole or not at all; an article',
    'whose id is already in the archive becomes a new version of it. Exits 1 when any file failed, naming it.',
    'For each file, what was kept and, as warnings, what was not go to stderr (`kept:` and `warning:` lines).',
    'With --json, prints one JSON array instead: per file its articles with their notes, or its error.',
  ].join('\n'),
  run(archive, args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string' }, json: { type: 'boolean' } },
    });
    if (positionals.length === 0) throw new UsageError('give at least one FILE to import');
    const format = values.format as ImportFormat | undefined;
    if (format !== undefined && !IMPORT_FORMATS.includes(format))
      throw new UsageError(`--format takes one of ${IMPORT_FORMATS.join(', ')}`);
    let failed = 0;
    const report: unknown[] = [];
    importFilesInGroups(archive, positionals, format, (outcome) => {
      if ('error' in outcome) {
        failed++;
        if (values.json) report.push({ file: outcome.path, error: outcome.error.message });
        else io.err(`midad import: ${outcome.error.message}`);
        return;
      }
      if (values.json) {
        report.push({ file: outcome.path, articles: outcome.articles });
        return;
      }
      for (const a of outcome.articles) {
        io.out(`${a.id}\t${a.headline}`);
        const name = basename(outcome.path);
        const kept = a.notes.filter((n) => !n.warning).map(noteText);
        if (kept.length) io.err(`midad import: ${name}: kept: ${kept.join('; ')}`);
        for (const n of a.notes.filter((n) => n.warning)) io.err(`midad import: ${name}: warning: ${noteText(n)}`);
      }
    });
    if (values.json) io.out(JSON.stringify(report, null, 2));
    return failed ? 1 : 0;
  },
};
