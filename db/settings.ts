/**
 * Settings live in the archive's `settings` table under one key, as JSON validated by core/settings. A
 * stored value that no longer validates (hand-edited, or from a damaged write) falls back field by field to
 * defaults instead of locking the person out of the app.
 */
import {
  DEFAULT_SETTINGS,
  SettingsSchema,
  applySettingsPatch,
  type Settings,
  type SettingsPatch,
} from '../core/settings/schema';
import { resolve } from 'node:path';
import type { Archive } from './archive';
import { backupKeep, setBackupKeep } from './backup';
import { checkBackupFolder, readBackupSidecar, writeBackupSidecar } from './backupSidecar';

const KEY = 'app';

/**
 * The backups folder and how many to keep are the backups' own settings, in the sidecar beside the archive
 * (db/backupSidecar.ts: they must be readable when the archive is not); the settings read and write them
 * there, so the settings screen, `midad backup` and the restore of a damaged archive never disagree.
 */
export function readSettings(archive: Archive): Settings {
  const settings = readStoredSettings(archive);
  return { ...settings, backups: { folder: readBackupSidecar(archive.name).folder, keep: backupKeep(archive) } };
}

function readStoredSettings(archive: Archive): Settings {
  const row = archive.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return DEFAULT_SETTINGS;
  let stored: unknown;
  try {
    stored = JSON.parse(row.value);
  } catch {
    return DEFAULT_SETTINGS;
  }
  const whole = SettingsSchema.safeParse(stored);
  if (whole.success) return whole.data;
  // Keep every field that is still valid on its own.
  const kept: Record<string, unknown> = {};
  if (stored && typeof stored === 'object') {
    for (const [key, value] of Object.entries(stored)) {
      const field = SettingsSchema.shape[key as keyof Settings];
      if (field?.safeParse(value).success) kept[key] = value;
    }
  }
  return SettingsSchema.parse(kept);
}

export function updateSettings(archive: Archive, patch: SettingsPatch): Settings {
  // A new folder is checked before anything is written: one that cannot take backups leaves every setting
  // as it was. The folder already chosen is not probed again, so a backup disk that is unplugged for now
  // does not block saving the theme.
  const current = readBackupSidecar(archive.name).folder;
  let folder = patch.backups?.folder;
  if (folder) folder = resolve(folder) === current ? current : checkBackupFolder(folder);
  const backups = { ...patch.backups, ...(folder === undefined ? {} : { folder }) };
  const next = archive
    .transaction(() => {
      const merged = applySettingsPatch(readSettings(archive), { ...patch, backups });
      archive
        .prepare(
          'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        )
        .run(KEY, JSON.stringify(merged));
      return merged;
    })
    .immediate();
  if (folder !== undefined) writeBackupSidecar(archive.name, { folder });
  if (backups.keep !== undefined) setBackupKeep(archive, next.backups.keep);
  return next;
}
