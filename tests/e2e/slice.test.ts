/**
 * The foundation's end-to-end slice, in Debian's Chromium through the loopback bridge on a real archive
 * file: create an article, type an Arabic headline and two paragraphs, let autosave write them, start a new
 * bridge on the same file, reload, and find everything intact and laid out right to left.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageTimersRun, settled } from '../helpers/appPage';
import { useAppBrowser } from '../helpers/appBrowser';
import { ar } from '../helpers/labels';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';

const SCREENSHOTS = resolve(import.meta.dirname, '__screenshots__');
// One archive for the file, first run: the sample article alone. The first test restarts the bridge on it.
const suite = useAppBrowser();

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

const HEADLINE = 'بايدن يستقبل الكاظمي في البيت الأبيض';
const PARAGRAPH_1 = 'استقبل الرئيس الأمريكي رئيس الوزراء العراقي أمس.';
const PARAGRAPH_2 = 'وتمحور اللقاء حول وجود القوات الأمريكية في العراق.';

describe('writing an Arabic article end to end', () => {
  it('survives autosave, a new bridge process and a reload, laid out right to left', async () => {
    const viewport = { width: 1280, height: 860 };
    const { page } = await suite.open('', { viewport });
    {
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

      // No save click: the indicator comes back to "saved" by itself (within the suite's poll bound, 15 s: a save
      // through the bridge takes seconds when the two cores are busy).
      await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
      const url = page.url();
      // useAppBrowser checks this page for errors and outside requests after the test, as the new one.
      await page.close();

      // A new bridge process on the same file; the next page opens on it.
      await suite.withBridgeStopped(() => undefined);
      const { page: again } = await suite.open(new URL(url).hash, { viewport });
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
    }
  }, 120_000); // a bridge start and a reload: slow when other end-to-end files share the two cores
});

describe('opening an article', () => {
  it('reads it without saving it: no new version just for looking', async () => {
    const { page } = await suite.open();
    const saves: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/articles.save')) saves.push(request.url());
    });
    {
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
    }
  }, 90_000);
});

describe('a new article', () => {
  it('starts in the language the settings name, laid out for it', async () => {
    {
      expect(await suite.api('settings.update', { articleLanguage: 'en' })).toMatchObject({
        ok: true,
        value: { articleLanguage: 'en' },
      });
      const { page } = await suite.open();
      await page.getByRole('button', { name: ar('archive.new') }).click();
      const body = page.getByTestId('body-editor');
      await body.waitFor();
      expect(await body.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    }
  }, 90_000);
});
