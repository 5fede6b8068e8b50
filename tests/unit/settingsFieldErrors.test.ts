/** The settings screen's field messages come from the core schema's own limits. */
import { describe, expect, it } from 'vitest';
import { SettingsPatchSchema } from '../../core/settings/schema';
import { fieldErrors, fieldErrorsFromPath } from '../../renderer/settings/fieldErrors';

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
    expect(fieldErrorsFromPath('readingWordsPerMinute')).toEqual({ readingSpeed: { key: 'settings.error.range', params: { min: 50, max: 1000 } } });
    expect(fieldErrorsFromPath(undefined)).toEqual({});
  });
});
