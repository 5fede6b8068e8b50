/**
 * Settings → Proofing in Debian's Chromium through the bridge on a real archive, by keyboard: a
 * switch toggled with Space, a threshold out of range refused with one sentence, the section saved with
 * Enter, a word the person added removed from the list and from the archive. Screenshots in Arabic and
 * English, light and dark, at 1024 and 1366 px; axe clean.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../db/archive';
import { openArchive } from '../../db/connection';
import { addProofingWord, proofingWords } from '../../db/proofing/words';
import { readSettings, updateSettings } from '../../db/settings';
import { useAppBrowser } from '../helpers/appBrowser';
import { axeViolations } from '../helpers/axe';
import { ar } from '../helpers/labels';

const SCREENSHOTS = resolve(import.meta.dirname, '__screenshots__');

function seed(archive: Archive): void {
  updateSettings(archive, { interfaceLanguage: 'ar', theme: 'light' });
  addProofingWord(archive, 'كوفالتشوك', 'add');
  addProofingWord(archive, 'زيلينسكي', 'ignore');
}
const suite = useAppBrowser({ seed });

describe('Settings → Proofing', () => {
  it('is set by keyboard, refuses a bad threshold, removes an added word; screenshots and axe', async () => {
    const app = await suite.open('#/settings');
    const { page } = app;
    const section = page.locator('.proofing-settings');
    await expect.poll(() => section.getByText('كوفالتشوك').count(), { timeout: 30_000 }).toBe(1);
    expect(await section.getByText('زيلينسكي').count()).toBe(1);

    // Space toggles a switch, as in any form.
    const underline = page.getByLabel(ar('settings.proofing.underlineUnknown'));
    await underline.focus();
    await page.keyboard.press('Space');
    expect(await underline.isChecked()).toBe(true);

    // Zero is refused before anything is saved, with the rule in one sentence under the field.
    const threshold = page.getByLabel(ar('settings.proofing.vocabularyThreshold'));
    await threshold.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    await expect.poll(() => section.getByText(ar('settings.proofing.vocabularyThreshold.invalid')).count()).toBe(1);
    expect(await threshold.getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('proofing-settings-status').innerText())
      .toBe(ar('settings.proofing.saved'));

    // The remove button of an added word, by keyboard.
    await page.getByRole('button', { name: ar('settings.proofing.remove', { word: 'كوفالتشوك' }) }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => section.getByText('كوفالتشوك').count()).toBe(0);
    expect(await section.getByText('زيلينسكي').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Arabic and English, light and dark, at both widths: the interface settings are saved on the same screen.
    // Each look differs from the one before (the page opens in Arabic, light), so the poll below waits for it.
    for (const [language, theme] of [
      ['ar', 'dark'],
      ['en', 'dark'],
      ['en', 'light'],
      ['ar', 'light'],
    ] as const) {
      await page.locator('#interfaceLanguage').selectOption(language);
      await page.locator('#theme').selectOption(theme);
      await page.locator('.settings-form button[type="submit"]').first().click();
      await expect
        .poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme]))
        .toEqual([language, theme]);
      for (const width of [1024, 1366]) {
        await page.setViewportSize({ width, height: 900 });
        // The whole screen from its top: a shot of the section alone put the sticky header over its first
        // lines, and a full-page shot taken scrolled draws the header where the window was.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({
          path: join(SCREENSHOTS, `proofing-settings-${language}-${theme}-${width}.png`),
          fullPage: true,
        });
      }
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(app.errors).toEqual([]);
    expect(app.foreign).toEqual([]);

    await suite.withBridgeStopped((db) => {
      const after = openArchive(db);
      try {
        const proofing = readSettings(after).proofing;
        expect([proofing.underlineUnknown, proofing.vocabularyThreshold]).toEqual([true, 5]);
        const words = proofingWords(after);
        expect([[...words.added], [...words.ignored]]).toEqual([[], ['زيلينسكي']]);
      } finally {
        after.close();
      }
    });
  }, 240_000);
});
