/**
 * The everyday tools, in Debian's Chromium through the bridge on a real archive file, with the
 * keyboard: «- », «1. » and «> » start a list, a numbered list and a quote (and the help lists them); find
 * and replace ignores harakat and replaces all in one undo step; print shows the article alone, right to
 * left; focus mode leaves the page alone until the pointer moves.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import type { Archive } from '../../db/archive';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { waitSaved } from '../helpers/appPage';
import { useAppBrowser } from '../helpers/appBrowser';
import { ar } from '../helpers/labels';

const ids = { typed: '', find: '', english: '' };
const POLL = { timeout: 30_000 };

function seed(archive: Archive): void {
  const make = (headline: string, paragraphs: string[]) =>
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline, body: stateFromParagraphs(paragraphs) }).id;
  ids.typed = make('خبر بقوائم', ['']);
  ids.find = make('خبر للبحث', ['كَتَبَ الوزير مقالاً ثم كتب آخر.', 'وقال إنه كتب كثيراً.']);
  ids.english = createArticle(archive, {
    ...NEW_ARTICLE_FIELDS,
    language: 'en',
    headline: 'Talks resume',
    body: stateFromParagraphs(['The talks resume on Monday.']),
  }).id;
}
const suite = useAppBrowser({ seed });

async function open(id: string): Promise<Page> {
  const app = await suite.open(`#/article/${id}`);
  await app.page.getByTestId('body-editor').waitFor(POLL);
  return app.page;
}

const body = (page: Page) => page.getByTestId('body-editor');

describe('the everyday tools', () => {
  it('turns «- », «1. » and «> » into a list, a numbered list and a quote, and lists them in the help', async () => {
    const page = await open(ids.typed);
    await body(page).click();
    await page.keyboard.type('- بند أول');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('1. أولاً');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('> قال الوزير');
    await expect.poll(() => body(page).locator('ul > li').allInnerTexts(), POLL).toEqual(['بند أول']);
    expect(await body(page).locator('ol > li').allInnerTexts()).toEqual(['أولاً']);
    expect(await body(page).locator('blockquote').allInnerTexts()).toEqual(['قال الوزير']);
    await page.getByRole('button', { name: ar('toolbar.help') }).click();
    const help = page.getByTestId('help-dialog');
    for (const typed of ['-␣', '*␣', '1.␣', '>␣']) expect(await help.getByText(typed, { exact: true }).count()).toBe(1);
    expect(await help.getByText(ar('help.typed.numbered')).count()).toBe(1);
  }, 90_000);

  it('finds a word whatever its harakat, and replaces them all in one undo step', async () => {
    const page = await open(ids.find);
    await body(page).getByText('وقال إنه', { exact: false }).click();
    await page.keyboard.press('Control+h');
    const bar = page.getByTestId('find-bar');
    await bar.waitFor(POLL);
    await page.keyboard.type('كتب');
    await expect
      .poll(() => bar.getByTestId('find-count').innerText(), POLL)
      .toBe(ar('find.count', { current: 1, count: 3 }));
    await page.keyboard.press('Enter');
    await expect
      .poll(() => bar.getByTestId('find-count').innerText(), POLL)
      .toBe(ar('find.count', { current: 2, count: 3 }));
    await bar.getByLabel(ar('find.replacement')).click();
    await page.keyboard.type('نشر');
    await bar.getByRole('button', { name: ar('find.replaceAll') }).click();
    await expect
      .poll(() => body(page).locator('p').allInnerTexts(), POLL)
      .toEqual(['نشر الوزير مقالاً ثم نشر آخر.', 'وقال إنه نشر كثيراً.']);
    expect(await bar.getByTestId('find-count').innerText()).toBe(ar('find.count', { current: 0, count: 0 }));
    await page.keyboard.press('Escape');
    await expect.poll(() => bar.count(), POLL).toBe(0);
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => body(page).locator('p').allInnerTexts(), POLL)
      .toEqual(['كَتَبَ الوزير مقالاً ثم كتب آخر.', 'وقال إنه كتب كثيراً.']);
  }, 90_000);

  it('lays the find bar out in the interface’s direction over an article of the other one', async () => {
    const page = await open(ids.english);
    await body(page).getByText('The talks', { exact: false }).click();
    await page.keyboard.press('Control+f');
    const bar = page.getByTestId('find-bar');
    await bar.waitFor(POLL);
    await page.keyboard.type('talks');
    await expect
      .poll(() => bar.getByTestId('find-count').innerText(), POLL)
      .toBe(ar('find.count', { current: 1, count: 1 }));
    // Arabic labels over an English story: right to left, as the rest of the interface («1 من 1»).
    expect(await bar.evaluate((el) => [getComputedStyle(el).direction, el.getAttribute('lang')])).toEqual([
      'rtl',
      'ar',
    ]);
  }, 60_000);

  it('prints the article alone, right to left, and gives a PDF', async () => {
    const page = await open(ids.find);
    await waitSaved(page);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display !== 'none');
    expect(await shown('.editor-screen > .toolbar')).toBe(false);
    expect(await shown('.side')).toBe(false);
    expect(await shown('.body-toolbar')).toBe(false);
    expect(await shown('.page')).toBe(true);
    expect(await page.locator('.page').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
  }, 90_000);

  it('leaves the page alone in focus mode, shows the header while the pointer moves, and leaves on Escape', async () => {
    const page = await open(ids.find);
    const pageWidth = () => page.locator('.page').evaluate((el) => el.getBoundingClientRect().width);
    const narrow = await pageWidth();
    await body(page).click();
    await page.keyboard.press('Control+Shift+F');
    await expect.poll(() => page.locator('.side').isVisible(), POLL).toBe(false);
    expect(await page.locator('.body-toolbar').isVisible()).toBe(false);
    expect(await pageWidth()).toBeGreaterThan(narrow + 200);
    const headerOpacity = () =>
      page.locator('.editor-screen > .toolbar').evaluate((el) => Number(getComputedStyle(el).opacity));
    await expect.poll(headerOpacity, POLL).toBe(0);
    await page.mouse.move(400, 300);
    await page.mouse.move(420, 320);
    await expect.poll(headerOpacity, POLL).toBe(1);
    await expect.poll(headerOpacity, POLL).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.side').isVisible(), POLL).toBe(true);
  }, 90_000);
});
