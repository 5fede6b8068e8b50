/**
 * The desktop app itself, through Playwright's Electron driver. It runs only where the Electron binary is
 * installed; on machines installed with ELECTRON_SKIP_BINARY_DOWNLOAD (such as CI here) it is skipped and
 * says so, and the same code paths are covered through the bridge and the IPC tests.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { _electron } from 'playwright-core';
import { electronBinary } from '../../scripts/electronBinary';
import { useTempDir } from '../helpers/tempDir';

const ROOT = resolve(import.meta.dirname, '..', '..');
const binary = electronBinary();
const tempDir = useTempDir();

if (!binary) {
  console.warn(
    '[skipped] Electron end-to-end test: the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); install Electron with its binary to run it.',
  );
}

describe.skipIf(!binary)('the desktop app (Electron binary present)', () => {
  it('opens on the archive with the sample article, from app:// with the page sandboxed', async () => {
    const build = spawnSync('npx', ['tsx', 'scripts/build-electron.ts'], { cwd: ROOT, stdio: 'inherit' });
    expect(build.status).toBe(0);
    const rebuild = spawnSync('npx', ['tsx', 'scripts/native-abi.ts', 'electron'], { cwd: ROOT, stdio: 'inherit' });
    expect(rebuild.status).toBe(0);
    const app = await _electron.launch({
      executablePath: binary!,
      args: [ROOT],
      env: { ...process.env, MIDAD_DB: join(tempDir(), 'midad.sqlite') },
    });
    try {
      const window = await app.firstWindow();
      expect(window.url()).toMatch(/^app:\/\/midad\//);
      await expect.poll(() => window.getByTestId('archive-row').count()).toBe(1);
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
        'undefined',
      );
    } finally {
      await app.close();
      spawnSync('npx', ['tsx', 'scripts/native-abi.ts', 'node'], { cwd: ROOT, stdio: 'inherit' });
    }
  });
});
