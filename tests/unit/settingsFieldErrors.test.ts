/** The settings screen's field messages come from the core schema's own limits. */
import { describe, expect, it } from 'vitest';
import { SettingsPatchSchema } from '../../core/settings/schema';
import { fieldErrors, fieldErrorsFromRefusal } from '../../renderer/settings/fieldErrors';
import { errorText } from '../../core/i18n/errorText';

describe('settings field errors', () => {
  it('name each refused field with the range the schema allows', () => {
    const parsed = SettingsPatchSchema.safeParse({
      autosaveDelayMs: 5000,
      headlineBudget: { characters: Number.NaN, widthPx: 600 },
      backups: { keep: 0 },
      articleLanguage: 'arabic!',
      profile: { name: '   ', role: 'editor' },
    });
    expect(parsed.success).toBe(false);
    expect(fieldErrors(parsed.error!.issues)).toEqual({
      autosaveDelay: { key: 'settings.error.range', params: { min: 200, max: 1000 } },
      headlineCharacters: { key: 'settings.error.range', params: { min: 10, max: 500 } },
      backupKeep: { key: 'settings.error.range', params: { min: 1, max: 100 } },
      articleLanguage: { key: 'settings.error.language', params: {} },
      profileName: { key: 'settings.error.name', params: {} },
    });
  });

  it('map a refusal from the archive back to its field', () => {
    const refusal = (field?: string): { code: string; params: Record<string, string> } => ({
      code: 'invalid_request',
      params: field ? { field } : {},
    });
    expect(fieldErrorsFromRefusal(refusal('readingWordsPerMinute'))).toEqual({
      readingSpeed: { key: 'settings.error.range', params: { min: 50, max: 1000 } },
    });
    expect(fieldErrorsFromRefusal(refusal())).toEqual({});
  });

  it('refuse a backups folder given as a relative path', () => {
    const parsed = SettingsPatchSchema.safeParse({ backups: { folder: 'Backups/midad' } });
    expect(fieldErrors(parsed.error!.issues)).toEqual({
      backupFolder: { key: 'settings.error.backupFolder', params: {} },
    });
    for (const folder of ['', '/srv/backups', 'C:\\Midad\\Backups', 'D:/Backups', '\\\\server\\share\\midad']) {
      expect(SettingsPatchSchema.safeParse({ backups: { folder } }).success, folder).toBe(true);
    }
  });

  it('say which folder the archive could not write to, and why', () => {
    const refusal = {
      code: 'backup_folder_unusable',
      params: { field: 'backups.folder', folder: '/mnt/usb/backups', reason: 'no_permission' },
    };
    const shown = fieldErrorsFromRefusal(refusal).backupFolder;
    expect(shown).toEqual({ refusal });
    // The settings screen renders it through errorText, as every refusal is.
    expect(shown && 'refusal' in shown && errorText('ar', shown.refusal)).toBe(
      'لا يمكن كتابة النسخ الاحتياطية في المجلد \u2066/mnt/usb/backups\u2069: ليست لديك صلاحية الكتابة فيه. اختر مجلداً يمكنك الكتابة فيه.',
    );
  });
});
