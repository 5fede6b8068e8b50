/** Every `midad` subcommand, by name. Each lives in its own file. */
import type { Archive } from '../../db/connection';
import type { CliIO } from '../run';
import { listCommand } from './list';
import { showCommand } from './show';
import { reviewExportCommand } from './reviewExport';
import { reviewImportCommand } from './reviewImport';

export interface Command {
  summary: string;
  help: string;
  run: (archive: Archive, args: string[], io: CliIO) => number | Promise<number>;
}

export const COMMANDS: Record<string, Command> = {
  list: listCommand,
  show: showCommand,
  // review (issue 6): offline hand-off
  'review-export': reviewExportCommand,
  'review-import': reviewImportCommand,
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return [
    'Usage: midad [--db PATH] COMMAND [options]',
    '',
    'The archive is MIDAD_DB when set, otherwise the desktop app’s own file.',
    '',
    'Commands:',
    ...lines,
    '',
    'Run midad COMMAND --help for a command’s options.',
  ].join('\n');
}
