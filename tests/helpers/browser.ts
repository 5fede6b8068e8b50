/**
 * Debian's Chromium driven by playwright-core (Playwright cannot download its own browser here). The flags
 * keep Chromium from reaching for the network, which this machine does not have.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.MIDAD_CHROMIUM ?? '/usr/bin/chromium';

function chromiumMissingReason(): string | null {
  return existsSync(CHROMIUM_PATH)
    ? null
    : `Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium) or set MIDAD_CHROMIUM`;
}

/** Launches Chromium, or fails the calling suite with a sentence naming what to install. */
export async function launchChromium(): Promise<Browser> {
  const missing = chromiumMissingReason();
  if (missing) throw new Error(missing);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Where a worker keeps its Chromium: on the global object, so a module evaluated again still finds it. */
const SHARED = Symbol.for('midad.tests.sharedChromium');
type Holder = { [SHARED]?: Promise<Browser> };

/**
 * The test worker's one Chromium, launched on first use and kept for the files the worker runs next (the e2e
 * project shares a worker between files: vitest.config.ts). Launching and closing a Chromium costs about 1.4 s
 * of CPU and 2-3 s of a file's time; each file still gets contexts of its own, closed after it by
 * `releaseChromium`, so no page, storage or cookie outlives its file. One that crashed or was closed is
 * launched again. It ends with the worker (Playwright kills the browsers it launched when the process exits).
 */
export async function sharedChromium(): Promise<Browser> {
  const holder = globalThis as Holder;
  const current = await holder[SHARED]?.catch(() => undefined);
  if (current?.isConnected()) return current;
  const launching = launchChromium();
  holder[SHARED] = launching;
  return launching;
}

/** After a file: every context it opened on the shared Chromium closed (their pages with them). */
export async function releaseChromium(browser: Browser | undefined): Promise<void> {
  if (!browser?.isConnected()) return;
  await Promise.all(browser.contexts().map((context) => context.close()));
}
