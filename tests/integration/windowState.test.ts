/** Window bounds are state kept per window kind in the archive, apart from the person's settings. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { readWindowState, saveWindowBounds } from '../../db/windowState';
import { readSettings } from '../../db/settings';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import { articleIdInUrl, articleUrl, windowKindOf } from '../../electron/windowRoutes';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

describe('window state', () => {
  it('is remembered per window kind across reopening, without touching the settings', () => {
    const path = join(tempDir(), 'midad.sqlite');
    let archive = openArchive(path);
    expect(readWindowState(archive)).toEqual({});
    saveWindowBounds(archive, 'archive', { x: 10, y: 20, width: 1200, height: 800, maximized: false });
    saveWindowBounds(archive, 'article', { x: 50, y: 60, width: 900, height: 1000, maximized: true });
    archive.close();
    archive = openArchive(path);
    expect(readWindowState(archive)).toEqual({
      archive: { x: 10, y: 20, width: 1200, height: 800, maximized: false },
      article: { x: 50, y: 60, width: 900, height: 1000, maximized: true },
    });
    expect(readSettings(archive)).toEqual(DEFAULT_SETTINGS);
    archive.close();
  });

  it('falls back to default placement when the stored value is damaged', () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    archive.prepare("INSERT INTO settings (key, value) VALUES ('windows', '{not json')").run();
    expect(readWindowState(archive)).toEqual({});
    expect(() => saveWindowBounds(archive, 'article', { x: 0, y: 0, width: 5, height: 5, maximized: false })).toThrow();
    archive.close();
  });
});

describe('window routes', () => {
  const id = '0b9e8f2c-6b1f-4c61-9d7e-0d6f7a1b2c3d';
  it('tell an article window from the archive window by its address, only on Midad’s own origin', () => {
    expect(articleIdInUrl(articleUrl(id))).toBe(id);
    expect(windowKindOf(articleUrl(id))).toBe('article');
    expect(windowKindOf('app://midad/index.html')).toBe('archive');
    expect(articleIdInUrl(`https://example.com/#/article/${id}`)).toBeNull();
    expect(articleIdInUrl('not a url')).toBeNull();
  });

  it('take the archive’s “Open in a new window” (window.open of the hash route) as that article’s window', () => {
    // What Chromium hands setWindowOpenHandler: the page's relative `#/article/ID` resolved against its own address.
    expect(articleIdInUrl(new URL(`#/article/${id}`, 'app://midad/index.html').href)).toBe(id);
    expect(
      articleIdInUrl(
        new URL(`#/article/${id}`, `app://midad/index.html#/article/${'1'.repeat(8)}-0000-4000-8000-000000000000`).href,
      ),
    ).toBe(id);
  });
});
