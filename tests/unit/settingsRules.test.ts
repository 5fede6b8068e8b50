/** Each setting's rule is written once: the stored settings and a change to them refuse the same values. */
import { describe, expect, it } from 'vitest';
import { LANGUAGE_TAG } from '../../core/article/schema';
import { BACKUP_KEEP } from '../../core/backup/backupEntry';
import { applySettingsPatch, DEFAULT_SETTINGS, SettingsPatchSchema, SettingsSchema } from '../../core/settings/schema';

describe('settings rules', () => {
  const stored = (patch: object) => SettingsSchema.safeParse(patch).success;
  const change = (patch: object) => SettingsPatchSchema.safeParse(patch).success;

  it.each([
    [{ headlineBudget: { characters: 9 } }, { headlineBudget: { characters: 500 } }],
    [{ headlineBudget: { widthPx: 2001 } }, { headlineBudget: { widthPx: 100 } }],
    [{ readingWordsPerMinute: 49 }, { readingWordsPerMinute: 1000 }],
    [{ autosaveDelayMs: 1001 }, { autosaveDelayMs: 200 }],
    [{ articleLanguage: 'english!' }, { articleLanguage: 'en-GB' }],
  ])('refuses %j and takes %j in both the settings and a change to them', (bad, good) => {
    expect([stored(bad), change(bad)]).toEqual([false, false]);
    expect([stored(good), change(good)]).toEqual([true, true]);
  });

  it('takes the article language by the article’s own rule', () => {
    for (const tag of ['ar', 'en-GB', 'ar-u-nu-latn', 'e', 'ar_EG', 'toolongtag'])
      expect(change({ articleLanguage: tag }), tag).toBe(LANGUAGE_TAG.test(tag));
  });

  it('changes only the proofing settings a change names, keeping the others as the person set them', () => {
    const patch = SettingsPatchSchema.parse({ proofing: { underlineUnknown: true } });
    expect(patch).toEqual({ proofing: { underlineUnknown: true } });
    const current = applySettingsPatch(DEFAULT_SETTINGS, { proofing: { vocabularyThreshold: 1000, names: ['غزة'] } });
    const next = applySettingsPatch(current, patch);
    expect(next.proofing).toEqual({ ...current.proofing, underlineUnknown: true });
    expect(change({ proofing: { vocabularyThreshold: 0 } })).toBe(false);
  });

  it('keeps the backups the backup module counts by default', () => {
    expect(DEFAULT_SETTINGS.backups.keep).toBe(BACKUP_KEEP.default);
  });
});
