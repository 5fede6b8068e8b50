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
