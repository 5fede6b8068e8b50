/**
 * Paragraph direction, the editor and the exports agreeing, in Debian's Chromium through the
 * bridge on a real archive file. In an Arabic article a paragraph starting with a Latin word («CNN نقلت…»)
 * takes the article's right-to-left direction; `auto` and left-to-right stay each paragraph's choice, made
 * with the keyboard; the direction the editor lays each paragraph out in is the one HTML and ninjs write.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import type { Archive } from '../../db/archive';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { caretMoved, waitSaved } from '../helpers/appPage';
import { useAppBrowser } from '../helpers/appBrowser';

let articleId = '';
const POLL = { timeout: 30_000 };
const PARAGRAPHS = [
  'CNN نقلت عن مسؤولين أن المحادثات ستستأنف.',
  'NATO will keep its support, الحلف قال.',
  'قال المتحدث إن BBC أكدت الخبر.',
  'The talks resume on Monday in Doha.',
];

function seed(archive: Archive): void {
  articleId = createArticle(archive, {
    ...NEW_ARTICLE_FIELDS,
    headline: 'اتجاه الفقرات',
    body: stateFromParagraphs(PARAGRAPHS),
  }).id;
}
const suite = useAppBrowser({ seed });

async function exported(format: 'html' | 'ninjs'): Promise<string> {
  const envelope = await suite.api<{ content: string }>('exchange.export', { id: articleId, format });
  return envelope.value!.content;
}

/** Each body paragraph's direction as the browser lays it out: the editor's, or the exported HTML's. */
const laidOut = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((ps) => ps.map((p) => getComputedStyle(p).direction));

/** The exported body in a page of its own, the ninjs body in a container with the article's direction. */
async function exportedDirections(page: Page): Promise<{ html: string[]; ninjs: string[] }> {
  const html = await exported('html');
  const ninjs = (JSON.parse(await exported('ninjs')) as { bodies: Array<{ value: string }> }).bodies[0]!.value;
  const view = await suite.browser.newPage();
  try {
    await view.setContent(html);
    const fromHtml = await laidOut(view, '.body p');
    await view.setContent(
      `<!DOCTYPE html><html lang="ar" dir="rtl"><body><div class="body">${ninjs}</div></body></html>`,
    );
    const fromNinjs = await laidOut(view, '.body p');
    return { html: fromHtml, ninjs: fromNinjs };
  } finally {
    await view.close();
  }
  void page;
}

async function caretInto(page: Page, text: string): Promise<void> {
  await caretMoved(page, () => page.getByTestId('body-editor').getByText(text).click());
}

describe('paragraph direction', () => {
  it('lays out an Arabic article’s paragraphs right to left unless one is set otherwise, as every export does', async () => {
    const app = await suite.open(`#/article/${articleId}`);
    const { page } = app;
    const editor = () => laidOut(page, '[data-testid="body-editor"] p');
    await page.getByTestId('body-editor').waitFor();
    // By default every paragraph is the article's: right to left, Latin first word or not.
    await expect.poll(editor, POLL).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    await expect
      .poll(() => exportedDirections(page), POLL)
      .toEqual({
        html: ['rtl', 'rtl', 'rtl', 'rtl'],
        ninjs: ['rtl', 'rtl', 'rtl', 'rtl'],
      });

    // Left to right for the second (one press: the other way comes first in an Arabic story), automatic for
    // the fourth (three presses: left to right, right to left fixed, automatic).
    await caretInto(page, PARAGRAPHS[1]!);
    await page.keyboard.press('Control+Shift+D');
    expect(await page.getByTestId('direction-select').inputValue()).toBe('ltr');
    await caretInto(page, PARAGRAPHS[3]!);
    await page.keyboard.press('Control+Shift+D');
    await page.keyboard.press('Control+Shift+D');
    await page.keyboard.press('Control+Shift+D');
    expect(await page.getByTestId('direction-select').inputValue()).toBe('auto');
    await expect.poll(editor, POLL).toEqual(['rtl', 'ltr', 'rtl', 'ltr']);
    await waitSaved(page);
    await expect
      .poll(() => exportedDirections(page), POLL)
      .toEqual({
        html: ['rtl', 'ltr', 'rtl', 'ltr'],
        ninjs: ['rtl', 'ltr', 'rtl', 'ltr'],
      });

    // Kept as set after a reload.
    await page.reload();
    await page.getByTestId('body-editor').waitFor();
    await expect.poll(editor, POLL).toEqual(['rtl', 'ltr', 'rtl', 'ltr']);
  }, 180_000);
});
