/** Every `midad` subcommand, by name. Each lives in its own file. */
import { listCommand } from './list';
import { showCommand } from './show';
import { backupCommand } from './backup';
import { checkCommand } from './check';
import { restoreCommand } from './restore';
import { searchCommand } from './search';
// exchange (export and import)
import { importCommand } from './import';
import { exportCommand } from './export';
import { reviewExportCommand } from './reviewExport';
import { reviewImportCommand } from './reviewImport';
// newsroom sync: the server's setup
import { serverCommand } from './server';
// newsroom sync: the replication engine
import { syncCommand } from './sync';
import { historyCommand } from './history';
import { lintCommand } from './lint';

import type { Command } from './command';

export const COMMANDS: Record<string, Command> = {
  list: listCommand,
  show: showCommand,
  // --- archive area ---
  backup: backupCommand,
  check: checkCommand,
  restore: restoreCommand,
  // search
  search: searchCommand,
  // exchange (export and import)
  import: importCommand,
  export: exportCommand,
  // review: offline hand-off
  'review-export': reviewExportCommand,
  'review-import': reviewImportCommand,
  // newsroom sync: the server's setup
  server: serverCommand,
  // newsroom sync: the replication engine
  sync: syncCommand,
  history: historyCommand,
  // proofing
  lint: lintCommand,
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return [
    'Usage: midad [--db PATH] [--break-lock] COMMAND [options]',
    '',
    'The archive is MIDAD_DB when set, otherwise the desktop app’s own file.',
    '--break-lock takes over a lock left by Midad on another computer (a shared or synced folder), with a',
    'warning; only when Midad no longer runs there. A program running on this computer is never overridden.',
    '',
    'Commands:',
    ...lines,
    '',
    'Run midad COMMAND --help for a command’s options.',
  ].join('\n');
}
