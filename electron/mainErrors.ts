/**
 * Errors nobody caught in the main process: each is written to the local log, and the person is told in
 * one plain sentence (at most once a minute, so a repeating fault does not bury them in dialogs).
 */
import { describeError, type RotatingLog } from './rotatingLog';

export interface ProcessLike {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (error: unknown) => void): unknown;
}

export function catchMainErrors(
  proc: ProcessLike,
  log: Pick<RotatingLog, 'write'>,
  tell: () => void,
  now: () => number = Date.now,
  quietMs = 60_000,
): void {
  let lastTold = -Infinity;
  const handle = (kind: string) => (error: unknown) => {
    log.write('error', `${kind}: ${describeError(error)}`);
    const t = now();
    if (t - lastTold < quietMs) return;
    lastTold = t;
    try {
      tell();
    } catch (telling) {
      log.write('error', `could not show the error: ${describeError(telling)}`);
    }
  };
  proc.on('uncaughtException', handle('uncaught exception'));
  proc.on('unhandledRejection', handle('unhandled rejection'));
}
