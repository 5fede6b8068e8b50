/**
 * What the header says, walked through in Chromium over the bridge with a real server (pouchdb-server, or
 * MIDAD_TEST_COUCHDB) behind a cable the test can pull (tests/helpers/tcpProxy.ts), in Arabic and English:
 * a wrong password at sign-in, up to date, the network gone and back, and a journalist's publish the server
 * refused. Each state says what happened and what to do; each is photographed at 1024 and 1366 px, light
 * and dark, into __screenshots__/ for a person to look at, and checked with axe.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { openArchive } from '../../db/connection';
import { updateSettings } from '../../db/settings';
import { addUser, initNewsroom } from '../../db/sync/serverAdmin';
import { axeViolations } from '../helpers/axe';
import { openAppPage, type AppPage } from '../helpers/appPage';
import { startBridgeProcess, type BridgeProcess } from '../helpers/bridgeProcess';
import { releaseChromium, sharedChromium } from '../helpers/browser';
import {
  describeServer,
  startNewsroomServer,
  uniqueDatabaseName,
  type NewsroomServer,
} from '../helpers/newsroomServer';
import { LOOKS, matrixName, WIDTHS } from '../helpers/screenMatrix';
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy';
import { useTempDir } from '../helpers/tempDir';
import { ar, en, labelPattern, type LabelParams } from '../helpers/labels';
import type { MessageKey } from '../../core/i18n/ar';

const tempDir = useTempDir('midad-states-');
const SCREENSHOTS = join(import.meta.dirname, '__screenshots__');
const rana = { name: `rana-${Math.random().toString(36).slice(2, 8)}`, password: 'pw-rana' };
let server: NewsroomServer;
let proxy: TcpProxy;
let databaseUrl = '';
let adminDb = '';
let browser: Browser;
let bridge: BridgeProcess;
let app: AppPage;
let storyId = '';

async function call<T>(method: string, request: unknown): Promise<T> {
  const response = await fetch(`${bridge.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-midad-token': bridge.token },
    body: JSON.stringify(request),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

async function look(language: 'ar' | 'en', theme: 'light' | 'dark', hash = ''): Promise<void> {
  await call('settings.update', { interfaceLanguage: language, theme });
  await app.page.goto(`${bridge.url}${hash}`);
  await app.page.reload();
  await app.page.locator(`html[lang="${language}"]`).waitFor();
}

const indicator = () => app.page.getByTestId('sync-indicator');

/** A message of the header's, found anywhere in its text: the sync word and the sentence beside it. */
const said = (locale: 'ar' | 'en', key: MessageKey, params: LabelParams = {}) =>
  labelPattern(locale, key, params, 'anywhere');

/** The header in one state, in each look (tests/helpers/screenMatrix.ts); the words checked in each. */
async function headerMatrix(state: string, words: Record<'ar' | 'en', RegExp[]>): Promise<void> {
  const { page } = app;
  for (const { language, theme } of LOOKS) {
    await look(language, theme);
    await page.getByTestId('archive-row').first().waitFor();
    for (const word of words[language])
      await expect.poll(() => indicator().innerText(), { timeout: 60_000 }).toMatch(word);
    if (language === 'ar' || theme === 'light') expect(await axeViolations(page)).toEqual([]);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      // The whole sentence is on screen or, when cut, in the tooltip: nothing is lost to an ellipsis.
      const action = indicator().locator('.sync-indicator__action');
      if ((await action.count()) > 0) expect(await action.getAttribute('title')).toBe(await action.innerText());
      await page
        .locator('header.toolbar')
        .first()
        .screenshot({ path: join(SCREENSHOTS, `sync-header-${state}-${language}-${theme}-${width}.png`) });
    }
  }
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Chromium starts while the server and the archive are set up (seconds each on a loaded machine); kept as
  // soon as it is up, so afterAll closes its pages even when the set-up fails first.
  const launching = sharedChromium().then((b) => (browser = b));
  launching.catch(() => {}); // awaited below; a set-up failing before that is the error to report
  server = await startNewsroomServer();
  const db = uniqueDatabaseName('midad-states');
  adminDb = `${server.adminUrl}/${db}`;
  await initNewsroom(adminDb);
  await addUser(adminDb, rana.name, 'journalist', rana.password);
  const target = new URL(server.url);
  proxy = await startTcpProxy(Number(target.port));
  databaseUrl = `http://127.0.0.1:${proxy.port}/${db}`;

  const file = join(tempDir(), 'rana.sqlite');
  const archive = openArchive(file);
  updateSettings(archive, { profile: { name: 'رنا', role: 'journalist' } });
  storyId = createArticle(archive, {
    ...NEW_ARTICLE_FIELDS,
    headline: 'انقطاع الكهرباء في الحي الشرقي',
    body: stateFromParagraphs(['انقطعت الكهرباء عن الحي الشرقي ثلاث ساعات.']),
  }).id;
  archive.close();
  [, bridge] = await Promise.all([launching, startBridgeProcess(file)]);
  app = await openAppPage(browser, bridge.origin, bridge.url);
}, 180_000);

afterAll(async () => {
  // The worker's Chromium stays for the next file: this file's pages and contexts go.
  await releaseChromium(browser);
  await bridge?.stop();
  await proxy?.close();
  await server?.stop();
});

describe(`what the header says (${describeServer()}; ${matrixName()})`, () => {
  it('a wrong password says so in both languages; the right one signs in and the header says up to date', async () => {
    const { page } = app;
    for (const [language, words] of [
      ['ar', ar('newsroom.problem.wrong_password')],
      ['en', en('newsroom.problem.wrong_password')],
    ] as const) {
      await look(language, 'light', '#/settings');
      const section = page.getByTestId('newsroom-settings');
      await section.waitFor();
      await section.locator('input').nth(0).fill(databaseUrl);
      await section.locator('input').nth(1).fill(rana.name);
      await section.locator('input[type="password"]').fill('not-her-password');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('newsroom-problem').innerText()).toContain(words);
      await section.screenshot({ path: join(SCREENSHOTS, `newsroom-wrong-password-${language}-light.png`) });
    }
    await page.getByTestId('newsroom-settings').locator('input[type="password"]').fill(rana.password);
    await page.keyboard.press('Enter');
    await page.getByTestId('newsroom-signed-in').waitFor();
    await headerMatrix('up-to-date', { ar: [said('ar', 'sync.upToDate')], en: [said('en', 'sync.upToDate')] });
  }, 180_000);

  it('the network going away is said calmly with what to do, and coming back is noticed', async () => {
    await proxy.down();
    await headerMatrix('unreachable', {
      ar: [said('ar', 'sync.error.unreachable'), said('ar', 'sync.error.unreachable.action')],
      en: [said('en', 'sync.error.unreachable'), said('en', 'sync.error.unreachable.action')],
    });
    await proxy.up();
    await expect.poll(() => indicator().innerText(), { timeout: 90_000 }).toMatch(said('en', 'sync.upToDate'));
    expect(await indicator().getAttribute('data-tone')).toBe('ok');
  }, 240_000);

  it('the newsroom database made again is noticed, said once up to date, and given back what it lost', async () => {
    const admin = new URL(adminDb);
    const basic = Buffer.from(`${decodeURIComponent(admin.username)}:${decodeURIComponent(admin.password)}`);
    const deleted = await fetch(`${server.url}${admin.pathname}`, {
      method: 'DELETE',
      headers: { authorization: `Basic ${basic.toString('base64')}` },
    });
    expect(deleted.status).toBe(200);
    await initNewsroom(adminDb);
    // Rana goes on writing: her save wakes sync at once (otherwise it notices at the end of its long-poll).
    const { version } = await call<{ version: number }>('articles.get', { id: storyId });
    await call('articles.save', { id: storyId, baseVersion: version, fields: { standfirst: 'عاد التيار مساءً.' } });
    await headerMatrix('restored', {
      ar: [said('ar', 'sync.serverRestored'), said('ar', 'sync.serverRestored.action')],
      en: [said('en', 'sync.serverRestored'), said('en', 'sync.serverRestored.action')],
    });
    const onServer = await fetch(`${server.url}${admin.pathname}/article:${storyId}`, {
      headers: { authorization: `Basic ${basic.toString('base64')}` },
    });
    expect(onServer.status).toBe(200);
  }, 240_000);

  it('a publish the server refuses is said instead of up to date, and kept here', async () => {
    // Signed out, Rana calls herself an editor and publishes; signed in again, the server knows better.
    await call('newsroom.signOut', {});
    await call('settings.update', { profile: { name: 'رنا', role: 'editor' } });
    for (const to of ['submitted', 'in_review', 'approved', 'published']) {
      const { version } = await call<{ version: number }>('articles.get', { id: storyId });
      await call('review.transition', { id: storyId, baseVersion: version, to });
    }
    const signed = await call<{ ok: boolean }>('newsroom.signIn', {
      databaseUrl,
      user: rana.name,
      password: rana.password,
    });
    expect(signed.ok).toBe(true);
    await headerMatrix('refused', {
      ar: [said('ar', 'sync.refused', { count: 1 }), said('ar', 'sync.refused.action')],
      en: [said('en', 'sync.refused', { count: 1 }), said('en', 'sync.refused.action')],
    });
    expect(await indicator().getAttribute('data-tone')).toBe('problem');
    // Nothing is lost here, and the server holds what it accepted: the story as a draft Rana submitted.
    expect(await call('articles.get', { id: storyId })).toMatchObject({ status: 'published' });
    const admin = new URL(adminDb);
    const basic = Buffer.from(`${decodeURIComponent(admin.username)}:${decodeURIComponent(admin.password)}`);
    const onServer = await fetch(`${server.url}/${admin.pathname.slice(1)}/article:${storyId}`, {
      headers: { authorization: `Basic ${basic.toString('base64')}` },
    });
    expect(((await onServer.json()) as { status?: string }).status).not.toBe('published');
    expect(app.errors).toEqual([]);
    expect(app.foreign).toEqual([]);
  }, 240_000);
});
