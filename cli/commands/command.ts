/**
 * What a `midad` subcommand is, and the output it writes to: a module of its own, so each command file and the
 * list of them (index.ts) and the runner (../run.ts) import it without importing one another.
 */
import type { Archive } from '../../db/archive';

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

type Runs =
  | { run: (archive: Archive, args: string[], io: CliIO) => number | Promise<number>; runOnPath?: never }
  /** For commands that must not open the archive first (restoring a damaged or missing one). */
  | { runOnPath: (archivePath: string, args: string[], io: CliIO) => number | Promise<number>; run?: never };

export type Command = { summary: string; help: string } & Runs;
