/**
 * Restoring a window where it was: the saved bounds are used only if enough of the window would be on a
 * display that exists now (a laptop unplugged from its second screen must not open Midad off-screen);
 * otherwise the window is centred on the primary display, never larger than it.
 */
import type { WindowBounds } from '../core/settings/windowState';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
/** How much of the window must show on a display to count as visible: enough to grab its title bar. */
const MIN_VISIBLE = { width: 120, height: 48 } as const;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/** Where to open a window: `saved` when visible on one of `workAreas` (the first is the primary), else centred. */
export function placeWindow(
  saved: WindowBounds | undefined,
  workAreas: readonly Rect[],
): Rect & { maximized: boolean } {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved) return { ...centred(DEFAULT_SIZE, primary), maximized: false };
  const host = workAreas.find((area) => {
    const o = overlap(saved, area);
    return o.width >= MIN_VISIBLE.width && o.height >= MIN_VISIBLE.height;
  });
  if (!host) return { ...centred(saved, primary), maximized: saved.maximized };
  const width = Math.min(saved.width, host.width);
  const height = Math.min(saved.height, host.height);
  // Keep the title bar reachable: never above the work area's top edge.
  const y = Math.max(saved.y, host.y);
  return { x: saved.x, y, width, height, maximized: saved.maximized };
}

/** The slice of BrowserWindow whose bounds are remembered. */
export interface BoundsWindowLike {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  on(event: 'resize' | 'move' | 'close', listener: () => void): unknown;
}

/**
 * Saves the window's normal bounds and maximised state after it stops moving or resizing, and once more
 * when it closes. Normal bounds, so a maximised window restores to its previous size when un-maximised.
 */
export function rememberBounds(
  window: BoundsWindowLike,
  save: (bounds: WindowBounds) => void,
  timers: { set: (fn: () => void, ms: number) => unknown; clear: (handle: unknown) => void } = {
    set: (fn, ms) => setTimeout(fn, ms),
    clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
  delayMs = 500,
): void {
  let pending: unknown = null;
  const snapshot = (): WindowBounds => {
    const b = window.getNormalBounds();
    return {
      x: Math.round(b.x),
      y: Math.round(b.y),
      width: Math.round(b.width),
      height: Math.round(b.height),
      maximized: window.isMaximized(),
    };
  };
  const later = () => {
    if (pending !== null) timers.clear(pending);
    pending = timers.set(() => {
      pending = null;
      save(snapshot());
    }, delayMs);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', () => {
    if (pending !== null) timers.clear(pending);
    pending = null;
    save(snapshot());
  });
}
