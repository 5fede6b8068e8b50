/** Windows reopen where they were, unless that place no longer exists. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { placeWindow, rememberBounds, type Rect } from '../../../electron/windowBounds';
import type { WindowBounds } from '../../../core/settings/windowState';

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 };
const external: Rect = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('placing a window', () => {
  it('opens centred at the default size the first time', () => {
    expect(placeWindow(undefined, [laptop])).toEqual({ x: 80, y: 33, width: 1280, height: 860, maximized: false });
  });

  it('reopens where it was when that is on a display that exists', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900, maximized: true };
    expect(placeWindow(saved, [laptop, external])).toEqual(saved);
  });

  it('comes back to the primary display when its display was unplugged, never larger than that display', () => {
    const saved = { x: 1600, y: 100, width: 2000, height: 1200, maximized: false };
    expect(placeWindow(saved, [laptop])).toEqual({ x: 0, y: 25, width: 1440, height: 875, maximized: false });
  });

  it('counts a window as visible only if a grabbable part of it is on screen', () => {
    const sliver = { x: 1400, y: 100, width: 800, height: 600, maximized: false };
    expect(placeWindow(sliver, [laptop]).x).toBe(320);
    const aboveTop = { x: 100, y: -300, width: 800, height: 600, maximized: false };
    expect(placeWindow(aboveTop, [laptop])).toMatchObject({ x: 100, y: 25 });
  });
});

describe('remembering bounds', () => {
  function fakeWindow(bounds: Rect, maximized = false) {
    const emitter = new EventEmitter();
    return {
      emitter,
      window: {
        getNormalBounds: () => bounds,
        isMaximized: () => maximized,
        on: (e: 'resize' | 'move' | 'close', l: () => void) => emitter.on(e, l),
      },
    };
  }

  it('saves once after moving stops, and at once on close', () => {
    const saved: WindowBounds[] = [];
    const timers: Array<() => void> = [];
    const { emitter, window } = fakeWindow({ x: 10.4, y: 20, width: 900, height: 700 }, true);
    rememberBounds(window, (b) => saved.push(b), {
      set: (fn) => timers.push(fn) - 1,
      clear: (h) => (timers[h as number] = () => {}),
    });
    emitter.emit('move');
    emitter.emit('resize');
    emitter.emit('move');
    expect(saved).toEqual([]);
    timers.forEach((fn) => fn());
    expect(saved).toEqual([{ x: 10, y: 20, width: 900, height: 700, maximized: true }]);
    emitter.emit('close');
    expect(saved).toHaveLength(2);
  });
});
