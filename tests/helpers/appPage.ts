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

/**
 * Runs `act` (a click, or a selection set by script) and waits for the page's `selectionchange`: Lexical
 * learns of a moved caret from that event, a task after the move, and a key pressed before it lands in the old
 * place. Our listener is added after Lexical's, so when it has fired Lexical has seen the move.
 */
export async function caretMoved(page: Page, act: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __midadCaret?: { moved: boolean; before: string } };
    const s = getSelection();
    const state = { moved: false, before: '' };
    // A caret put back where it was fires no event; Lexical then has nothing to learn either.
    state.before = JSON.stringify([
      s?.anchorNode?.textContent,
      s?.anchorOffset,
      s?.focusNode?.textContent,
      s?.focusOffset,
    ]);
    w.__midadCaret = state;
    document.addEventListener('selectionchange', () => (state.moved = true), { once: true });
  });
  await act();
  await page.waitForFunction(
    () => {
      const state = (window as unknown as { __midadCaret: { moved: boolean; before: string } }).__midadCaret;
      const s = getSelection();
      const now = JSON.stringify([
        s?.anchorNode?.textContent,
        s?.anchorOffset,
        s?.focusNode?.textContent,
        s?.focusOffset,
      ]);
      return state.moved || now === state.before;
    },
    null,
    { timeout: 15_000 },
  );
}

/**
 * Waits until the page has drawn two frames: whatever a key press or a dispatched event set off (React's
 * render included) is on screen, so a check that nothing changed looks at the state after it.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/**
 * A promise for the figure's own save (`media.update`, sent half a second after its last edit) carrying these
 * values: start waiting before the edit, await after it.
 */
export function figureSaved(
  page: Page,
  values: Partial<Record<'caption' | 'credit' | 'alt', string>>,
): Promise<unknown> {
  return page.waitForResponse(
    (response) => {
      if (!response.url().endsWith('/api/media.update')) return false;
      const sent = JSON.parse(response.request().postData() ?? '{}') as Record<string, unknown>;
      return Object.entries(values).every(([key, value]) => sent[key] === value);
    },
    { timeout: 15_000 },
  );
}

/**
 * Waits, on the page's own timers, until every timer it set with a delay up to `ms` has run: timers fire in
 * the order of their deadlines, so one set now for `ms` runs after them. For checks that something did NOT
 * happen (a save while only reading) or that a pause was long enough to count as one.
 */
export async function pageTimersRun(page: Page, ms: number): Promise<void> {
  await page.evaluate((delay) => new Promise<void>((done) => setTimeout(done, delay)), ms);
}
