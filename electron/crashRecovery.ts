/**
 * A window whose page crashed or hung is reloaded. The reload reads the article from the archive (the last
 * autosave) and the editor's recovery store restores anything typed after it; the page is then told to
 * show a notice. Repeated crashes in a short time stop the reloading, so a page that crashes on load does
 * not spin forever.
 */
import { SHELL_CHANNEL, type ShellCommand } from '../core/shell/commands';

/** The slice of BrowserWindow and its webContents that recovery uses. */
export interface RecoverableWindow {
  isDestroyed(): boolean;
  on(event: 'unresponsive' | 'responsive', listener: () => void): unknown;
  webContents: {
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: { reason: string; exitCode: number }) => void,
    ): unknown;
    once(event: 'did-finish-load', listener: () => void): unknown;
    reload(): void;
    forcefullyCrashRenderer(): void;
    send(channel: string, command: ShellCommand): void;
  };
}

export interface RecoveryOptions {
  log: (message: string) => void;
  /** Told once when recovery gives up, in one plain sentence. */
  giveUp: () => void;
  /** How long a hung page gets to answer again before it is restarted. */
  hangGraceMs?: number;
  maxReloads?: number;
  windowMs?: number;
  now?: () => number;
  timers?: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void };
}

export function watchForCrashes(window: RecoverableWindow, options: RecoveryOptions): void {
  const { log, giveUp, hangGraceMs = 10_000, maxReloads = 3, windowMs = 60_000, now = Date.now } = options;
  const timers = options.timers ?? {
    set: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
  const reloads: number[] = [];
  let hang: unknown = null;

  const recover = (why: string) => {
    if (window.isDestroyed()) return;
    const t = now();
    while (reloads.length && t - (reloads[0] ?? 0) > windowMs) reloads.shift();
    if (reloads.length >= maxReloads) {
      log(`renderer ${why} again; not reloading after ${maxReloads} reloads in ${windowMs} ms`);
      giveUp();
      return;
    }
    reloads.push(t);
    log(`renderer ${why}; reloading on the last autosave`);
    window.webContents.once('did-finish-load', () => {
      if (!window.isDestroyed()) window.webContents.send(SHELL_CHANNEL, 'recovered-after-crash');
    });
    window.webContents.reload();
  };

  window.webContents.on('render-process-gone', (_event, details) => {
    // clean-exit is a normal shutdown (closing the window), not a crash.
    if (details.reason === 'clean-exit') return;
    recover(`gone (${details.reason}, exit code ${details.exitCode})`);
  });
  window.on('unresponsive', () => {
    if (hang !== null) return;
    hang = timers.set(() => {
      hang = null;
      if (window.isDestroyed()) return;
      log(`renderer unresponsive for ${hangGraceMs} ms; restarting it`);
      // A hung renderer cannot reload itself: end it; render-process-gone then reloads it.
      window.webContents.forcefullyCrashRenderer();
    }, hangGraceMs);
  });
  window.on('responsive', () => {
    if (hang === null) return;
    timers.clear(hang);
    hang = null;
  });
}
