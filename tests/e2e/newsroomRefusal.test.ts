/**
 * Newsroom gaps in Chromium over the bridge, with a real server (pouchdb-server, or MIDAD_TEST_COUCHDB): a
 * picture pulled without its bytes shows as a calm placeholder with its caption and credit, and a move the
 * server refused is undone by keyboard, taking the server's version while the local text stays in the
 * article's history. Photographed (tests/helpers/screenMatrix.ts) into __screenshots__/ and checked with axe.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Article } from '../../core/article/schema';
import { placeFigures } from '../../core/article/figures';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { addMedia } from '../../db/media';
import { updateSettings } from '../../db/settings';
import { addUser, initNewsroom } from '../../db/sync/serverAdmin';
import { useAppBrowser } from '../helpers/appBrowser';
import { axeViolations } from '../helpers/axe';
import { png } from '../helpers/images';
import { label } from '../helpers/labels';
import {
  describeServer,
  startNewsroomServer,
  uniqueDatabaseName,
  type NewsroomServer,
} from '../helpers/newsroomServer';
import { LOOKS, matrixName, WIDTHS } from '../helpers/screenMatrix';

const SCREENSHOTS = join(import.meta.dirname, '__screenshots__');
const rana = { name: `rana-${Math.random().toString(36).slice(2, 8)}`, password: 'pw-rana' };
const ids = { pictured: '', story: '' };
let server: NewsroomServer;
let databaseUrl = '';

const app = useAppBrowser({
  seed: (archive) => {
    updateSettings(archive, { profile: { name: 'رنا', role: 'journalist' } });
    const pictured = createArticle(archive, {
      ...NEW_ARTICLE_FIELDS,
      headline: 'الفيضانات في الوادي',
      body: stateFromParagraphs(['غمرت المياه القرى المنخفضة.']),
    });
    const { item } = addMedia(archive, {
      articleId: pictured.id,
      data: png(8, 6).toString('base64'),
      caption: 'سكان يعبرون الطريق المغمور',
      credit: 'رويترز',
      isLead: true,
    });
    const withFigure = getArticle(archive, pictured.id);
    saveArticle(archive, pictured.id, withFigure.version, {
      body: placeFigures(withFigure.body, withFigure.media),
    });
    // As a pull leaves a picture not shown yet: its digest known, its bytes not here.
    archive.prepare('UPDATE media SET bytes = NULL WHERE id = ?').run(item!.id);
    archive.prepare('INSERT INTO sync_media_sha (media_id, sha256) VALUES (?, ?)').run(item!.id, 'a'.repeat(64));
    ids.pictured = pictured.id;
    ids.story = createArticle(archive, {
      ...NEW_ARTICLE_FIELDS,
      headline: 'انقطاع الكهرباء في الحي الشرقي',
      body: stateFromParagraphs(['انقطعت الكهرباء عن الحي الشرقي ثلاث ساعات.']),
    }).id;
  },
});

async function call<T>(method: string, request: unknown): Promise<T> {
  const envelope = await app.api<T>(method, request);
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.value as T;
}

async function look(page: Page, language: 'ar' | 'en', theme: 'light' | 'dark'): Promise<void> {
  await call('settings.update', { interfaceLanguage: language, theme });
  await page.reload();
  await page.locator(`html[lang="${language}"]`).waitFor();
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startNewsroomServer();
  const db = uniqueDatabaseName('midad-refusal');
  await initNewsroom(`${server.adminUrl}/${db}`);
  await addUser(`${server.adminUrl}/${db}`, rana.name, 'journalist', rana.password);
  databaseUrl = `${server.url}/${db}`;
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

describe(`newsroom gaps in the editor (${describeServer()}; ${matrixName()})`, () => {
  it('a picture not downloaded yet is a calm placeholder, its caption and credit shown', async () => {
    const { page } = await app.open(`#/article/${ids.pictured}`);
    for (const { language, theme } of LOOKS) {
      await look(page, language, theme);
      const figure = page.getByTestId('figure');
      await figure.locator('.figure__placeholder--waiting').waitFor();
      const words = label(language, 'picture.notDownloaded');
      expect(await figure.innerText()).toContain(words);
      expect(await figure.locator('textarea, input').first().inputValue()).toBe('سكان يعبرون الطريق المغمور');
      // Calm: no error line anywhere on the screen.
      expect(await page.locator('[role="alert"]').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await figure.screenshot({
          path: join(SCREENSHOTS, `picture-not-downloaded-${language}-${theme}-${width}.png`),
        });
      }
    }
  }, 120_000);

  it('a refused move: by keyboard, the server’s version is taken and mine stays in the history', async () => {
    expect(
      await call<{ ok: boolean }>('newsroom.signIn', { databaseUrl, user: rana.name, password: rana.password }),
    ).toMatchObject({ ok: true });
    await expect
      .poll(async () => (await call<{ sync: { pending: number } }>('newsroom.status', {})).sync.pending, {
        timeout: 60_000,
      })
      .toBe(0);
    // Signed out, Rana calls herself an editor and spikes the story; signed in again, the server refuses.
    await call('newsroom.signOut', {});
    await call('settings.update', { profile: { name: 'رنا', role: 'editor' } });
    const { version } = await call<Article>('articles.get', { id: ids.story });
    await call('review.transition', { id: ids.story, baseVersion: version, to: 'spiked' });
    await call('newsroom.signIn', { databaseUrl, user: rana.name, password: rana.password });
    await expect
      .poll(async () => (await call<{ refused: number }>('newsroom.status', {})).refused, {
        timeout: 60_000,
      })
      .toBe(1);

    const { page } = await app.open(`#/article/${ids.story}`);
    for (const { language, theme } of LOOKS) {
      await look(page, language, theme);
      const notice = page.getByTestId('refusal-notice');
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.innerText()).toContain(
        label(language, 'syncRefused.move', {
          from: label(language, 'status.draft'),
          to: label(language, 'status.spiked'),
        }),
      );
      expect(await axeViolations(page)).toEqual([]);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await notice.screenshot({ path: join(SCREENSHOTS, `refusal-notice-${language}-${theme}-${width}.png`) });
      }
    }
    // By keyboard: Tab until the button that takes the server's version has the focus, then Enter.
    const take = page.getByTestId('refusal-notice').getByRole('button').first();
    const takeText = await take.innerText();
    for (let i = 0; i < 80 && !(await take.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(takeText);
    await page.keyboard.press('Enter');
    await page.getByTestId('refusal-notice').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await call<Article>('articles.get', { id: ids.story })).toMatchObject({ status: 'draft' });
    const history = await call<{ items: Array<{ kind: string; label: string }> }>('revisions.list', {
      articleId: ids.story,
    });
    expect(history.items.some((r) => r.kind === 'copy' && r.label !== '')).toBe(true);
    expect((await call<{ refused: number }>('newsroom.status', {})).refused).toBe(0);
  }, 240_000);
});
