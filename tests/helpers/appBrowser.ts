/**
 * One end-to-end file's app: a real archive file (seeded by the file) and the loopback bridge on it, started
 * once per file and stopped after it, and the worker's Chromium (helpers/browser.ts: `sharedChromium`), whose
 * contexts the file opened are closed after it. Pages opened through `open` are checked after
 * the test that opened them (no page error, nothing fetched from outside the app) and closed; pages opened in a
 * `beforeAll` are checked after the file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { releaseChromium, sharedChromium } from './browser';
import { startBridgeProcess, type BridgeProcess } from './bridgeProcess';
import { openAppPage, type AppPage } from './appPage';

export interface AppBrowserOptions {
  /** Fills the archive before the bridge opens it (the helper closes it after). */
  seed?: (archive: Archive, dbPath: string) => void;
  /** How long starting everything may take: a loaded machine starts Chromium and the bridge slowly. */
  timeout?: number;
}

export interface OpenOptions {
  /** Pages of one context share local storage, as windows of one app do; the browser's default otherwise. */
  context?: BrowserContext;
  viewport?: { width: number; height: number };
}

/** What the bridge answers: the contract's envelope. */
export interface Envelope<T = unknown> {
  ok: boolean;
  value?: T;
  error?: { code: string; message?: string };
}

export interface AppBrowser {
  readonly browser: Browser;
  readonly bridge: BridgeProcess;
  /** The archive file the bridge serves. */
  readonly dbPath: string;
  /** Opens the app at `hash` (`#/article/ID`, or '' for the archive screen). */
  open(hash?: string, options?: OpenOptions): Promise<AppPage>;
  /** Calls one API method through the bridge with its token, as the page does. */
  api<T = unknown>(method: string, payload: unknown): Promise<Envelope<T>>;
  /**
   * Stops the bridge (close every page on it first) and runs `read` on the archive file alone, as the next
   * program to open it would; the next `open` or `api` starts a new bridge on the same file.
   */
  withBridgeStopped<T>(read: (dbPath: string) => T | Promise<T>): Promise<T>;
}

export function useAppBrowser(options: AppBrowserOptions = {}): AppBrowser {
  let browser: Browser | undefined;
  let bridge: BridgeProcess | undefined;
  let dir = '';
  let inTest = false;
  /** Stopped by `withBridgeStopped`: the next `open` or `api` starts a new one. */
  let stopped = false;
  let restarting: Promise<BridgeProcess> | undefined;
  const perTest: AppPage[] = [];
  const perFile: AppPage[] = [];

  const check = (p: AppPage) => {
    expect(p.foreign).toEqual([]);
    expect(p.errors).toEqual([]);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'midad-e2e-'));
    const dbPath = join(dir, 'midad.sqlite');
    if (options.seed) {
      const archive = openArchive(dbPath);
      try {
        options.seed(archive, dbPath);
      } finally {
        archive.close();
      }
    }
    // Chromium (the worker's, launched by the first file) and the bridge start side by side: each takes
    // seconds on a loaded machine.
    [browser, bridge] = await Promise.all([sharedChromium(), startBridgeProcess(dbPath)]);
  }, options.timeout ?? 120_000);
  afterAll(async () => {
    try {
      for (const p of perFile.splice(0)) check(p);
    } finally {
      // Whatever the checks found, the next file gets a browser with none of this file's pages.
      await releaseChromium(browser);
      await bridge?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });
  beforeEach(() => {
    inTest = true;
  });
  afterEach(async () => {
    inTest = false;
    for (const p of perTest.splice(0)) {
      check(p);
      if (!p.page.isClosed()) await p.page.close();
    }
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: useAppBrowser's beforeAll did not run or failed`);
    return value;
  };
  const running = (): Promise<BridgeProcess> => {
    if (!stopped) return Promise.resolve(started(bridge, 'the bridge'));
    restarting ??= startBridgeProcess(join(dir, 'midad.sqlite')).then((b) => {
      [bridge, stopped, restarting] = [b, false, undefined];
      return b;
    });
    return restarting;
  };

  return {
    get browser() {
      return started(browser, 'Chromium');
    },
    get bridge() {
      if (stopped) throw new Error('the bridge is stopped (withBridgeStopped): open() or api() starts a new one');
      return started(bridge, 'the bridge');
    },
    get dbPath() {
      return join(dir, 'midad.sqlite');
    },
    async open(hash = '', opts: OpenOptions = {}) {
      const b = await running();
      const app = await openAppPage(
        opts.context ?? started(browser, 'Chromium'),
        b.origin,
        b.url + hash,
        opts.viewport,
      );
      (inTest ? perTest : perFile).push(app);
      return app;
    },
    async api<T>(method: string, payload: unknown) {
      const b = await running();
      const response = await fetch(`${b.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-midad-token': b.token },
        body: JSON.stringify(payload),
      });
      return (await response.json()) as Envelope<T>;
    },
    async withBridgeStopped<T>(read: (dbPath: string) => T | Promise<T>) {
      const b = started(bridge, 'the bridge');
      // A page left open keeps connections the bridge would wait on; this test's pages are done with.
      for (const p of perTest) if (!p.page.isClosed()) await p.page.close();
      await b.stop();
      bridge = undefined;
      stopped = true;
      return await read(join(dir, 'midad.sqlite'));
    },
  };
}
