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
import { ar, en, labelPattern } from '../helpers/labels';
import { errorText } from '../../core/i18n/errorText';
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
      await page.getByRole('link', { name: ar('settings.open') }).click();
      await expect.poll(() => page.getByRole('heading', { name: ar('settings.title') }).count()).toBe(1);
      expect(await direction(page)).toBe('rtl');

      // An out-of-range value is refused before anything is saved, with the rule in one sentence.
      const delay = page.getByLabel(ar('settings.autosaveDelay'));
      await delay.fill('5000');
      await page.getByLabel(ar('settings.profileName')).fill('سلمى الحسيني');
      await page.getByRole('button', { name: ar('settings.save') }).click();
      await expect.poll(() => page.getByText(ar('settings.error.range', { min: 200, max: 1000 })).count()).toBe(1);
      expect(await delay.getAttribute('aria-invalid')).toBe('true');
      await page.screenshot({ path: join(SCREENSHOTS, 'settings-ar-invalid.png'), fullPage: true });

      await delay.fill('800');
      await page.getByRole('button', { name: ar('settings.save') }).click();
      await expect.poll(() => page.getByTestId('settings-status').innerText()).toBe(ar('settings.saved'));
      await page.screenshot({ path: join(SCREENSHOTS, 'settings-ar.png'), fullPage: true });

      await page.getByLabel(ar('settings.interfaceLanguage')).selectOption('en');
      await page.getByRole('button', { name: ar('settings.save') }).click();
      await expect.poll(() => page.getByRole('heading', { name: en('settings.title') }).count()).toBe(1);
      expect(await direction(page)).toBe('ltr');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.screenshot({ path: join(SCREENSHOTS, 'settings-en.png'), fullPage: true });

      // English stays after a reload: it lives in the archive.
      await page.goto(`${bridge.url}#/about`);
      await expect.poll(() => page.getByRole('heading', { name: en('about.title') }).count()).toBe(1);
      expect(await page.getByTestId('about-version').innerText()).toMatch(
        labelPattern('en', 'about.version', { version: /\d+\.\d+\.\d+/ }, 'start'),
      );
      expect(await page.getByText(en('about.licenceName', { licence: 'SIL Open Font License 1.1' })).count()).toBe(2);
      await page.screenshot({ path: join(SCREENSHOTS, 'about-en.png'), fullPage: true });

      await page.getByRole('button', { name: en('settings.back') }).click();
      await page.getByRole('link', { name: en('settings.open') }).click();
      await page.getByLabel(en('settings.interfaceLanguage')).selectOption('ar');
      await page.getByRole('button', { name: en('settings.save') }).click();
      await expect.poll(() => direction(page)).toBe('rtl');
      await page.goto(`${bridge.url}#/about`);
      await expect.poll(() => page.getByRole('heading', { name: ar('about.title') }).count()).toBe(1);
      await page.getByText(ar('about.showLicence')).first().click();
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
      const folder = page.getByLabel(ar('settings.backupFolder'));
      const save = page.getByRole('button', { name: ar('settings.save') });
      await folder.fill('Backups');
      await save.click();
      await expect.poll(() => page.getByText(ar('settings.error.backupFolder')).count()).toBe(1);
      expect(await folder.getAttribute('aria-invalid')).toBe('true');

      await folder.fill(join(dir, 'a-file', 'backups'));
      await save.click();
      await expect
        .poll(() => page.locator('#backupFolder-error').innerText())
        .toMatch(labelPattern('ar', 'error.backup_folder_unusable', {}, 'start'));
      // The path is isolated left to right inside the Arabic sentence, so its slashes stay where they belong,
      // and the reason is said in Arabic, not in the system's English.
      expect(await page.locator('#backupFolder-error').innerText()).toBe(
        errorText('ar', {
          code: 'backup_folder_unusable',
          params: { folder: join(dir, 'a-file', 'backups'), reason: 'not_a_folder' },
        }),
      );
      await page.screenshot({ path: join(SCREENSHOTS, 'settings-ar-backup-folder-refused.png'), fullPage: true });

      await folder.fill(chosen);
      await page.getByLabel(ar('settings.backupKeep')).fill('3');
      await save.click();
      await expect.poll(() => page.getByTestId('settings-status').innerText()).toBe(ar('settings.saved'));
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
