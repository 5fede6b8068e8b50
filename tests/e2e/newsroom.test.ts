/**
 * The newsroom in Chromium through the bridge, against a real server (pouchdb-server, or MIDAD_TEST_COUCHDB):
 * signing in from Settings → Newsroom with the keyboard (a wrong password first), the header's sync word,
 * the role taken from the server, a conflicted article's badge, notice and side-by-side view, resolving it,
 * and signing out keeping the archive. Screenshots in __screenshots__/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { updateSettings } from '../../db/settings';
import { createSyncEngine } from '../../db/sync/engine';
import { addUser, initNewsroom } from '../../db/sync/serverAdmin';
import { axeViolations } from '../helpers/axe';
import { openAppPage, settled, type AppPage } from '../helpers/appPage';
import { startBridgeProcess, type BridgeProcess } from '../helpers/bridgeProcess';
import { releaseChromium, sharedChromium } from '../helpers/browser';
import { LOOKS, matrixName, WIDTHS } from '../helpers/screenMatrix';
import {
  describeServer,
  startNewsroomServer,
  uniqueDatabaseName,
  type NewsroomServer,
} from '../helpers/newsroomServer';
import { useTempDir } from '../helpers/tempDir';
import { anyOf, ar, labelPattern } from '../helpers/labels';
import { designDocVersion1 } from '../helpers/olderRules';

const tempDir = useTempDir();
const SCREENSHOTS = join(import.meta.dirname, '__screenshots__');
const suffix = Math.random().toString(36).slice(2, 8);
const rana = { name: `rana-${suffix}`, password: 'pw-rana' };
const omar = { name: `omar-${suffix}`, password: 'pw-omar' };
const jana = { name: `jana-${suffix}`, password: 'pw-jana' };
let server: NewsroomServer;
let databaseUrl = '';
let browser: Browser;
let bridge: BridgeProcess;
let app: AppPage;
let conflictedId = '';

function edit(archive: Archive, id: string, headline: string, text: string) {
  const current = getArticle(archive, id);
  saveArticle(archive, id, current.version, { headline, body: stateFromParagraphs([text]) }, new Date(), {
    kind: 'explicit',
  });
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Chromium starts while the server and the three workstations are set up (seconds each on a loaded machine);
  // kept as soon as it is up, so afterAll closes its pages even when the set-up fails first.
  const launching = sharedChromium().then((b) => (browser = b));
  launching.catch(() => {}); // awaited below; a set-up failing before that is the error to report
  server = await startNewsroomServer();
  const db = uniqueDatabaseName('midad-e2e');
  await initNewsroom(`${server.adminUrl}/${db}`);
  await addUser(`${server.adminUrl}/${db}`, rana.name, 'journalist', rana.password);
  await addUser(`${server.adminUrl}/${db}`, omar.name, 'editor', omar.password);
  await addUser(`${server.adminUrl}/${db}`, jana.name, 'journalist', jana.password);
  databaseUrl = `${server.url}/${db}`;

  // Rana's, Jana's and Omar's workstations all edit one story while apart: Omar's archive comes out with
  // three versions in conflict.
  const dir = tempDir();
  const ranas = openArchive(join(dir, 'rana.sqlite'));
  updateSettings(ranas, { profile: { name: 'رنا', role: 'journalist' } });
  const omars = openArchive(join(dir, 'omar.sqlite'));
  updateSettings(omars, { profile: { name: 'عمر', role: 'journalist' } });
  const janas = openArchive(join(dir, 'jana.sqlite'));
  updateSettings(janas, { profile: { name: 'جنى', role: 'journalist' } });
  const story = createArticle(ranas, {
    ...NEW_ARTICLE_FIELDS,
    headline: 'افتتاح معرض الكتاب',
    body: stateFromParagraphs(['افتُتح معرض الكتاب صباح اليوم.']),
  });
  conflictedId = story.id;
  const engine = (archive: Archive, p: typeof rana) =>
    createSyncEngine(archive, { databaseUrl, auth: { user: p.name, password: p.password } });
  await engine(ranas, rana).runOnce();
  await engine(omars, omar).runOnce();
  await engine(janas, jana).runOnce();
  edit(ranas, story.id, 'افتتاح معرض الكتاب بمشاركة خمسين دار نشر', 'افتُتح معرض الكتاب صباح اليوم بمشاركة خمسين داراً.');
  edit(omars, story.id, 'معرض الكتاب يفتح أبوابه', 'فتح معرض الكتاب أبوابه للزوار صباح اليوم.');
  edit(janas, story.id, 'آلاف الزوار في افتتاح معرض الكتاب', 'افتُتح معرض الكتاب صباح اليوم وسط إقبال كبير.');
  await engine(ranas, rana).runOnce();
  await engine(janas, jana).runOnce();
  await engine(omars, omar).runOnce();
  expect(getArticle(omars, story.id).conflicted).toBe(true);
  ranas.close();
  omars.close();
  janas.close();

  [, bridge] = await Promise.all([launching, startBridgeProcess(join(dir, 'omar.sqlite'))]);
  app = await openAppPage(browser, bridge.origin, bridge.url);
}, 180_000);

afterAll(async () => {
  // The worker's Chromium stays for the next file: this file's pages and contexts go.
  await releaseChromium(browser);
  await bridge?.stop();
  await server?.stop();
});

/**
 * Waits until the page has taken a newsroom status asked from now on (it asks every two seconds): before its
 * first answer a page shows no sync word whatever the session, so "nothing shown" proves nothing until then.
 */
async function statusTaken(page: Page): Promise<void> {
  const response = await page.waitForResponse((r) => r.url().endsWith('/api/newsroom.status'), { timeout: 15_000 });
  await response.finished();
  await settled(page);
}

describe(`the newsroom in the browser build (${describeServer()})`, () => {
  it('signs in from Settings → Newsroom with the keyboard, after a wrong password', async () => {
    const { page } = app;
    await page.getByTestId('archive-row').first().waitFor();
    // Not signed in: the header says nothing about sync.
    await statusTaken(page);
    expect(await page.getByTestId('sync-indicator').count()).toBe(0);
    await page.goto(`${bridge.url}#/settings`);
    const section = page.getByTestId('newsroom-settings');
    await section.waitFor();
    await page.getByLabel(ar('newsroom.address')).fill(databaseUrl);
    await page.keyboard.press('Tab');
    await page.keyboard.type(omar.name);
    await page.keyboard.press('Tab');
    await page.keyboard.type('not-his-password');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('newsroom-problem').innerText())
      .toContain(ar('newsroom.problem.wrong_password'));
    // The password box is emptied after every attempt: it is never kept, not even in the page.
    expect(await page.getByLabel(ar('newsroom.password')).inputValue()).toBe('');
    await page
      .getByTestId('newsroom-settings')
      .screenshot({ path: join(SCREENSHOTS, 'newsroom-wrong-password-ar.png') });
    await page.getByLabel(ar('newsroom.password')).focus();
    await page.keyboard.type(omar.password);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('newsroom-signed-in').innerText()).toContain(omar.name);
    expect(await page.getByTestId('newsroom-signed-in').innerText()).toContain(ar('settings.role.editor'));
    // The role is the server's: the profile shows editor and cannot be changed here while signed in.
    await expect.poll(() => page.locator('#profileRole').inputValue()).toBe('editor');
    expect(await page.locator('#profileRole').isDisabled()).toBe(true);
    // Nor from the person menu, which offers to switch the role only while signed out.
    await page.getByTestId('person-menu').click();
    await page.getByTestId('open-settings').waitFor();
    expect(await page.getByTestId('role-journalist').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'newsroom-settings-signed-in-ar.png'), fullPage: true });
  }, 90_000);

  it('shows sync in the header and a badge on the conflicted article', async () => {
    const { page } = app;
    await page.goto(bridge.url);
    await page.getByTestId('archive-row').first().waitFor();
    await expect
      .poll(() => page.getByTestId('sync-indicator').innerText(), { timeout: 30_000 })
      .toMatch(
        anyOf(
          labelPattern('ar', 'sync.upToDate', {}, 'anywhere'),
          labelPattern('ar', 'sync.connected', {}, 'anywhere'),
        ),
      );
    expect(await page.getByTestId('conflict-badge').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'newsroom-archive-ar-1366.png') });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: join(SCREENSHOTS, 'newsroom-archive-ar-1024.png') });
    await page.setViewportSize({ width: 1366, height: 900 });
  }, 60_000);

  it(`looks right in each language and theme (${matrixName()}): badge, conflict view, Settings → Newsroom`, async () => {
    const { page } = app;
    const look = async (interfaceLanguage: 'ar' | 'en', theme: 'light' | 'dark') => {
      const response = await fetch(`${bridge.origin}/api/settings.update`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-midad-token': bridge.token },
        body: JSON.stringify({ interfaceLanguage, theme }),
      });
      expect(response.status).toBe(200);
    };
    const shoot = async (name: string, fullPage = false) => {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage });
      }
    };
    for (const { language, theme } of LOOKS) {
      await look(language, theme);
      const tag = `${language}-${theme}`;
      await page.goto(bridge.url);
      await page.reload();
      await page.locator(`html[lang="${language}"]`).waitFor();
      await page.getByTestId('conflict-badge').waitFor();
      // The badge is one line inside its row: never wrapped under the headline nor cut.
      const badge = await page.getByTestId('conflict-badge').boundingBox();
      expect(badge?.height).toBeLessThan(30);
      await shoot(`newsroom-badge-${tag}`);
      await page.goto(`${bridge.url}#/article/${conflictedId}`);
      await page.getByTestId('conflict-notice').getByRole('button').click();
      const view = page.getByTestId('conflict-view');
      await view.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await shoot(`newsroom-conflict-view-${tag}`);
      await page.keyboard.press('Escape');
      await page.goto(`${bridge.url}#/settings`);
      await page.getByTestId('newsroom-signed-in').waitFor();
      await page.getByTestId('newsroom-settings').scrollIntoViewIfNeeded();
      expect(await axeViolations(page)).toEqual([]);
      await shoot(`newsroom-settings-${tag}`);
    }
    await look('ar', 'light');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(bridge.url);
    await page.reload();
    await page.locator('html[lang="ar"]').waitFor();
  }, 240_000);

  it('lists all three versions, compares any two with the word diff, and keeping one resolves', async () => {
    const { page } = app;
    await page.goto(`${bridge.url}#/article/${conflictedId}`);
    const notice = page.getByTestId('conflict-notice');
    await notice.waitFor();
    await notice.getByRole('button', { name: ar('syncConflict.open') }).click();
    const view = page.getByTestId('conflict-view');
    await view.waitFor();
    expect(await view.getByRole('heading', { level: 2 }).innerText()).toContain('3');
    // Every version is listed with its author and headline.
    const heads = view.getByTestId('conflict-head');
    expect(await heads.count()).toBe(3);
    const listed = (await heads.allInnerTexts()).join('\n');
    for (const text of ['خمسين دار نشر', 'يفتح أبوابه', 'آلاف الزوار', 'رنا', 'عمر', 'جنى'])
      expect(listed).toContain(text);
    expect(await view.getByTestId('conflict-version').count()).toBe(2);
    expect(await view.getByTestId('diff').count()).toBeGreaterThan(0);
    expect(await view.locator('ins').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'newsroom-conflict-view-ar.png') });
    // The person picks, with the keyboard, which two stand side by side: Rana's beside Jana's.
    const option = async (which: 'left' | 'right', text: string) => {
      const row = view.getByTestId('conflict-head').filter({ hasText: text });
      await row.getByTestId(`conflict-pick-${which}`).focus();
      await page.keyboard.press('Space');
    };
    await option('left', 'خمسين دار نشر');
    await option('right', 'آلاف الزوار');
    const sides = await view.getByTestId('conflict-version').allInnerTexts();
    expect(sides[0]).toContain('خمسين دار نشر');
    expect(sides[1]).toContain('آلاف الزوار');
    expect(await view.locator('ins').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('آلاف')]),
    );
    // The same version on both sides says so instead of an empty diff.
    await option('right', 'خمسين دار نشر');
    expect(await view.locator('.conflict-view__diff').innerText()).toContain(ar('syncConflict.sameVersion'));
    await option('right', 'آلاف الزوار');
    const rana = view.getByTestId('conflict-version').filter({ hasText: 'خمسين دار نشر' });
    await rana.getByRole('button', { name: ar('syncConflict.keep') }).click();
    await expect.poll(() => page.getByTestId('conflict-notice').count()).toBe(0);
    // The editor reloads on the kept version.
    await expect.poll(() => page.locator('.editor-screen').innerText()).toContain('بمشاركة خمسين دار نشر');
  }, 60_000);

  it(`says when the server's rules are out of date, and follows init (${matrixName()})`, async () => {
    const { page } = app;
    const setLook = async (interfaceLanguage: 'ar' | 'en', theme: 'light' | 'dark') => {
      const response = await fetch(`${bridge.origin}/api/settings.update`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-midad-token': bridge.token },
        body: JSON.stringify({ interfaceLanguage, theme }),
      });
      expect(response.status).toBe(200);
    };
    const indicator = page.getByTestId('sync-indicator');
    await page.goto(bridge.url);
    await page.getByTestId('archive-row').first().waitFor();
    // The admin puts an older Midad's rules back, as an old `midad server init` would have left them: the
    // design document comes in the changes feed the desk is waiting on, and the header says so by itself.
    const ddocUrl = `${databaseUrl}/_design/midad`;
    const admin = new URL(server.adminUrl);
    const authorization = `Basic ${Buffer.from(`${decodeURIComponent(admin.username)}:${decodeURIComponent(admin.password)}`).toString('base64')}`;
    const installed = (await (await fetch(ddocUrl, { headers: { authorization } })).json()) as { _rev: string };
    const put = await fetch(ddocUrl, {
      method: 'PUT',
      headers: { authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ ...designDocVersion1(), _rev: installed._rev }),
    });
    expect(put.status).toBe(201);
    await expect.poll(() => indicator.innerText(), { timeout: 30_000 }).toContain(ar('sync.rules.older'));
    for (const { language, theme } of LOOKS) {
      // The page is in Arabic and light already (the file's default look): reloaded only for another.
      if (language !== 'ar' || theme !== 'light') {
        await setLook(language, theme);
        await page.reload();
        await page.locator(`html[lang="${language}"]`).waitFor();
      }
      await expect
        .poll(() => indicator.innerText(), { timeout: 30_000 })
        .toMatch(labelPattern(language, 'sync.rules.older', {}, 'anywhere'));
      expect(await indicator.getAttribute('data-tone')).toBe('advice');
      // What to do is the part a person needs: shown whole, or in its tooltip where two lines cut it.
      const action = indicator.locator('.sync-indicator__action');
      expect(await action.getAttribute('title')).toMatch(labelPattern(language, 'sync.rules.older.action'));
      expect(await axeViolations(page)).toEqual([]);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await page.screenshot({ path: join(SCREENSHOTS, `newsroom-rules-older-${language}-${theme}-${width}.png`) });
      }
    }
    // The admin runs init: the header is back to up to date, with no sign-in or restart.
    expect((await initNewsroom(`${server.adminUrl}/${new URL(databaseUrl).pathname.slice(1)}`)).join('\n')).toContain(
      'design document: updated (rules version 1 → 2)',
    );
    const last = LOOKS.at(-1)!.language;
    await expect
      .poll(() => indicator.innerText(), { timeout: 30_000 })
      .toMatch(
        anyOf(
          labelPattern(last, 'sync.upToDate', {}, 'anywhere'),
          labelPattern(last, 'sync.connected', {}, 'anywhere'),
        ),
      );
    await setLook('ar', 'light');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.reload();
    await page.locator('html[lang="ar"]').waitFor();
  }, 120_000);

  it('reads in English and dark, and says so calmly when the server goes away', async () => {
    const { page } = app;
    await page.evaluate(async () => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="midad-bridge-token"]')?.content ?? '';
      await fetch('/api/settings.update', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-midad-token': token },
        body: JSON.stringify({ interfaceLanguage: 'en', theme: 'dark' }),
      });
    });
    await page.goto(`${bridge.url}#/settings`);
    await page.getByTestId('newsroom-signed-in').waitFor();
    await page
      .getByTestId('newsroom-settings')
      .screenshot({ path: join(SCREENSHOTS, 'newsroom-settings-en-dark.png') });
    await page.goto(bridge.url);
    await expect
      .poll(() => page.getByTestId('sync-indicator').innerText(), { timeout: 30_000 })
      .toMatch(
        anyOf(
          labelPattern('en', 'sync.upToDate', {}, 'anywhere'),
          labelPattern('en', 'sync.connected', {}, 'anywhere'),
        ),
      );
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: join(SCREENSHOTS, 'newsroom-archive-en-dark-1024.png') });
    await server.stop();
    await expect
      .poll(() => page.getByTestId('sync-indicator').innerText(), { timeout: 60_000 })
      .toMatch(
        anyOf(
          labelPattern('en', 'sync.error.unreachable', {}, 'anywhere'),
          labelPattern('en', 'sync.offline', {}, 'anywhere'),
        ),
      );
    expect(await page.getByTestId('sync-indicator').innerText()).toMatch(
      anyOf(
        labelPattern('en', 'sync.error.unreachable.action', {}, 'anywhere'),
        labelPattern('en', 'sync.offline.hint', {}, 'anywhere'),
      ),
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'newsroom-unreachable-en-dark-1024.png') });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.evaluate(async () => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="midad-bridge-token"]')?.content ?? '';
      await fetch('/api/settings.update', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-midad-token': token },
        body: JSON.stringify({ interfaceLanguage: 'ar', theme: 'light' }),
      });
    });
    await page.reload();
  }, 120_000);

  it('signs out: sync stops, the header says nothing, the archive stays', async () => {
    const { page } = app;
    await page.goto(`${bridge.url}#/settings`);
    await page.getByRole('button', { name: ar('newsroom.signOut') }).click();
    await page.getByLabel(ar('newsroom.address')).waitFor();
    // Back to the archive in the same page (a reload would show no sync word until its first status, whatever
    // the session): the header said "up to date" before the sign-out, and says nothing now, nor at the next ask.
    await page.goto(`${bridge.url}#/`);
    await page.getByTestId('archive-row').first().waitFor();
    await expect.poll(() => page.getByTestId('sync-indicator').count()).toBe(0);
    await statusTaken(page);
    expect(await page.getByTestId('sync-indicator').count()).toBe(0);
    expect(await page.getByTestId('archive-row').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('خمسين دار نشر')]),
    );
    expect(app.errors).toEqual([]);
    expect(app.foreign).toEqual([]);
  }, 60_000);
});
