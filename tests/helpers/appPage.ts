/**
 * A page on the app through the bridge, with the checks every end-to-end test wants: no page errors, and
 * no request to anything but the app's own origin (the app must never touch the network).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface AppPage {
  page: Page;
  /** Page errors and console errors seen so far. */
  errors: string[];
  /** Requests that left the app's origin (must stay empty). */
  foreign: string[];
}

/** Pages opened from one context share local storage, as windows of one app do. */
export async function openAppPage(
  browser: Browser | BrowserContext,
  origin: string,
  url: string,
  viewport = { width: 1366, height: 900 },
): Promise<AppPage> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  await page.goto(url);
  return { page, errors, foreign };
}

/** Waits until the save indicator says the archive holds everything. */
export async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="save-state"]')?.getAttribute('data-state') === 'saved',
    null,
    {
      timeout: 15_000,
    },
  );
}
