/**
 * The body toolbar's View menu, in Debian's Chromium through the bridge on a real archive file, in English
 * (the longest labels): the toolbar keeps its lines with it, one at 1366 px; Ctrl+Alt+V opens it on its first
 * item, arrows and Enter work it; focus mode and the proofing underlines are checkable items that say
 * whether they are on, and print is there; the underlines' choice outlives a reload; the shortcuts help lists the keys.
 */
import { describe, expect, it } from 'vitest';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import type { Archive } from '../../db/archive';
import { updateSettings } from '../../db/settings';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { useAppBrowser } from '../helpers/appBrowser';
import { axeViolations } from '../helpers/axe';
import { en, labelPattern } from '../helpers/labels';

let id = '';
const POLL = { timeout: 30_000 };

function seed(archive: Archive): void {
  updateSettings(archive, { interfaceLanguage: 'en', profile: { name: 'Salma', role: 'editor' } });
  id = createArticle(archive, {
    ...NEW_ARTICLE_FIELDS,
    headline: 'خبر للعرض',
    body: stateFromParagraphs(['قررت الحكومة رفع الاسعار اليوم.']),
  }).id;
}
const suite = useAppBrowser({ seed });

describe('the View menu', () => {
  it('adds no line to the English toolbar, opens from the keyboard, and toggles focus mode and the proofing underlines', async () => {
    const app = await suite.open(`#/article/${id}`, { viewport: { width: 1366, height: 768 } });
    const { page } = app;
    await page.getByTestId('body-editor').waitFor(POLL);
    await page.evaluate(() => document.fonts.ready);
    const lines = () =>
      page.locator('.body-toolbar [data-toolbar-item]:not([hidden])').evaluateAll((els) => {
        // Controls of one line share a middle (they are centred); a new line's middle is a control's height lower.
        const middles = els.map((el) => el.getBoundingClientRect()).map((r) => r.top + r.height / 2);
        return new Set(middles.map((m) => Math.round(m / 16))).size;
      });
    expect(await lines()).toBe(1);
    // At 1024 px the English toolbar was two lines before the menu (pictures, print and help on the second, by
    // the stylesheet's container query), and it stays two: the menu took the print button's place.
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await lines()).toBe(2);

    // From the body, Ctrl+Alt+V: the menu opens on its first item, focus mode, which is off.
    await page.getByTestId('body-editor').click();
    await page.keyboard.press('Control+Alt+v');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), POLL)
      .toBe('view-focus');
    const focusItem = page.getByRole('menuitemcheckbox', { name: labelPattern('en', 'editor.focus', {}, 'anywhere') });
    expect(await focusItem.getAttribute('aria-checked')).toBe('false');
    expect(await focusItem.innerText()).toContain('Ctrl+Shift+F');
    const printItem = page.getByRole('menuitem', { name: labelPattern('en', 'editor.print', {}, 'anywhere') });
    expect(await printItem.innerText()).toContain('Ctrl+P');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.side').isVisible(), POLL).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.side').isVisible(), POLL).toBe(true);

    // The button itself, ArrowDown, ArrowDown: the proofing underlines, on; Enter turns them off.
    const button = page.getByTestId('view-menu');
    await button.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const proofing = page.getByRole('menuitemcheckbox', { name: en('view.proofingMarks') });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent), POLL)
      .toContain(en('view.proofingMarks'));
    expect(await proofing.getAttribute('aria-checked')).toBe('true');
    await page.keyboard.press('Enter');
    const screen = page.locator('.editor-screen');
    await expect.poll(() => screen.getAttribute('class'), POLL).toContain('editor-screen--no-proofing-marks');
    // The focus is back on the menu's button, and Escape on an open menu closes it there too.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), POLL)
      .toBe('view-menu');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => button.getAttribute('aria-expanded'), POLL).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => button.getAttribute('aria-expanded'), POLL).toBe('false');

    // Kept for the next time the editor opens.
    await page.reload();
    await page.getByTestId('body-editor').waitFor(POLL);
    expect(await screen.getAttribute('class')).toContain('editor-screen--no-proofing-marks');

    // The shortcuts help names the menu and its keys.
    await page.getByRole('button', { name: en('toolbar.help'), exact: true }).click();
    const help = page.getByRole('dialog');
    await help.waitFor(POLL);
    expect(await help.innerText()).toContain('Ctrl+Alt+V');
    expect(await help.innerText()).toContain(en('help.view'));
    expect(app.errors).toEqual([]);
    expect(app.foreign).toEqual([]);
  }, 120_000);
});
