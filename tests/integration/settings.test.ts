import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { readSettings, updateSettings } from '../../db/settings';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { dispatch } from '../../core/api/envelope';
import { createArchiveService } from '../../db/service/archiveService';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

describe('settings', () => {
  it('start at the defaults: Arabic interface, Western digits, a 600 px headline budget', () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    const settings = readSettings(archive);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings).toMatchObject({
      interfaceLanguage: 'ar',
      digits: 'western',
      headlineBudget: { widthPx: 600 },
      profile: null,
    });
    archive.close();
  });

  it('persist a partial change across reopening, merging nested groups field by field', () => {
    const path = join(tempDir(), 'a.sqlite');
    let archive = openArchive(path);
    updateSettings(archive, { headlineBudget: { characters: 70 }, profile: { name: 'سلمى', role: 'editor' } });
    archive.close();
    archive = openArchive(path);
    const settings = readSettings(archive);
    expect(settings.headlineBudget).toEqual({ characters: 70, widthPx: 600 });
    expect(settings.profile).toEqual({ name: 'سلمى', role: 'editor' });
    archive.close();
  });

  it('refuse an invalid change through the API and keep what was stored', async () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    const service = createArchiveService(archive);
    await dispatch(service, 'settings.update', { readingWordsPerMinute: 220 });
    const refused = await dispatch(service, 'settings.update', { autosaveDelayMs: 5000 });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', params: { field: 'autosaveDelayMs' } },
    });
    expect(readSettings(archive).readingWordsPerMinute).toBe(220);
    expect(readSettings(archive).autosaveDelayMs).toBe(DEFAULT_SETTINGS.autosaveDelayMs);
    archive.close();
  });

  it('keep the valid fields of a damaged stored value and default the rest', () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    archive
      .prepare("INSERT INTO settings (key, value) VALUES ('app', ?)")
      .run(JSON.stringify({ theme: 'dark', digits: 'roman' }));
    const settings = readSettings(archive);
    expect(settings.theme).toBe('dark');
    expect(settings.digits).toBe('western');
    archive.close();
  });
});
