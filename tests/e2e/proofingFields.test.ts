/**
 * Proofing in the headline and standfirst, in Debian's Chromium through the bridge on a real
 * archive: findings are highlights over a mirror behind the textarea (no nodes in the field), a right-click
 * on a marked word of the headline fixes it from the menu, and the context-menu key opens the same menu in
 * the standfirst. Screenshot with the menu open; axe clean.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createArticle, getArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import type { Archive } from '../../db/archive';
import { openArchive } from '../../db/connection';
import { updateSettings } from '../../db/settings';
import { waitSaved } from '../helpers/appPage';
import { useAppBrowser } from '../helpers/appBrowser';
import { axeViolations } from '../helpers/axe';

const SCREENSHOTS = resolve(import.meta.dirname, '__screenshots__');
let id = '';

function seed(archive: Archive): void {
  updateSettings(archive, { interfaceLanguage: 'ar', theme: 'light' });
  id = createArticle(archive, {
    ...NEW_ARTICLE_FIELDS,
    headline: 'الوفد يصل الى عمان',
    standfirst: 'وقال الوزير ان الحكومة مستعدة يوم الجمعه',
  }).id;
}
const suite = useAppBrowser({ seed });

function marked(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n)?.values() ?? [])].map((r) => (r as Range).toString()), name);
}

describe('proofing in the headline and standfirst', () => {
  it('marks, fixes from the menu by pointer and opens it by keyboard', async () => {
    const app = await suite.open(`#/article/${id}`);
    const { page } = app;
    await expect
      .poll(() => marked(page, 'proofing-error'), { timeout: 60_000 })
      .toEqual(expect.arrayContaining(['الى', 'ان', 'الجمعه']));
    // The field holds only its text: the marks are on the mirror behind it, which lies exactly under the
    // field, so every mark is inside the field's box.
    expect(await page.locator('#headline').inputValue()).toBe('الوفد يصل الى عمان');
    const fit = await page.evaluate(() =>
      ['#headline', '#standfirst'].map((selector) => {
        const field = document.querySelector(selector)!;
        const mirror = field.parentElement!.querySelector('.proofed-field__mirror')!;
        const [a, b] = [field.getBoundingClientRect(), mirror.getBoundingClientRect()];
        const gaps = [a.left - b.left, a.top - b.top, a.width - b.width, a.height - b.height];
        return gaps.every((d) => Math.abs(d) < 1) || gaps.join(' ');
      }),
    );
    expect(fit).toEqual([true, true]);
    const inside = await page.evaluate(() => {
      const box = document.querySelector('#standfirst')!.getBoundingClientRect();
      return [...(CSS.highlights.get('proofing-error')?.values() ?? [])]
        .map((r) => (r as Range).getBoundingClientRect())
        .filter((r) => r.top >= box.top - 1 && r.top < box.bottom)
        .map((r) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.bottom <= box.bottom + 1);
    });
    expect(inside).toEqual([true, true]);

    const box = await page.evaluate(() => {
      for (const r of CSS.highlights.get('proofing-error')?.values() ?? []) {
        if ((r as Range).toString() === 'الى') {
          const b = (r as Range).getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
      }
      return null;
    });
    expect(box).not.toBeNull();
    await page.mouse.click(box!.x, box!.y, { button: 'right' });
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'proofing-headline-menu-ar-light-1366.png') });
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#headline').inputValue()).toBe('الوفد يصل إلى عمان');
    await expect.poll(() => marked(page, 'proofing-error')).not.toContain('الى');

    // By keyboard: the caret inside a marked word of the standfirst, then Shift+F10.
    const standfirst = page.locator('#standfirst');
    await standfirst.focus();
    await page.evaluate(() => {
      const field = document.querySelector<HTMLTextAreaElement>('#standfirst')!;
      const at = field.value.indexOf('الجمعه') + 2;
      field.setSelectionRange(at, at);
    });
    await page.keyboard.press('Shift+F10');
    await expect.poll(() => menu.isVisible()).toBe(true);
    expect(await menu.innerText()).toContain('الجمعة');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);

    await waitSaved(page);
    expect(app.errors).toEqual([]);
    expect(app.foreign).toEqual([]);
    const headline = await suite.withBridgeStopped((db) => {
      const after = openArchive(db);
      try {
        return getArticle(after, id).headline;
      } finally {
        after.close();
      }
    });
    expect(headline).toBe('الوفد يصل إلى عمان');
  }, 180_000);
});
