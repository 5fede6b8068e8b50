/**
 * The foundation's end-to-end slice, in Debian's Chromium through the loopback bridge on a real archive
 * file: create an article, type an Arabic headline and two paragraphs, let autosave write them, start a new
 * bridge on the same file, reload, and find everything intact and laid out right to left.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startBridgeProcess, type BridgeProcess } from '../helpers/bridgeProcess';
import { useTempDir } from '../helpers/tempDir';
import { pageTimersRun, settled } from '../helpers/appPage';
import { ar } from '../helpers/labels';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';

const SCREENSHOTS = resolve(import.meta.dirname, '__screenshots__');
const tempDir = useTempDir();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const HEADLINE = 'بايدن يستقبل الكاظمي في البيت الأبيض';
const PARAGRAPH_1 = 'استقبل الرئيس الأمريكي رئيس الوزراء العراقي أمس.';
const PARAGRAPH_2 = 'وتمحور اللقاء حول وجود القوات الأمريكية في العراق.';

describe('writing an Arabic article end to end', () => {
  it('survives autosave, a new bridge process and a reload, laid out right to left', async () => {
    const db = join(tempDir(), 'midad.sqlite');
    let bridge: BridgeProcess = await startBridgeProcess(db);
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
    try {
      await page.goto(bridge.url);
      // The archive opens first, with the seeded sample article.
      await expect.poll(() => page.getByTestId('archive-row').count()).toBe(1);
      await page.screenshot({ path: join(SCREENSHOTS, 'archive.png') });

      await page.getByRole('button', { name: ar('archive.new') }).click();
      const headline = page.getByLabel(ar('editor.headline'), { exact: true });
      await headline.click();
      await page.keyboard.type(HEADLINE);
      const body = page.getByTestId('body-editor');
      await body.click();
      await page.keyboard.type(PARAGRAPH_1);
      await page.keyboard.press('Enter');
      await page.keyboard.type(PARAGRAPH_2);

      // No save click: the indicator comes back to "saved" by itself.
      await expect
        .poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 })
        .toBe('saved');
      const url = page.url();
      await page.close();

      await bridge.stop();
      bridge = await startBridgeProcess(db);
      const again = await browser.newPage({ viewport: { width: 1280, height: 860 } });
      again.on('pageerror', (e) => pageErrors.push(String(e)));
      await again.goto(bridge.url + new URL(url).hash);
      const reopenedBody = again.getByTestId('body-editor');
      await expect.poll(() => reopenedBody.locator('p').allInnerTexts()).toEqual([PARAGRAPH_1, PARAGRAPH_2]);
      expect(await again.getByLabel(ar('editor.headline'), { exact: true }).inputValue()).toBe(HEADLINE);
      expect(await reopenedBody.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      expect(await again.evaluate(() => getComputedStyle(document.documentElement).direction)).toBe('rtl');
      // Right-aligned: the first paragraph's text hugs the right edge of the editor.
      const edges = await reopenedBody.evaluate((el) => {
        const p = el.querySelector('p');
        const range = document.createRange();
        range.selectNodeContents(p!);
        return { text: range.getBoundingClientRect().right, box: el.getBoundingClientRect().right };
      });
      expect(Math.abs(edges.text - edges.box)).toBeLessThan(2);
      await again.screenshot({ path: join(SCREENSHOTS, 'editor.png') });
      await again.close();
      expect(pageErrors).toEqual([]);
    } finally {
      await bridge.stop();
    }
  }, 120_000); // a browser, two bridge starts and a reload: slow when other end-to-end files share the two cores
});

describe('opening an article', () => {
  it('reads it without saving it: no new version just for looking', async () => {
    const bridge = await startBridgeProcess(join(tempDir(), 'midad.sqlite'));
    const page = await browser.newPage();
    const saves: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/articles.save')) saves.push(request.url());
    });
    try {
      await page.goto(bridge.url);
      await page.getByTestId('archive-row').first().click();
      await page.getByTestId('body-editor').waitFor();
      // Every timer the page set while loading, up to twice the autosave pause, has run: a save caused by
      // loading would have gone out by now.
      await pageTimersRun(page, 2 * DEFAULT_SETTINGS.autosaveDelayMs);
      await settled(page);
      expect(saves).toEqual([]);
      // An edit still saves, once.
      await page.getByLabel(ar('editor.headline'), { exact: true }).click();
      await page.keyboard.press('End');
      await page.keyboard.type('!');
      await expect.poll(() => saves.length).toBe(1);
    } finally {
      await page.close();
      await bridge.stop();
    }
  }, 90_000);
});

describe('a new article', () => {
  it('starts in the language the settings name, laid out for it', async () => {
    const bridge = await startBridgeProcess(join(tempDir(), 'midad.sqlite'));
    const page = await browser.newPage();
    try {
      const answer = await fetch(`${bridge.origin}/api/settings.update`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-midad-token': bridge.token },
        body: JSON.stringify({ articleLanguage: 'en' }),
      });
      expect(await answer.json()).toMatchObject({ ok: true, value: { articleLanguage: 'en' } });
      await page.goto(bridge.url);
      await page.getByRole('button', { name: ar('archive.new') }).click();
      const body = page.getByTestId('body-editor');
      await body.waitFor();
      expect(await body.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    } finally {
      await page.close();
      await bridge.stop();
    }
  }, 90_000);
});
