/** A crashed or hung page is reloaded on the last autosave and told to show a notice. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { watchForCrashes, type RecoverableWindow } from '../../../electron/crashRecovery';
import { SHELL_CHANNEL } from '../../../core/shell/commands';

function fakeWindow() {
  const win = new EventEmitter();
  const contents = new EventEmitter();
  const calls: string[] = [];
  const sent: Array<[string, string]> = [];
  const window = {
    isDestroyed: () => false,
    on: (e: string, l: () => void) => win.on(e, l),
    webContents: {
      on: (e: string, l: (...a: unknown[]) => void) => contents.on(e, l),
      once: (e: string, l: () => void) => contents.once(e, l),
      reload: () => calls.push('reload'),
      forcefullyCrashRenderer: () => {
        calls.push('crash');
        contents.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
      },
      send: (channel: string, command: string) => sent.push([channel, command]),
    },
  } as unknown as RecoverableWindow;
  return { window, win, contents, calls, sent };
}

function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  return {
    timers: {
      set: (fn: () => void) => (pending.set(++next, fn), next),
      clear: (h: unknown) => void pending.delete(h as number),
    },
    fire: () => [...pending.entries()].forEach(([h, fn]) => (pending.delete(h), fn())),
    count: () => pending.size,
  };
}

describe('crash recovery', () => {
  it('reloads a crashed page and, once it has loaded, tells it to show the recovery notice', () => {
    const { window, contents, calls, sent } = fakeWindow();
    const logged: string[] = [];
    watchForCrashes(window, { log: (m) => logged.push(m), giveUp: () => {} });
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(calls).toEqual(['reload']);
    expect(sent).toEqual([]);
    contents.emit('did-finish-load');
    expect(sent).toEqual([[SHELL_CHANNEL, 'recovered-after-crash']]);
    expect(logged[0]).toContain('crashed');
  });

  it('ignores a clean exit (a window closing)', () => {
    const { window, contents, calls } = fakeWindow();
    watchForCrashes(window, { log: () => {}, giveUp: () => {} });
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(calls).toEqual([]);
  });

  it('restarts a page that stays unresponsive past the grace period, but not one that recovers', () => {
    const { window, win, calls } = fakeWindow();
    const clock = manualTimers();
    watchForCrashes(window, { log: () => {}, giveUp: () => {}, timers: clock.timers });
    win.emit('unresponsive');
    win.emit('responsive');
    expect(clock.count()).toBe(0);
    win.emit('unresponsive');
    win.emit('unresponsive');
    expect(clock.count()).toBe(1);
    clock.fire();
    expect(calls).toEqual(['crash', 'reload']);
  });

  it('stops reloading a page that keeps crashing, and says so once', () => {
    const { window, contents, calls } = fakeWindow();
    let gaveUp = 0;
    let t = 0;
    watchForCrashes(window, {
      log: () => {},
      giveUp: () => void gaveUp++,
      now: () => t,
      maxReloads: 3,
      windowMs: 60_000,
    });
    for (let i = 0; i < 4; i++) contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(calls.filter((c) => c === 'reload')).toHaveLength(3);
    expect(gaveUp).toBe(1);
    t = 120_000;
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(calls.filter((c) => c === 'reload')).toHaveLength(4);
  });
});
