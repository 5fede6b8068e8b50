/**
 * `npm run icons`: renders build/icon.svg into the PNG sizes the installers need (build/icons/NxN.png,
 * and build/icon.png at 1024 for electron-builder's macOS and Windows conversions), in Debian's Chromium
 * through playwright-core, and copies the SVG to the renderer as its favicon and About picture. The PNGs
 * are committed; run this again after changing the SVG.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'build', 'icon.svg'), 'utf8');
const outDir = join(root, 'build', 'icons');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.MIDAD_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace(/width="1024" height="1024"/, `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const file = join(outDir, `${size}x${size}.png`);
    await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    if (size === 1024) copyFileSync(file, join(root, 'build', 'icon.png'));
    await page.close();
  }
} finally {
  await browser.close();
}
copyFileSync(join(root, 'build', 'icon.svg'), join(root, 'renderer', 'public', 'icon.svg'));
console.log(`icons written to ${outDir}`);
