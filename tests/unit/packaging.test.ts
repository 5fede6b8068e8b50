/** The packaged app's configuration: targets, fuses, native modules outside the asar, file associations, icons. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ID, builderConfig } from '../../scripts/packaging/builderConfig';
import { IMPORTABLE_EXTENSIONS } from '../../electron/fileOpen';

const ROOT = resolve(import.meta.dirname, '..', '..');
const config = builderConfig({});
const targets = (platform: { target?: unknown } | null | undefined) => platform?.target;

/** Enough of glob matching for asar rules: `**` crosses folders, `*` does not. */
function globMatches(path: string, pattern: string): boolean {
  const source = pattern
    .split('**/')
    .map((part) =>
      part
        .split('*')
        .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('(?:.*/)?');
  return new RegExp(`^${source}$`).test(path);
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the packaging configuration', () => {
  it('names the app and builds AppImage and deb for Linux, NSIS for Windows, dmg for macOS', () => {
    expect(config).toMatchObject({ appId: APP_ID, productName: 'Midad' });
    expect(targets(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targets(config.win)).toEqual(['nsis']);
    expect(targets(config.mac)).toEqual(['dmg']);
  });

  it('sets the security fuses: no running as Node, the app only from a validated asar, encrypted cookies', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the app into an asar but leaves better-sqlite3’s native module outside it', () => {
    expect(config.asar).toBe(true);
    const unpacked = (path: string) => [config.asarUnpack ?? []].flat().some((pattern) => globMatches(path, pattern));
    expect(unpacked('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(unpacked('node_modules/better-sqlite3/lib/database.js')).toBe(true);
    expect(unpacked('dist/electron/main.js')).toBe(false);
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**/*', 'dist/renderer/**/*', '!**/*.map']));
    expect(config.extraMetadata).toEqual({ main: 'dist/electron/main.js' });
    // Only what the bundled main process loads at run time comes from node_modules.
    const modules = (config.files as string[]).filter((p) => p.startsWith('node_modules/'));
    expect(modules).toEqual([
      'node_modules/better-sqlite3/**/*',
      'node_modules/bindings/**/*',
      'node_modules/file-uri-to-path/**/*',
    ]);
    expect(config.files).toContain('!node_modules/**/*');
  });

  it('never updates itself or publishes anything', () => {
    expect(config.publish).toBeNull();
  });

  it('associates exactly the file types the app imports', () => {
    const extensions = (config.fileAssociations as Array<{ ext: string[]; role: string }>).flatMap((a) =>
      a.ext.map((e) => `.${e}`),
    );
    expect(extensions.sort()).toEqual([...IMPORTABLE_EXTENSIONS].sort());
    for (const association of config.fileAssociations as Array<{ role: string }>)
      expect(association.role).toBe('Editor');
  });

  it('packages offline from an unpacked Electron only when MIDAD_ELECTRON_DIST names one', () => {
    expect(config.electronDist).toBeUndefined();
    expect(builderConfig({ MIDAD_ELECTRON_DIST: '/opt/electron-45' }).electronDist).toBe('/opt/electron-45');
    expect(builderConfig({ MIDAD_ELECTRON_DIST: '  ' }).electronDist).toBeUndefined();
  });

  it('has its icon: the SVG source and every PNG size rendered from it', () => {
    expect(readFileSync(join(ROOT, 'build', 'icon.svg'), 'utf8')).toContain('viewBox="0 0 1024 1024"');
    expect(pngSize(join(ROOT, 'build', 'icon.png'))).toEqual({ width: 1024, height: 1024 });
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(join(ROOT, 'build', 'icons', `${size}x${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it('is what `npm run dist` packages with', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dist).toBe('tsx scripts/dist.ts');
    expect(readFileSync(join(ROOT, 'scripts', 'dist.ts'), 'utf8')).toContain('builderConfig()');
    expect(existsSync(join(ROOT, 'scripts', 'render-icons.ts'))).toBe(true);
  });
});
