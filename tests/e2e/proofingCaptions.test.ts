/**
 * Proofing in a picture's caption, in Debian's Chromium through the bridge on a real archive, by keyboard:
 * the caption's findings are highlights over a mirror behind its box (the box holds only its text), the
 * context-menu key on a marked word fixes it, "add to dictionary" on a name unmarks it in the caption and in
 * the body alike, and the status under the counts says how many findings are marked. Screenshots with the
 * menu open in each look (tests/helpers/screenMatrix.ts; the Arabic light one on the first test's page); axe
 * clean in each.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { addMedia } from '../../db/media';
import { updateSettings } from '../../db/settings';
import { figureNode } from '../../core/article/figures';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { DEFAULT_PROOFING } from '../../core/proofing/settings';
import { translate } from '../../core/i18n/translate';
import { useAppBrowser } from '../helpers/appBrowser';
import { figureSaved } from '../helpers/appPage';
import { axeViolations } from '../helpers/axe';
import { LOOKS, WIDTHS } from '../helpers/screenMatrix';

const SCREENSHOTS = join(import.meta.dirname, '__screenshots__');
const NAME = 'كوفالتشوك';
const CAPTION = `الى القصر وصل ${NAME} يوم الجمعه`;
let id = '';

const suite = useAppBrowser({
  seed: (archive) => {
    // Names underlined as Word does, so that "add to dictionary" has a marked word to take.
    updateSettings(archive, {
      interfaceLanguage: 'ar',
      theme: 'light',
      proofing: { ...DEFAULT_PROOFING, underlineUnknown: true },
    });
    const article = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'الوفد يصل إلى عمان' });
    id = article.id;
    const media = addMedia(archive, { articleId: id, caption: CAPTION, credit: 'رويترز' }).item!;
    const body = stateFromParagraphs([`وقال ${NAME} إن الوفد وصل`]);
    body.root.children.push(figureNode(media.id));
    saveArticle(archive, id, getArticle(archive, id).version, { body });
  },
});

/** The marked words: each highlight's text, and whether it lies on the caption's mirror. */
function marks(page: Page): Promise<Array<{ text: string; caption: boolean }>> {
  return page.evaluate(() =>
    ['proofing-error', 'proofing-warning'].flatMap((name) =>
      [...(CSS.highlights.get(name)?.values() ?? [])].map((r) => {
        const range = r as Range;
        const figure = range.startContainer.parentElement?.closest('figure');
        return { text: range.toString(), caption: !!figure };
      }),
    ),
  );
}

const caption = (page: Page) => page.getByTestId('figure').locator('textarea[id$="-caption"]');
const status = (page: Page) => page.getByTestId('proofing-status');

/** The caption's menu open on «الجمعه», and the counts with the status, at each width; axe at the first. */
async function photograph(page: Page, language: 'ar' | 'en', theme: 'light' | 'dark'): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await caption(page).focus();
    await caption(page).evaluate((box) => box.scrollIntoView({ block: 'center' }));
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.innerText()).toContain('الجمعة');
    await page.screenshot({ path: join(SCREENSHOTS, `proofing-caption-${language}-${theme}-${width}.png`) });
    await page
      .getByTestId('counts')
      .locator('xpath=..')
      .screenshot({ path: join(SCREENSHOTS, `proofing-status-${language}-${theme}-${width}.png`) });
    if (width === WIDTHS[0]) expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
  }
}

describe('proofing in a picture caption', () => {
  it('marks, fixes and adds to the dictionary by keyboard; the status counts the marks', async () => {
    const { page } = await suite.open(`#/article/${id}`);
    await expect
      .poll(() => marks(page), { timeout: 60_000 })
      .toEqual(
        expect.arrayContaining([
          { text: 'الى', caption: true },
          { text: NAME, caption: true },
          { text: 'الجمعه', caption: true },
          { text: NAME, caption: false },
        ]),
      );
    // The box holds only its text; every caption mark lies inside the box.
    expect(await caption(page).inputValue()).toBe(CAPTION);
    const inside = await page.evaluate(() => {
      const box = document.querySelector('figure textarea')!.getBoundingClientRect();
      return [...(CSS.highlights.get('proofing-error')?.values() ?? [])]
        .filter((r) => (r as Range).startContainer.parentElement?.closest('figure'))
        .map((r) => {
          const b = (r as Range).getBoundingClientRect();
          return (
            b.left >= box.left - 1 && b.right <= box.right + 1 && b.top >= box.top - 1 && b.bottom <= box.bottom + 1
          );
        });
    });
    expect(inside).toEqual([true, true, true]);
    // The status gives the number of marks on the page, in the locale's words.
    const count = (await marks(page)).length;
    await expect.poll(() => status(page).innerText()).toBe(translate('ar', 'proofing.status.count', { count }));

    // The caret at the caption's start, inside «الى»; the context-menu key opens its menu; Enter takes the fix.
    const saved = figureSaved(page, { caption: CAPTION.replace('الى', 'إلى') });
    await caption(page).focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.isVisible()).toBe(true);
    expect(await menu.innerText()).toContain('إلى');
    await page.keyboard.press('Enter');
    await expect.poll(() => caption(page).inputValue()).toBe(CAPTION.replace('الى', 'إلى'));
    await saved;
    await expect.poll(async () => (await marks(page)).map((m) => m.text)).not.toContain('الى');
    // Focus went back to the caption, so typing carries on there.
    expect(await page.evaluate(() => document.activeElement?.id.endsWith('-caption'))).toBe(true);

    // The name: add it to the dictionary from the caption's menu; it is unmarked in the body too.
    await page.evaluate((name) => {
      const box = document.querySelector<HTMLTextAreaElement>('figure textarea')!;
      const at = box.value.indexOf(name) + 2;
      box.setSelectionRange(at, at);
    }, NAME);
    await page.keyboard.press('Shift+F10');
    // End moves to "ignore" while the suggestions are still being asked for: their arrival leaves the person
    // where they went, not on the first suggestion.
    await page.keyboard.press('End');
    await expect.poll(() => page.getByText(translate('ar', 'proofing.menu.loading')).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      translate('ar', 'proofing.menu.ignore'),
    );
    await page.getByRole('menuitem', { name: translate('ar', 'proofing.menu.addToDictionary') }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await marks(page)).map((m) => m.text), { timeout: 30_000 }).toEqual(['الجمعه']);
    await expect.poll(() => status(page).innerText()).toBe(translate('ar', 'proofing.status.count', { count: 1 }));
    expect([...(await suite.api<{ added: string[] }>('proofing.words', {})).value!.added]).toContain(NAME);
    // This page is the Arabic light look: photographed here rather than opened again below.
    await photograph(page, 'ar', 'light');
  }, 180_000);

  it('looks right with the menu open in the other looks, and axe finds nothing', async () => {
    for (const { language, theme } of LOOKS.filter((l) => l.language !== 'ar' || l.theme !== 'light')) {
      expect((await suite.api('settings.update', { interfaceLanguage: language, theme })).ok).toBe(true);
      const { page } = await suite.open(`#/article/${id}`);
      await page.locator(`html[lang="${language}"][data-theme="${theme}"]`).waitFor();
      await expect.poll(async () => (await marks(page)).map((m) => m.text), { timeout: 60_000 }).toEqual(['الجمعه']);
      await expect
        .poll(() => status(page).innerText())
        .toBe(translate(language, 'proofing.status.count', { count: 1 }));
      await photograph(page, language, theme);
      await page.close();
    }
  }, 240_000);
});
