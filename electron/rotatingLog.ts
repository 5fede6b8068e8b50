/**
 * The main process's log: a plain text file in the user-data folder, rotated by size so it never grows
 * without bound (main.log, then main.1.log … main.N.log, oldest dropped). It is never sent anywhere.
 */
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface RotatingLogOptions {
  dir: string;
  name?: string;
  maxBytes?: number;
  /** How many rotated files to keep beside the current one. */
  keep?: number;
  now?: () => Date;
}

export interface RotatingLog {
  readonly path: string;
  write(level: 'info' | 'error', message: string): void;
}

export function createRotatingLog(options: RotatingLogOptions): RotatingLog {
  const { dir, name = 'main', maxBytes = 1024 * 1024, keep = 3, now = () => new Date() } = options;
  const file = (n: number) => join(dir, n === 0 ? `${name}.log` : `${name}.${n}.log`);
  const path = file(0);

  const rotate = () => {
    rmSync(file(keep), { force: true });
    for (let n = keep - 1; n >= 0; n--) if (existsSync(file(n))) renameSync(file(n), file(n + 1));
  };

  return {
    path,
    write(level, message) {
      const line = `${now().toISOString()} ${level.toUpperCase()} ${message.replace(/\r?\n/g, '\n    ')}\n`;
      try {
        mkdirSync(dir, { recursive: true });
        const size = existsSync(path) ? statSync(path).size : 0;
        if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
        appendFileSync(path, line);
      } catch {
        // Logging must never be the thing that takes the app down.
      }
    },
  };
}

/** An error as one log entry: its stack when it has one. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
