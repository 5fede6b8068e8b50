/**
 * One Midad per person: a second launch hands its files to the running one, which comes to the front, and
 * then quits. Two instances would otherwise fight over the same archive file.
 */
import { filesFromArgv } from './fileOpen';

/** The slice of Electron's `app` this uses. */
export interface SingleInstanceAppLike {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
}

export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * Returns false in a second instance (which has already been asked to quit). In the first, each later
 * launch calls `onSecondLaunch` with the importable files it was given (possibly none).
 */
export function claimSingleInstance(app: SingleInstanceAppLike, onSecondLaunch: (files: string[]) => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => onSecondLaunch(filesFromArgv(argv, workingDirectory)));
  return true;
}

export function bringToFront(window: FocusableWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
