/**
 * The settings and About screens in Debian's Chromium through the bridge on a real archive file: reached
 * from the shell, validated by the core schema with a sentence under the field, saved in the archive, and
 * mirrored with the interface language (right to left in Arabic, left to right in English).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppBrowser } from '../helpers/appBrowser';
import { openArchive } from '../../db/connection';
import { readSettings } from '../../db/settings';
import { listBackups } from '../../db/backupFiles';

const SCREENSHOTS = resolve(import.meta.dirname, '__screenshots__');
// One archive for both tests: the first leaves the interface in Arabic, as the second expects.
const suite = useAppBrowser();

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

const direction = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).direction);

describe('the settings and About screens', () => {
  it('validate, save and switch the interface between Arabic and English', async () => {
    const { page } = await suite.open('', { viewport: { width: 1100, height: 1500 } });
    const bridge = suite.bridge;
    {
      await page.getByRole('link', { name: 'الإعدادات' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'الإعدادات' }).count()).toBe(1);
      expect(await direction(page)).toBe('rtl');

      // An out-of-range value is refused before anything is saved, with the rule in one sentence.
      const delay = page.getByLabel('مهلة الحفظ التلقائي (ملّي ثانية)');
      await delay.fill('5000');
      await page.getByLabel('الاسم').fill('سلمى الحسيني');
      await page.getByRole('button', { name: 'حفظ الإعدادات' }).click();
      await expect.poll(() => page.getByText('أدخل رقماً صحيحاً بين 200 و1000.').count()).toBe(1);
      expect(await delay.getAttribute('aria-invalid')).toBe('true');
      await page.screenshot({ path: join(SCREENSHOTS, 'settings-ar-invalid.png'), fullPage: true });

      await delay.fill('800');
      await page.getByRole('button', { name: 'حفظ الإعدادات' }).click();
      await expect.poll(() => page.getByTestId('settings-status').innerText()).toBe('حُفظت الإعدادات.');
      await page.screenshot({ path: join(SCREENSHOTS, 'settings-ar.png'), fullPage: true });

      await page.getByLabel('لغة الواجهة').selectOption('en');
      await page.getByRole('button', { name: 'حفظ الإعدادات' }).click();
      await expect.poll(() => page.getByRole('heading', { name: 'Settings' }).count()).toBe(1);
      expect(await direction(page)).toBe('ltr');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.screenshot({ path: join(SCREENSHOTS, 'settings-en.png'), fullPage: true });

      // English stays after a reload: it lives in the archive.
      await page.goto(`${bridge.url}#/about`);
      await expect.poll(() => page.getByRole('heading', { name: 'About Midad' }).count()).toBe(1);
      expect(await page.getByTestId('about-version').innerText()).toMatch(/^Version \d+\.\d+\.\d+/);
      expect(await page.getByText('Licence: SIL Open Font License 1.1').count()).toBe(2);
      await page.screenshot({ path: join(SCREENSHOTS, 'about-en.png'), fullPage: true });

      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('link', { name: 'Settings' }).click();
      await page.getByLabel('Interface language').selectOption('ar');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await expect.poll(() => direction(page)).toBe('rtl');
      await page.goto(`${bridge.url}#/about`);
      await expect.poll(() => page.getByRole('heading', { name: 'عن مِداد' }).count()).toBe(1);
      await page.getByText('نص الترخيص').first().click();
      await expect.poll(() => page.getByText('SIL OPEN FONT LICENSE Version 1.1').first().isVisible()).toBe(true);
      await page.screenshot({ path: join(SCREENSHOTS, 'about-ar.png'), fullPage: true });
    }
    // Kept in the archive: the bridge reads the settings from the file, as the next program to open it would.
    expect((await suite.api('settings.get', {})).value).toMatchObject({
      interfaceLanguage: 'ar',
      autosaveDelayMs: 800,
      profile: { name: 'سلمى الحسيني', role: 'journalist' },
    });
  }, 120_000);

  it('choose the backups folder: a partial path and an unwritable folder are refused with a sentence, a good one is used', async () => {
    const db = suite.dbPath;
    const dir = dirname(db);
    writeFileSync(join(dir, 'a-file'), 'not a folder');
    const { page } = await suite.open('#/settings', { viewport: { width: 1100, height: 1500 } });
    const chosen = join(dir, 'نسخ احتياطية');
    {
      const folder = page.getByLabel('مجلد النسخ الاحتياطية');
      const save = page.getByRole('button', { name: 'حفظ الإعدادات' });
      await folder.fill('Backups');
      await save.click();
      await expect.poll(() => page.getByText('اكتب المسار الكامل لمجلد', { exact: false }).count()).toBe(1);
      expect(await folder.getAttribute('aria-invalid')).toBe('true');

      await folder.fill(join(dir, 'a-file', 'backups'));
      await save.click();
      await expect
        .poll(() => page.locator('#backupFolder-error').innerText())
        .toMatch(/^لا يمكن كتابة النسخ الاحتياطية في المجلد/);
      // The path is isolated left to right inside the Arabic sentence, so its slashes stay where they belong,
      // and the reason is said in Arabic, not in the system's English.
      expect(await page.locator('#backupFolder-error').innerText()).toBe(
        `لا يمكن كتابة النسخ الاحتياطية في المجلد \u2066${join(dir, 'a-file', 'backups')}\u2069: في مساره ملف حيث ينبغي أن يكون مجلد. اختر مجلداً يمكنك الكتابة فيه.`,
      );
      await page.screenshot({ path: join(SCREENSHOTS, 'settings-ar-backup-folder-refused.png'), fullPage: true });

      await folder.fill(chosen);
      await page.getByLabel('عدد النسخ المحفوظة').fill('3');
      await save.click();
      await expect.poll(() => page.getByTestId('settings-status').innerText()).toBe('حُفظت الإعدادات.');
    }
    expect(existsSync(chosen)).toBe(true);
    const backups = await suite.withBridgeStopped((file) => {
      const archive = openArchive(file, { now: new Date(Date.now() + 2 * 24 * 3600 * 1000) });
      try {
        return readSettings(archive).backups;
      } finally {
        archive.close();
      }
    });
    expect(backups).toEqual({ folder: chosen, keep: 3 });
    // The next day's open took its daily backup into the chosen folder.
    expect(listBackups(db).map((b) => b.reason)).toContain('daily');
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  }, 120_000);
});
