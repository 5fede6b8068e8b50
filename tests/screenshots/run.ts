/**
 * `npm run screenshots [-- --out DIR]`: pictures of every screen to look at, repeatably. Builds nothing
 * itself (the npm script builds the renderer first); makes a temporary archive with the AFP wire fixture
 * imported, starts the real bridge on it, and writes PNGs of the archive, a search, the editor on the wire story, the
 * settings and About screens, in light and dark, Arabic and English, into the folder it prints.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { openArchive } from '../../db/connection';
import { importFile } from '../../db/exchange/importFiles';
import { launchChromium } from '../helpers/browser';
import { startBridgeProcess, type BridgeProcess } from '../helpers/bridgeProcess';

const ROOT = resolve(import.meta.dirname, '..', '..');
const WIRE = resolve(ROOT, '..', 'shared', 'fixtures', 'wire-afp-biden-kadhimi.txt');

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = resolve(
  values.out ??
    join(ROOT, 'tests', 'e2e', '__screenshots__', `screens-${new Date().toISOString().replace(/[:.]/g, '-')}`),
);
mkdirSync(out, { recursive: true });

async function call(bridge: BridgeProcess, method: string, request: unknown): Promise<unknown> {
  const response = await fetch(`${bridge.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-midad-token': bridge.token },
    body: JSON.stringify(request),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

/** Fonts loaded and nothing still moving, so two runs give the same picture. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(400);
}

const scratch = mkdtempSync(join(tmpdir(), 'midad-screens-'));
const db = join(scratch, 'midad.sqlite');
const archive = openArchive(db, { automaticBackups: false });
const [wire] = importFile(archive, WIRE);
archive.close();
if (!wire) throw new Error(`the wire fixture ${WIRE} imported no article`);

const bridge = await startBridgeProcess(db);
const browser = await launchChromium();
const written: string[] = [];
try {
  for (const language of ['ar', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      await call(bridge, 'settings.update', { interfaceLanguage: language, theme });
      const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, colorScheme: theme });
      const shoot = async (screen: string, hash: string, ready: (p: Page) => Promise<unknown>, fullPage = false) => {
        await page.goto(`${bridge.url}${hash}`);
        await ready(page);
        await settle(page);
        const file = join(out, `${screen}-${language}-${theme}.png`);
        await page.screenshot({ path: file, fullPage });
        written.push(file);
      };
      await shoot('archive', '', (p) => p.getByTestId('archive-row').first().waitFor());
      await shoot('search', '', async (p) => {
        await p.locator('#archive-search').fill('الكاظمي');
        await p.getByTestId('search-hit').first().waitFor();
      });
      await shoot('editor', `#/article/${wire.id}`, (p) => p.getByTestId('body-editor').waitFor());
      await shoot('settings', '#/settings', (p) => p.locator('form.settings-form').waitFor(), true);
      await shoot('about', '#/about', (p) => p.getByTestId('about-version').waitFor(), true);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await bridge.stop();
  rmSync(scratch, { recursive: true, force: true });
}
for (const file of written) console.log(file);
console.log(`${written.length} screenshots in ${out}`);
