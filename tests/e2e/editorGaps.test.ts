/**
 * In Debian's Chromium through the bridge on a real archive file: the body's toolbar keeps to one line
 * with its figures behind one menu, the undo/redo arrows follow the reading direction, the archive's day
 * filters read the interface's day/month/year in either digit set, an archive row opens in a new window (a
 * new tab in the browser), and a list pasted from Word arrives as a real list without its typed bullets
 * and numbers.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import type { Archive } from '../../db/archive';
import { png } from '../helpers/images';
import { useAppBrowser } from '../helpers/appBrowser';
import { ar, en } from '../helpers/labels';

let context: BrowserContext;

function seed(archive: Archive): void {
  // Ten articles on each of three days in 2024 (UTC), beside the sample article of today.
  for (const [day, month] of [
    [5, 3],
    [6, 3],
    [7, 3],
  ] as const) {
    for (let i = 0; i < 10; i++) {
      createArticle(
        archive,
        { ...NEW_ARTICLE_FIELDS, headline: `خبر ${day}/${month} رقم ${i}` },
        new Date(Date.UTC(2024, month - 1, day, 9, i)),
      );
    }
  }
}
const suite = useAppBrowser({ seed });
beforeAll(async () => {
  context = await suite.browser.newContext();
});

async function open(hash = ''): Promise<Page> {
  const app = await suite.open(hash, { context });
  return app.page;
}

const count = (page: Page) => page.getByTestId('archive-count').innerText();
/** How many lines the body's toolbar takes: the distinct tops of its controls. */
const toolbarLines = (page: Page) =>
  page
    .locator('.body-toolbar [data-toolbar-item]')
    .evaluateAll((els) => new Set(els.map((el) => Math.round(el.getBoundingClientRect().top))).size);
const undoTransform = (page: Page) =>
  page
    .getByRole('button', { name: new RegExp(`^(${ar('toolbar.undo')}|${en('toolbar.undo')})$`) })
    .locator('span')
    .evaluate((el) => getComputedStyle(el).transform);

describe('the archive and editor gaps', () => {
  it('filters by days typed day/month/year, in Western or Arabic-Indic digits, and says when a day is not one', async () => {
    const page = await open();
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe(ar('archive.count', { count: 31 }));
    const from = page.getByLabel(ar('archive.filter.from'));
    const to = page.getByLabel(ar('archive.filter.to'));
    expect(await page.getByText(ar('archive.filter.dayFormat')).count()).toBe(2);
    await from.fill('6/3/2024');
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe(ar('archive.count', { count: 21 }));
    await to.fill('٦/٣/٢٠٢٤');
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe(ar('archive.count', { count: 10 }));

    // Not a day: the filter lets go of it, and says so once the person leaves the box.
    await to.fill('31/02/2024');
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe(ar('archive.count', { count: 21 }));
    expect(await to.getAttribute('aria-invalid')).toBeNull();
    await from.focus();
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText(ar('archive.filter.dayInvalid')).count()).toBe(1);

    await page.getByRole('button', { name: ar('archive.filter.clear') }).click();
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe(ar('archive.count', { count: 31 }));
    expect([await from.inputValue(), await to.inputValue()]).toEqual(['', '']);
    expect(await page.getByText(ar('archive.filter.dayInvalid')).count()).toBe(0);
  }, 90_000);

  it('opens an archive row in a new tab on the same address, showing that article', async () => {
    const page = await open();
    const opened = context.waitForEvent('page');
    await page.getByRole('button', { name: ar('archive.newWindow.label', { headline: 'خبر 7/3 رقم 9' }) }).click();
    const tab = await opened;
    await tab.getByTestId('body-editor').waitFor();
    expect(new URL(tab.url()).hash).toMatch(/^#\/article\/[0-9a-f-]{36}$/);
    expect(new URL(tab.url()).search).toBe(new URL(page.url()).search);
    await expect.poll(() => tab.getByLabel(ar('editor.headline'), { exact: true }).inputValue()).toBe('خبر 7/3 رقم 9');
    // The archive stays where it was in the first page.
    expect(await count(page)).toBe(ar('archive.count', { count: 31 }));
    await tab.close();
  }, 90_000);

  it('pastes a Word list as a real list, in Arabic and English, without the typed numbers and bullets', async () => {
    const page = await open();
    await page.getByRole('button', { name: ar('archive.new') }).click();
    const body = page.getByTestId('body-editor');
    await body.click();
    const item = (marker: string, text: string, list: string, rtl: boolean) =>
      `<p class=MsoListParagraphCxSpMiddle ${rtl ? 'dir=RTL ' : ''}style='text-indent:-.25in;mso-list:${list} level1 lfo1${rtl ? ';direction:rtl;unicode-bidi:embed' : ''}'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=AR-SA>${text}</span><o:p></o:p></p>`;
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->${item('١.', 'افتتاح الجلسة', 'l0', true)}${item('٢.', 'التصويت', 'l0', true)}<p class=MsoNormal>Agenda:</p>${item('·', 'Budget', 'l1', false)}${item('·', 'Health', 'l1', false)}<!--EndFragment--></body></html>`;
    await body.evaluate((el, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, html);
    await expect.poll(() => body.locator('ol > li').allInnerTexts()).toEqual(['افتتاح الجلسة', 'التصويت']);
    expect(await body.locator('ul > li').allInnerTexts()).toEqual(['Budget', 'Health']);
    expect(await body.innerText()).not.toMatch(/[·١٢]/);
  }, 90_000);

  it('keeps the body’s toolbar to one line, with the figures behind one menu the keyboard opens', async () => {
    const page = await open();
    await page.getByRole('button', { name: ar('archive.new') }).click();
    await page.getByTestId('body-editor').waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(await toolbarLines(page)).toBe(1);

    const menuButton = page.getByRole('button', { name: ar('toolbar.picture'), exact: true });
    await menuButton.focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe(ar('toolbar.pictureFromFile'));
    await expect.poll(() => menuButton.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(ar('toolbar.captionOnly'));
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    await expect.poll(() => menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-haspopup'))).toBe('menu');

    // A picture from a file: the menu opens the file chooser.
    await menuButton.click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('menuitem', { name: ar('toolbar.pictureFromFile') }).click();
    await (await chooser).setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png(40, 30) });
    await page.getByTestId('figure').locator('img').waitFor({ timeout: 15_000 });
    // A caption whose picture comes later, chosen from the keyboard.
    await menuButton.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('figure').count()).toBe(2);
  }, 90_000);

  it('mirrors the undo and redo arrows in Arabic and not in English, where Arabic headlines keep their direction', async () => {
    const page = await open();
    await page.getByRole('button', { name: ar('archive.new') }).click();
    await page.getByTestId('body-editor').waitFor();
    expect(await undoTransform(page)).toBe('matrix(-1, 0, 0, 1, 0, 0)');

    await page.goto(`${suite.bridge.url}#/settings`);
    await page.getByLabel(ar('settings.interfaceLanguage')).selectOption('en');
    await page.getByRole('button', { name: ar('settings.save') }).click();
    await expect.poll(() => page.getByRole('heading', { name: en('settings.title') }).count()).toBe(1);
    await page.goto(suite.bridge.url);
    await page.getByRole('button', { name: en('archive.new') }).click();
    await page.getByTestId('body-editor').waitFor();
    expect(await undoTransform(page)).toBe('none');
    await page.evaluate(() => document.fonts.ready);
    expect(await toolbarLines(page)).toBe(1);

    // In the English archive an Arabic headline keeps its own direction, so a long one is cut at its end.
    await page.goto(suite.bridge.url);
    const arabicRow = page.getByTestId('archive-row').filter({ hasText: 'خبر' }).first();
    await arabicRow.waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    expect(await arabicRow.locator('xpath=..').evaluate((cell) => getComputedStyle(cell).direction)).toBe('rtl');
  }, 90_000);
});
