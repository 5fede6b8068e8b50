/**
 * One undo history for the whole article, in Debian's Chromium through the bridge on a real archive file:
 * undo takes back the latest edit whichever field it was in (headline, body, a figure's caption) and moves
 * there, redo goes forward again, an edit after an undo drops the redo, an article just opened has nothing
 * to undo, the toolbar's buttons follow the whole article's history, and the desktop menu's Undo does the
 * same (its command sent as the preload would send it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { addMedia } from '../../db/media';
import type { Archive } from '../../db/archive';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { TYPING_RUN_MS } from '../../renderer/editor/history/textHistory';
import { figureSaved, pageTimersRun, settled, waitSaved } from '../helpers/appPage';
import { useAppBrowser } from '../helpers/appBrowser';
import { ar } from '../helpers/labels';

let context: BrowserContext;
const ids = { order: '', redo: '', run: '', load: '', other: '', menu: '' };

/** An article with a headline, one body paragraph and a caption-only figure after it. */
function makeArticle(archive: Archive, headline: string): string {
  const article = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline, body: stateFromParagraphs(['فقرة أولى']) });
  const media = addMedia(archive, { articleId: article.id, caption: 'تعليق أول' }).item!;
  const body = stateFromParagraphs(['فقرة أولى']);
  body.root.children.push({ type: 'midad-figure', version: 1, mediaId: media.id });
  saveArticle(archive, article.id, getArticle(archive, article.id).version, { body });
  return article.id;
}

function seed(archive: Archive): void {
  ids.order = makeArticle(archive, 'عنوان أول');
  ids.redo = makeArticle(archive, 'عنوان للإعادة');
  ids.run = makeArticle(archive, 'عنوان للتوقف');
  ids.load = makeArticle(archive, 'عنوان قبل الفتح');
  ids.other = makeArticle(archive, 'عنوان مقال آخر');
  ids.menu = makeArticle(archive, 'عنوان للقائمة');
}
const suite = useAppBrowser({ seed });
beforeAll(async () => {
  context = await suite.browser.newContext();
  // The desktop preload's menu channel, played by the test: `__menu(command)` is the menu item chosen.
  await context.addInitScript(() => {
    const w = window as unknown as { midadShell: object; __menu: (command: string) => void };
    const listeners = new Set<(command: string) => void>();
    w.midadShell = {
      onCommand: (listener: (command: string) => void) => (listeners.add(listener), () => listeners.delete(listener)),
    };
    w.__menu = (command) => listeners.forEach((l) => l(command));
  });
}, 90_000);

async function openArticle(id: string): Promise<Page> {
  const app = await suite.open(`#/article/${id}`, { context });
  await app.page.getByTestId('figure').waitFor();
  return app.page;
}

const headline = (page: Page) => page.getByLabel(ar('editor.headline'), { exact: true });
const body = (page: Page) => page.getByTestId('body-editor');
const caption = (page: Page) => page.getByTestId('figure').getByLabel(ar('figure.caption'));
const bodyText = (page: Page) => body(page).locator('p').first().innerText();
const undoButton = (page: Page) => page.getByRole('button', { name: ar('toolbar.undo'), exact: true });
const redoButton = (page: Page) => page.getByRole('button', { name: ar('toolbar.redo'), exact: true });
/** The three fields' text, in page order. */
const fields = async (page: Page) => [
  await headline(page).inputValue(),
  await bodyText(page),
  await caption(page).inputValue(),
];
/** Which field has the focus: the headline, the body, or the caption (or what else, by id). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el?.closest('[data-testid="figure"]') && el.id.endsWith('-caption')) return 'caption';
    if (el?.getAttribute('data-testid') === 'body-editor') return 'body';
    return el?.id || el?.tagName || null;
  });
const buttons = async (page: Page) => ({
  undo: !(await undoButton(page).isDisabled()),
  redo: !(await redoButton(page).isDisabled()),
});

/** Types at the end of a text box. */
async function typeAtEnd(page: Page, box: ReturnType<typeof headline>, text: string): Promise<void> {
  await box.click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

/** Types at the end of the body's first paragraph. */
async function typeInBody(page: Page, text: string): Promise<void> {
  await body(page).locator('p').first().click();
  await page.keyboard.press('End');
  // Lexical learns where End put the caret from the next selectionchange; a key typed before that would not
  // join the run of typing after it (as with a person, who is never that fast).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  await page.keyboard.type(text);
}

describe('one undo history across the article', () => {
  it('undoes headline, body and caption edits in reverse order, moving to each field, then redoes them in order', async () => {
    const page = await openArticle(ids.order);
    expect(await buttons(page)).toEqual({ undo: false, redo: false });
    await typeAtEnd(page, headline(page), ' جديد');
    // The buttons are the article's: an edit in the headline alone makes undo possible.
    expect(await buttons(page)).toEqual({ undo: true, redo: false });
    await typeInBody(page, ' وثانية');
    await typeAtEnd(page, caption(page), ' وثان');
    expect(await fields(page)).toEqual(['عنوان أول جديد', 'فقرة أولى وثانية', 'تعليق أول وثان']);

    await page.keyboard.press('Control+z');
    expect(await fields(page)).toEqual(['عنوان أول جديد', 'فقرة أولى وثانية', 'تعليق أول']);
    expect(await focused(page)).toBe('caption');
    await page.keyboard.press('Control+z');
    await expect.poll(() => fields(page)).toEqual(['عنوان أول جديد', 'فقرة أولى', 'تعليق أول']);
    expect(await focused(page)).toBe('body');
    await page.keyboard.press('Control+z');
    expect(await fields(page)).toEqual(['عنوان أول', 'فقرة أولى', 'تعليق أول']);
    expect(await focused(page)).toBe('headline');
    expect(await buttons(page)).toEqual({ undo: false, redo: true });
    // Nothing older: the article as it was opened.
    await page.keyboard.press('Control+z');
    expect(await fields(page)).toEqual(['عنوان أول', 'فقرة أولى', 'تعليق أول']);

    // Redo by every door: the keys, the toolbar's button, Ctrl+Y.
    await page.keyboard.press('Control+Shift+z');
    expect(await fields(page)).toEqual(['عنوان أول جديد', 'فقرة أولى', 'تعليق أول']);
    expect(await focused(page)).toBe('headline');
    await redoButton(page).click();
    await expect.poll(() => fields(page)).toEqual(['عنوان أول جديد', 'فقرة أولى وثانية', 'تعليق أول']);
    expect(await focused(page)).toBe('body');
    await page.keyboard.press('Control+y');
    expect(await fields(page)).toEqual(['عنوان أول جديد', 'فقرة أولى وثانية', 'تعليق أول وثان']);
    expect(await focused(page)).toBe('caption');
    expect(await buttons(page)).toEqual({ undo: true, redo: false });

    // Undone and redone text is saved like typed text.
    const captionSaved = figureSaved(page, { caption: 'تعليق أول' });
    await undoButton(page).click();
    await expect.poll(() => caption(page).inputValue()).toBe('تعليق أول');
    await waitSaved(page);
    await captionSaved; // the caption's own save, half a second after the edit
    await page.reload();
    await page.getByTestId('figure').waitFor();
    await expect.poll(() => fields(page)).toEqual(['عنوان أول جديد', 'فقرة أولى وثانية', 'تعليق أول']);
  }, 90_000);

  it('drops the redo when the person types anywhere after an undo', async () => {
    const page = await openArticle(ids.redo);
    await typeAtEnd(page, headline(page), ' أ');
    await typeInBody(page, ' ب');
    await page.keyboard.press('Control+z');
    await expect.poll(() => bodyText(page)).toBe('فقرة أولى');
    expect(await buttons(page)).toEqual({ undo: true, redo: true });

    await typeAtEnd(page, caption(page), ' ج');
    expect(await buttons(page)).toEqual({ undo: true, redo: false });
    await page.keyboard.press('Control+Shift+z');
    expect(await fields(page)).toEqual(['عنوان للإعادة أ', 'فقرة أولى', 'تعليق أول ج']);
    // What is left to undo: the caption, then the headline.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect(await fields(page)).toEqual(['عنوان للإعادة', 'فقرة أولى', 'تعليق أول']);
  }, 90_000);

  it('keeps a run of typing in one field one step, a pause makes the next one, and saving makes none', async () => {
    const page = await openArticle(ids.run);
    await typeAtEnd(page, headline(page), ' كلمة');
    await pageTimersRun(page, TYPING_RUN_MS + 1); // longer than a run of typing lasts, on the page's clock
    await page.keyboard.type(' أخرى');
    await page.keyboard.press('Control+z');
    expect(await headline(page).inputValue()).toBe('عنوان للتوقف كلمة');
    // The caret is put back where the undone words began.
    const end = 'عنوان للتوقف كلمة'.length;
    expect(await headline(page).evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([
      end,
      end,
    ]);
    await page.keyboard.press('Control+z');
    expect(await headline(page).inputValue()).toBe('عنوان للتوقف');
    // Saving what was typed made no step of its own.
    await waitSaved(page);
    expect(await buttons(page)).toEqual({ undo: false, redo: true });
  }, 90_000);

  it('has nothing to undo in an article just opened, whatever was typed in the one open before', async () => {
    const page = await openArticle(ids.load);
    await typeAtEnd(page, headline(page), ' قبل');
    await typeInBody(page, ' قبل');
    await waitSaved(page);
    await page.getByRole('button', { name: ar('editor.back') }).click();
    await page.getByTestId('archive-row').filter({ hasText: 'عنوان مقال آخر' }).click();
    await page.getByTestId('figure').waitFor();
    expect(await buttons(page)).toEqual({ undo: false, redo: false });
    await body(page).locator('p').first().click();
    await page.keyboard.press('Control+z');
    await headline(page).click();
    await page.keyboard.press('Control+z');
    await settled(page);
    expect(await fields(page)).toEqual(['عنوان مقال آخر', 'فقرة أولى', 'تعليق أول']);

    // Nor the first article opened again: its edits are saved, not undoable.
    await page.goto(`${suite.bridge.url}#/article/${ids.load}`);
    await page.getByTestId('figure').waitFor();
    await expect.poll(() => fields(page)).toEqual(['عنوان قبل الفتح قبل', 'فقرة أولى قبل', 'تعليق أول']);
    await headline(page).click();
    await page.keyboard.press('Control+z');
    await body(page).locator('p').first().click();
    await page.keyboard.press('Control+z');
    await settled(page);
    expect(await fields(page)).toEqual(['عنوان قبل الفتح قبل', 'فقرة أولى قبل', 'تعليق أول']);
    expect(await buttons(page)).toEqual({ undo: false, redo: false });
  }, 90_000);

  it('takes the menu’s Undo to the article, but leaves a box outside it its own undo, and never lets that reach in', async () => {
    const page = await openArticle(ids.menu);
    const menu = (command: string) =>
      page.evaluate((c) => (window as unknown as { __menu: (c: string) => void }).__menu(c), command);
    const byline = page.getByLabel(ar('editor.byline'));
    await typeAtEnd(page, headline(page), ' هنا');
    await typeInBody(page, ' هنا');

    // The browser's own undo in the byline would take back the headline's words: refused.
    await byline.click();
    await page.keyboard.press('Control+z');
    await settled(page);
    expect(await fields(page)).toEqual(['عنوان للقائمة هنا', 'فقرة أولى هنا', 'تعليق أول']);

    // The menu's Undo in the byline is the byline's own (how much of the typing it takes back is the browser's affair).
    await page.keyboard.type('محرر');
    await menu('undo');
    expect(await byline.inputValue()).not.toBe('محرر');
    expect(await fields(page)).toEqual(['عنوان للقائمة هنا', 'فقرة أولى هنا', 'تعليق أول']);

    // Anywhere in the article, the article's.
    await undoButton(page).focus();
    await menu('undo');
    await expect.poll(() => bodyText(page)).toBe('فقرة أولى');
    expect(await focused(page)).toBe('body');
    await menu('undo');
    expect(await headline(page).inputValue()).toBe('عنوان للقائمة');
    await menu('redo');
    expect(await headline(page).inputValue()).toBe('عنوان للقائمة هنا');
    expect(await focused(page)).toBe('headline');
  }, 90_000);
});
