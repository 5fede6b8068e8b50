/**
 * Files handed to Midad by the system: on Linux and Windows as command-line arguments (first launch, or a
 * second launch forwarded by the single-instance lock), on macOS as `open-file` events, which can arrive
 * before the app is ready. Each becomes an import once the app can take it.
 */
import { extname, isAbsolute, resolve } from 'node:path';

/** The formats Midad exports and can import back; the packaging's file associations list the same. */
export const IMPORTABLE_EXTENSIONS = ['.json', '.html', '.htm', '.txt'] as const;

export function isImportable(path: string): boolean {
  return (IMPORTABLE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/**
 * The importable files named on a command line. The first argument is the executable; Chromium and
 * Electron add switches (`--foo`), and an unpackaged run adds the app folder (`.`): none of those are files.
 */
export function filesFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const files: string[] = [];
  for (const arg of argv.slice(1)) {
    if (!arg || arg.startsWith('-')) continue;
    if (!isImportable(arg)) continue;
    const full = isAbsolute(arg) ? arg : resolve(workingDirectory, arg);
    if (!files.includes(full)) files.push(full);
  }
  return files;
}

/** Holds files until a handler is attached (the app is ready and has a window), then hands them on at once. */
export class FileOpenQueue {
  private pending: string[] = [];
  private handler: ((files: string[]) => void) | null = null;

  push(files: readonly string[]): void {
    const importable = files.filter(isImportable);
    if (importable.length === 0) return;
    if (this.handler) this.handler([...importable]);
    else this.pending.push(...importable.filter((file) => !this.pending.includes(file)));
  }

  attach(handler: (files: string[]) => void): void {
    this.handler = handler;
    const queued = this.pending.splice(0);
    if (queued.length) handler(queued);
  }
}

/** The slice of Electron's `app` that macOS file opening uses. */
export interface OpenFileAppLike {
  on(event: 'open-file', listener: (event: { preventDefault(): void }, path: string) => void): unknown;
}

/** Registered before `ready`: macOS sends the files a launch was asked to open before the app is ready. */
export function listenForOpenFile(app: OpenFileAppLike, queue: FileOpenQueue): void {
  app.on('open-file', (event, path) => {
    event.preventDefault();
    queue.push([path]);
  });
}
