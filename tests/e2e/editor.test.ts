/**
 * The editing screen in Debian's Chromium through the bridge on a real archive file: Arabic typing with
 * harakat, bidi caret movement, direction overrides that survive a reload, sanitised paste, counts,
 * autosave on close, a conflict between two pages, and no request outside the app's origin.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { caretMoved, figureSaved, settled, waitSaved } from '../helpers/appPage';
import { png } from '../helpers/images';
import { useAppBrowser } from '../helpers/appBrowser';
import { ar } from '../helpers/labels';

/** One context per test: its pages share local storage (the recovery store), like one app's windows. */
let context: BrowserContext;

const suite = useAppBrowser();
beforeEach(async () => {
  context = await suite.browser.newContext();
});
// Every page of every test is checked by useAppBrowser after this: no page error, nothing fetched from outside.
afterEach(async () => {
  await context.close();
});

async function open(hash = ''): Promise<Page> {
  const app = await suite.open(hash, { context });
  return app.page;
}

/** A new, empty Arabic article open in the editor; returns its page. */
async function newArticle(): Promise<Page> {
  const page = await open();
  await page.getByRole('button', { name: ar('archive.new') }).click();
  await page.getByTestId('body-editor').waitFor();
  return page;
}

const bodyParagraphs = (page: Page) => page.getByTestId('body-editor').locator('p, h2, h3, li').allInnerTexts();

describe('the editing screen', () => {
  it('types Arabic with harakat, and Backspace after a haraka removes only the haraka', async () => {
    const page = await newArticle();
    await page.getByTestId('body-editor').click();
    await page.keyboard.type('كَتَبَ');
    expect(await bodyParagraphs(page)).toEqual(['كَتَبَ']);
    await page.keyboard.press('Backspace');
    expect(await bodyParagraphs(page)).toEqual(['كَتَب']);
    await page.keyboard.press('Backspace');
    expect(await bodyParagraphs(page)).toEqual(['كَتَ']);
    await page.keyboard.press('Backspace');
    expect(await bodyParagraphs(page)).toEqual(['كَت']);
  }, 60_000);

  it('lays out a mixed Arabic/English paragraph right to left and reaches every caret position with the arrow keys', async () => {
    const page = await newArticle();
    const text = 'قالت Apple إن';
    await page.getByTestId('body-editor').click();
    await page.keyboard.type(text);
    const p = page.getByTestId('body-editor').locator('p').first();
    expect(await p.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await page.keyboard.press('Home');
    const caret = () =>
      page.evaluate(
        () => getSelection()!.focusOffset + (getSelection()!.focusNode?.parentElement?.closest('p') ? 0 : 1000),
      );
    expect(await caret()).toBe(0);
    // In a right-to-left paragraph the Arabic run starts at the right: ArrowLeft moves forward through it.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await caret()).toBe(2);
    // Walking on with ArrowLeft follows Chromium's visual bidi order and reaches every position of the text.
    const seen = new Set<number>([0, 1, 2]);
    for (let i = 0; i < text.length * 2; i++) {
      await page.keyboard.press('ArrowLeft');
      seen.add(await caret());
    }
    for (let i = 0; i <= text.length; i++) expect(seen.has(i), `caret offset ${i}`).toBe(true);
    expect(Math.max(...seen)).toBe(text.length);
  }, 60_000);

  it('keeps a paragraph direction override after a reload', async () => {
    const page = await newArticle();
    await page.getByTestId('body-editor').click();
    await page.keyboard.type('Hello, this paragraph is English.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('وهذه فقرة عربية.');
    const paragraphs = page.getByTestId('body-editor').locator('p');
    const dirs = () => paragraphs.evaluateAll((ps) => ps.map((p) => p.getAttribute('dir')));
    // Lexical learns of a caret moved by a click from the selectionchange event, which comes a task later.
    const caretInto = async (index: number) => {
      await caretMoved(page, () => paragraphs.nth(index).click());
      await page.waitForFunction(
        (i) =>
          getSelection()?.anchorNode?.parentElement?.closest('p') ===
          document.querySelectorAll('[data-testid="body-editor"] p')[i],
        index,
      );
    };
    await caretInto(0);
    // The shortcut cycles the article's direction (no dir of its own) → the other way → the article's, fixed →
    // auto; the toolbar sets one directly. An Arabic story: left to right first, so the first press shows.
    await page.keyboard.press('Control+Shift+D');
    await expect.poll(dirs).toEqual(['ltr', null]);
    await page.keyboard.press('Control+Shift+D');
    await expect.poll(dirs).toEqual(['rtl', null]);
    await page.keyboard.press('Control+Shift+D');
    await expect.poll(dirs).toEqual(['auto', null]);
    await page.keyboard.press('Control+Shift+D');
    await expect.poll(dirs).toEqual([null, null]);
    await page.keyboard.press('Control+Shift+D');
    await expect.poll(dirs).toEqual(['ltr', null]);
    await caretInto(1);
    await page.getByTestId('direction-select').selectOption('ltr');
    await expect.poll(dirs).toEqual(['ltr', 'ltr']);
    await waitSaved(page);
    await page.reload();
    await page.getByTestId('body-editor').waitFor();
    expect(await dirs()).toEqual(['ltr', 'ltr']);
    expect(
      await page
        .getByTestId('body-editor')
        .locator('p')
        .first()
        .evaluate((el) => getComputedStyle(el).direction),
    ).toBe('ltr');
  }, 60_000);

  it('pastes HTML with its structure and without scripts, styles, comments, images or unsafe links', async () => {
    const page = await newArticle();
    await page.getByTestId('body-editor').click();
    const html = `<!--StartFragment--><style>p{color:red}</style><script>window.__pwned = 1</script>
      <h1 style="font-family:Arial">عنوان كبير</h1>
      <p class="MsoNormal" style="color:#f00;font-size:30px"><span style="font-weight:700">نص عريض</span> و<i>مائل</i>
        <a href="javascript:window.__pwned=2">رابط خبيث</a> <a href="https://example.com/x" onclick="alert(1)">رابط سليم</a>
        <img src="https://tracker.example/pixel.gif" width="1" height="1"></p>
      <ul><li>أولاً</li><li>ثانياً</li></ul><!--EndFragment-->`;
    await page.getByTestId('body-editor').evaluate((el, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data);
      transfer.setData('text/plain', 'plain');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, html);
    const body = page.getByTestId('body-editor');
    await expect.poll(() => body.locator('li').allInnerTexts()).toEqual(['أولاً', 'ثانياً']);
    expect(await body.locator('h2').allInnerTexts()).toEqual(['عنوان كبير']);
    expect(await body.locator('strong').allInnerTexts()).toEqual(['نص عريض']);
    expect(await body.locator('em').allInnerTexts()).toEqual(['مائل']);
    expect(await body.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      'https://example.com/x',
    ]);
    const markup = await body.innerHTML();
    expect(markup).not.toMatch(/<script|<style|<img|onclick|javascript:|color|font-size|Mso|StartFragment/i);
    expect(await body.innerText()).toContain('رابط خبيث');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  }, 60_000);

  it('counts words, characters with and without harakat, and reading time, for the body and the selection', async () => {
    const page = await newArticle();
    await page.getByLabel(ar('editor.headline'), { exact: true }).fill('عنوانٌ قصير');
    expect(await page.getByTestId('headline-characters').innerText()).toContain(
      ar('editor.count.characters', { count: 10, budget: 80 }),
    );
    await page.getByTestId('body-editor').click();
    await page.keyboard.type('كَتَبَ الولد الدرس');
    const cell = (row: string, col: string) => page.getByTestId(`counts-${row}-${col}`).innerText();
    // Counts follow the text once typing pauses: wait for the whole text's figure, then read the rest.
    await expect.poll(() => cell('characters', 'whole')).toBe('15');
    expect(await cell('words', 'whole')).toBe('3');
    expect(await cell('harakat', 'whole')).toBe('18');
    expect(await cell('reading', 'whole')).toBe(ar('counts.minutes', { count: 1 }));
    // Select the last word (ArrowRight moves toward the start of a right-to-left line): counted alone.
    await page.keyboard.down('Shift');
    for (let i = 0; i < 'الدرس'.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.up('Shift');
    // The selection grows a key at a time and any part of the word is one word: wait for all five letters.
    await expect.poll(() => cell('characters', 'selection')).toBe('5');
    expect(await cell('words', 'selection')).toBe('1');
  }, 60_000);

  it('warns before the headline exceeds its web width budget, measured in the headline font', async () => {
    const page = await newArticle();
    const headline = page.getByLabel(ar('editor.headline'), { exact: true });
    // A width read before the headline font has loaded is the fallback face's.
    await expect.poll(() => page.getByTestId('headline-counts').getAttribute('data-fonts')).toBe('ready');
    await headline.fill('عنوان قصير');
    expect(await page.getByTestId('headline-width').getAttribute('data-level')).toBe('ok');
    await headline.fill('عنوان طويل جداً يمتد ويمتد حتى يتجاوز العرض الذي تعرضه محركات البحث في نتائجها للقارئ');
    expect(await page.getByTestId('headline-width').getAttribute('data-level')).toBe('over');
    // Enter does not make a second line.
    await headline.press('Enter');
    expect(await headline.inputValue()).not.toContain('\n');
  }, 60_000);

  it('saves what was typed even when the page is closed at once', async () => {
    const page = await newArticle();
    const hash = new URL(page.url()).hash;
    await page.getByTestId('body-editor').click();
    await page.keyboard.type('كلمات لا يجوز أن تضيع');
    await page.close({ runBeforeUnload: true });
    const again = await open(hash);
    await expect.poll(() => bodyParagraphs(again), { timeout: 15_000 }).toEqual(['كلمات لا يجوز أن تضيع']);
  }, 60_000);

  it('asks which text to keep when two pages edit one article, and keeps the other as a revision', async () => {
    const first = await newArticle();
    const hash = new URL(first.url()).hash;
    const second = await open(hash);
    await second.getByTestId('body-editor').waitFor();

    await first.getByLabel(ar('editor.headline'), { exact: true }).fill('عنوان الصفحة الأولى');
    await waitSaved(first);
    await second.getByLabel(ar('editor.headline'), { exact: true }).fill('عنوان الصفحة الثانية');
    const dialog = second.getByTestId('conflict-dialog');
    await dialog.waitFor({ timeout: 15_000 });
    expect(await second.getByTestId('save-state').getAttribute('data-state')).toBe('conflict');
    await dialog.getByRole('button', { name: ar('conflict.keepMine') }).click();
    await waitSaved(second);

    const check = await open(hash);
    await check.getByTestId('body-editor').waitFor();
    expect(await check.getByLabel(ar('editor.headline'), { exact: true }).inputValue()).toBe('عنوان الصفحة الثانية');
    // The text not kept is not thrown away: it is a revision of the article.
    const id = hash.split('/').pop();
    const response = await fetch(`${suite.bridge.origin}/api/revisions.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-midad-token': suite.bridge.token },
      body: JSON.stringify({ articleId: id }),
    });
    const envelope = (await response.json()) as {
      ok: boolean;
      value: { items: Array<{ kind: string; headline: string }> };
    };
    expect(envelope.value.items.filter((r) => r.kind === 'copy').map((r) => r.headline)).toEqual([
      'عنوان الصفحة الأولى',
    ]);
  }, 90_000);
});

describe('figures', () => {
  it('holds a caption and credit before its picture arrives, then shows the picture, all kept after a reload', async () => {
    const page = await newArticle();
    await page.getByTestId('body-editor').click();
    await page.keyboard.type('فقرة قبل الصورة');
    await page.getByRole('button', { name: ar('toolbar.picture'), exact: true }).click();
    await page.getByRole('menuitem', { name: ar('toolbar.captionOnly') }).click();
    const figure = page.getByTestId('figure');
    await figure.waitFor();
    expect(await figure.innerText()).toContain(ar('figure.waiting'));
    // The figure's own save, half a second after its last edit, carries all three boxes.
    const figureTextSaved = figureSaved(page, {
      caption: 'متظاهرون في ساحة التحرير وسط بغداد',
      credit: 'أ ف ب',
      alt: 'حشد يرفع أعلاماً',
    });
    await figure.getByLabel(ar('figure.caption')).fill('متظاهرون في ساحة التحرير وسط بغداد');
    await figure.getByLabel(ar('figure.credit')).fill('أ ف ب');
    await figure.getByLabel(ar('figure.alt')).fill('حشد يرفع أعلاماً');
    expect(await figure.getByRole('button', { name: ar('figure.isLead') }).isDisabled()).toBe(true);
    await figure
      .locator('input[type=file]')
      .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png(40, 30) });
    await figure.locator('img').waitFor({ timeout: 15_000 });
    expect(await figure.locator('img').getAttribute('alt')).toBe('حشد يرفع أعلاماً');
    await waitSaved(page);
    await figureTextSaved;
    await page.reload();
    const again = page.getByTestId('figure');
    await again.locator('img').waitFor({ timeout: 15_000 });
    expect(await again.getByLabel(ar('figure.caption')).inputValue()).toBe('متظاهرون في ساحة التحرير وسط بغداد');
    expect(await again.getByLabel(ar('figure.credit')).inputValue()).toBe('أ ف ب');
    expect(await bodyParagraphs(page)).toContain('فقرة قبل الصورة');
  }, 90_000);

  it('leaves a paste into a caption box to that box, never to the body around it', async () => {
    const page = await newArticle();
    await page.getByTestId('body-editor').click();
    await page.keyboard.type('فقرة قبل الصورة');
    await page.getByRole('button', { name: ar('toolbar.picture'), exact: true }).click();
    await page.getByRole('menuitem', { name: ar('toolbar.captionOnly') }).click();
    const caption = page.getByTestId('figure').getByLabel(ar('figure.caption'));
    await caption.click();
    const leftToTheBrowser = await caption.evaluate((el) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', '<p><b>نص ملصوق</b> من صفحة</p>');
      transfer.setData('text/plain', 'نص ملصوق من صفحة');
      return el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    });
    expect(leftToTheBrowser).toBe(true); // not cancelled: the box's own paste goes ahead
    await settled(page);
    expect((await bodyParagraphs(page)).join('\n')).not.toContain('نص ملصوق');
  }, 90_000);
});

describe('accessibility', () => {
  it('finds no axe-core violations on the archive screen and the editor screen', async () => {
    const page = await open();
    await page.getByTestId('archive-row').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('archive-row').first().click();
    await page.getByTestId('body-editor').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  }, 90_000);
});
