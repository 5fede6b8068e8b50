/**
 * The renderer kit's shared pieces where a screen shows them, in Debian's Chromium through the bridge on a
 * real archive file: the archive's filters keep their boxes on one line when a date filter says what was typed
 * is not a day, with the sentence under its own box; the header's menu buttons (ui/MenuButton) open on a click
 * and close on a click elsewhere, open on their last item with ArrowUp, and stand under their button on the
 * reading direction's side. Screenshots of the matrix (tests/helpers/screenMatrix.ts); axe clean.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { updateSettings } from '../../db/settings';
import { axeViolations } from '../helpers/axe';
import { label } from '../helpers/labels';
import { useAppBrowser } from '../helpers/appBrowser';
import { LOOKS, WIDTHS } from '../helpers/screenMatrix';

const SCREENSHOTS = resolve(import.meta.dirname, '__screenshots__');
const POLL = { timeout: 30_000 };

const suite = useAppBrowser({
  seed: (archive) => {
    updateSettings(archive, { profile: { name: 'سلمى', role: 'editor' } });
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'خبر في الأرشيف' });
  },
});

/** Where each filter's box stands, and where the day error stands against its own box. */
const filterBoxes = (page: Page) =>
  page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.filters .input')].map((el) =>
      el.getBoundingClientRect(),
    );
    const error = document.querySelector<HTMLElement>('.filters .form-field__error');
    const field = error?.closest('.form-field')?.querySelector<HTMLElement>('.input')?.getBoundingClientRect();
    const said = error?.getBoundingClientRect();
    const clear = document.querySelector<HTMLElement>('.filters__clear')?.getBoundingClientRect();
    return {
      tops: boxes.map((r) => Math.round(r.top)),
      // The clear button stands on the boxes' line: its middle where theirs is.
      clearMiddle: clear && Math.round(clear.top + clear.height / 2),
      boxMiddle: boxes[0] && Math.round(boxes[0].top + boxes[0].height / 2),
      error: said &&
        field && { below: said.top >= field.bottom - 1, start: [said.left, said.right, field.left, field.right] },
      overflows: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    };
  });

describe('the kit on its screens', () => {
  // One page for every look (the settings changed, the page reloaded), so the file opens Chromium's page once.
  it('keeps the archive filters aligned under a day error, and works the header menus by pointer and keyboard', async () => {
    const { page } = await suite.open('', { viewport: { width: WIDTHS[0]!, height: 700 } });
    for (const { language, theme } of LOOKS) {
      await suite.api('settings.update', { interfaceLanguage: language, theme });
      await page.setViewportSize({ width: WIDTHS[0]!, height: 700 });
      await page.reload();
      await page.getByTestId('archive-row').first().waitFor(POLL);
      // The first date filter ("from"): the day boxes are the filters' numeric ones.
      await page.locator('.filters input[inputmode="numeric"]').first().fill('32/13/2026');
      await page.keyboard.press('Tab');
      await page.getByText(label(language, 'archive.filter.dayInvalid')).waitFor(POLL);
      await page.evaluate(() => document.fonts.ready);
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 700 });
        await page.screenshot({ path: `${SCREENSHOTS}/kit-day-error-${language}-${theme}-${width}.png` });
        const at = await filterBoxes(page);
        // Every box on the line of the first (a narrow window may wrap the filters onto a second line).
        expect(new Set(at.tops.filter((top) => Math.abs(top - at.tops[0]!) < 40)).size).toBe(1);
        if (at.clearMiddle! < at.boxMiddle! + 40) expect(Math.abs(at.clearMiddle! - at.boxMiddle!)).toBeLessThan(2);
        expect(at.error?.below).toBe(true);
        const [eLeft, eRight, fLeft, fRight] = at.error!.start;
        // The sentence starts where its box starts, on the reading direction's side.
        if (language === 'ar') expect(Math.abs(eRight! - fRight!)).toBeLessThan(2);
        else expect(Math.abs(eLeft! - fLeft!)).toBeLessThan(2);
        expect(at.overflows).toBe(false);
      }

      const person = page.getByTestId('person-menu');
      const menu = page.getByRole('menu');
      await person.click();
      await expect.poll(() => menu.isVisible(), POLL).toBe(true);
      expect(await person.getAttribute('aria-expanded')).toBe('true');
      // Under the button, its end under the button's end: right edges in English, left edges in Arabic.
      const [b, m] = [await person.boundingBox(), await menu.boundingBox()];
      expect(m!.y).toBeGreaterThanOrEqual(b!.y + b!.height);
      if (language === 'ar') expect(Math.abs(m!.x - b!.x)).toBeLessThan(2);
      else expect(Math.abs(m!.x + m!.width - (b!.x + b!.width))).toBeLessThan(2);
      await page.screenshot({ path: `${SCREENSHOTS}/kit-person-menu-${language}-${theme}.png` });
      // The day error and the open menu, in this theme's colours.
      expect(await axeViolations(page)).toEqual([]);

      // A click elsewhere closes it.
      await page.getByRole('heading', { level: 1 }).first().click();
      await expect.poll(() => menu.count(), POLL).toBe(0);
      expect(await person.getAttribute('aria-expanded')).toBe('false');

      // ArrowUp opens it on its last item (About); Escape closes it and the focus is back on the button.
      await person.focus();
      await page.keyboard.press('ArrowUp');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent), POLL)
        .toBe(label(language, 'person.about'));
      await page.keyboard.press('Home');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitemradio');
      await page.keyboard.press('Escape');
      expect(await person.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('person-menu');
    }
  }, 240_000);
});
