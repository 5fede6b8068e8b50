/**
 * Comments on the plain fields in Debian's Chromium through the loopback bridge on a real archive file:
 * words selected in the headline, the standfirst or a picture's caption get a thread with the same box and
 * button as the body; the panel lists them in document order; a thread follows its words when text is typed
 * before them (also after a reload) and selects them when clicked; one whose words are deleted is kept and
 * shown detached.
 */
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Archive } from '../../db/archive';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { updateSettings } from '../../db/settings';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { useAppBrowser } from '../helpers/appBrowser';
import { figureSaved } from '../helpers/appPage';
import { ar } from '../helpers/labels';
import { fieldLabel } from '../../renderer/ui/fieldLabel';

let articleId = '';
const SCREENSHOTS = join(import.meta.dirname, '__screenshots__');
const POLL = { timeout: 30_000 };

function seed(archive: Archive): void {
  updateSettings(archive, { profile: { name: 'سلمى', role: 'editor' } });
  articleId = createArticle(archive, {
    ...NEW_ARTICLE_FIELDS,
    headline: 'الحكومة ترفع أسعار الوقود',
    standfirst: 'قرار جديد يشمل البنزين والديزل',
    body: stateFromParagraphs(['قال المتحدث إن القرار نهائي']),
  }).id;
}
const suite = useAppBrowser({ seed });

const saved = (page: Page) =>
  expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), POLL).toBe('saved');

/** Selects `words` in a text box as a person dragging over them would. */
async function selectWords(box: Locator, words: string): Promise<void> {
  await box.focus();
  await box.evaluate((el: HTMLTextAreaElement, w) => {
    const at = el.value.indexOf(w);
    if (at === -1) throw new Error(`no «${w}» in «${el.value}»`);
    el.setSelectionRange(at, at + w.length);
  }, words);
}

async function comment(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: ar('comments.new') }).fill(text);
  await page.getByRole('button', { name: ar('comments.add') }).click();
}

// The field names the comments panel lists, as the app words them.
const [HEADLINE, STANDFIRST, CAPTION] = ['headline', 'standfirst', 'caption'].map((field) => fieldLabel(field, ar));
const listed = (page: Page) =>
  page
    .getByTestId('thread')
    .evaluateAll((els) =>
      els.map((el) => [
        el.querySelector('.thread__field')?.textContent,
        el.querySelector('q')?.textContent,
        el.getAttribute('data-detached'),
      ]),
    );

describe('comments on the headline, standfirst and captions', () => {
  it(
    'anchor to selected words that follow edits before them, and are kept detached when deleted',
    { timeout: 240_000 },
    async () => {
      const page = await suite.browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(`${suite.bridge.url}#/article/${articleId}`);
      await page.getByTestId('status-control').waitFor(POLL);
      const headline = page.getByLabel(ar('editor.headline'), { exact: true });
      const standfirst = page.getByLabel(ar('editor.standfirst'), { exact: true });

      // The standfirst first, then the headline: the panel lists them in the page's order, not as written.
      await selectWords(standfirst, 'البنزين');
      await comment(page, 'والكيروسين؟');
      await expect.poll(() => listed(page), POLL).toEqual([[STANDFIRST, 'البنزين', 'false']]);
      await selectWords(headline, 'أسعار');
      await comment(page, 'بكم؟');
      await expect
        .poll(() => listed(page), POLL)
        .toEqual([
          [HEADLINE, 'أسعار', 'false'],
          [STANDFIRST, 'البنزين', 'false'],
        ]);

      // A caption-only picture in the body: its caption's thread comes after the standfirst's.
      await page.getByRole('button', { name: ar('toolbar.picture'), exact: true }).click();
      await page.getByRole('menuitem', { name: ar('toolbar.captionOnly') }).click();
      const caption = page.getByTestId('figure').getByLabel(ar('figure.caption'), { exact: true });
      const captionSaved = figureSaved(page, { caption: 'المتحدث باسم الحكومة' });
      await caption.fill('المتحدث باسم الحكومة');
      await captionSaved;
      await selectWords(caption, 'المتحدث');
      await comment(page, 'اذكر اسمه');
      await expect
        .poll(() => listed(page), POLL)
        .toEqual([
          [HEADLINE, 'أسعار', 'false'],
          [STANDFIRST, 'البنزين', 'false'],
          [CAPTION, 'المتحدث', 'false'],
        ]);

      // Typing before the quoted words: the thread stays with them, also after a reload.
      await headline.click();
      await headline.press('Home');
      await page.keyboard.type('عاجل: ');
      await saved(page);
      await page.reload();
      await page.getByTestId('status-control').waitFor(POLL);
      await expect.poll(() => headline.inputValue(), POLL).toBe('عاجل: الحكومة ترفع أسعار الوقود');
      await expect
        .poll(() => listed(page), POLL)
        .toEqual([
          [HEADLINE, 'أسعار', 'false'],
          [STANDFIRST, 'البنزين', 'false'],
          [CAPTION, 'المتحدث', 'false'],
        ]);
      // Clicking the thread selects its words where they are now.
      await page.getByTestId('thread').first().locator('.thread__anchor').click();
      await expect
        .poll(
          () => headline.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd)),
          POLL,
        )
        .toBe('أسعار');
      expect(await headline.evaluate((el: HTMLTextAreaElement) => el.selectionStart)).toBe(
        'عاجل: الحكومة ترفع '.length,
      );
      expect(await headline.evaluate((el) => el === document.activeElement)).toBe(true);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'headline-comment.png') });
      await page.getByTestId('comments-panel').screenshot({ path: join(SCREENSHOTS, 'field-comments-panel.png') });

      // Deleting the standfirst's quoted word keeps its thread, shown detached after the others.
      await selectWords(standfirst, 'البنزين');
      await page.keyboard.press('Backspace');
      await saved(page);
      await expect
        .poll(() => listed(page), POLL)
        .toEqual([
          [HEADLINE, 'أسعار', 'false'],
          [CAPTION, 'المتحدث', 'false'],
          [STANDFIRST, 'البنزين', 'true'],
        ]);
      const detached = page.locator('[data-testid="thread"][data-detached="true"]');
      expect(await detached.innerText()).toContain(ar('comments.detached'));
      expect(await detached.getByTestId('comment-text').innerText()).toBe('والكيروسين؟');

      // A caption is saved on its own: deleting its quoted word detaches its thread too, without a reload.
      await selectWords(caption, 'المتحدث');
      await page.keyboard.press('Backspace');
      await expect
        .poll(() => listed(page), POLL)
        .toEqual([
          [HEADLINE, 'أسعار', 'false'],
          [STANDFIRST, 'البنزين', 'true'],
          [CAPTION, 'المتحدث', 'true'],
        ]);
      await page.close();
    },
  );
});
