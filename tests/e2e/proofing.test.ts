/**
 * Proofing in the editor, in Debian's Chromium through the bridge on a real archive: findings appear as CSS
 * highlights (no nodes in the document), a right-click on a marked word offers its fix and applies it, and
 * "add to dictionary" is kept in the archive and clears the mark. Screenshots with the menu open, Arabic and
 * English, light and dark, at 1024 and 1366 px; axe clean with the menu open.
 */
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { openArchive } from '../../db/connection';
import { proofingWords } from '../../db/proofing/words';
import { updateSettings } from '../../db/settings';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { launchChromium } from '../helpers/browser';
import { startBridgeProcess, type BridgeProcess } from '../helpers/bridgeProcess';
import { openAppPage } from '../helpers/appPage';
import { axeViolations } from '../helpers/axe';
import { useTempDir } from '../helpers/tempDir';
import { ar } from '../helpers/labels';

const SCREENSHOTS = resolve(import.meta.dirname, '__screenshots__');
const tempDir = useTempDir();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
}, 90_000);
afterAll(async () => {
  await browser?.close();
});

const BODY = ['وصل الوفد الى عمان يوم الجمعه.', 'وقال كوفالتشوك , ان الحكومة مستعدة.'];

function archiveWith(language: 'ar' | 'en', theme: 'light' | 'dark', underlineUnknown = false) {
  const db = join(tempDir(), 'midad.sqlite');
  const archive = openArchive(db);
  updateSettings(archive, { interfaceLanguage: language, theme, proofing: { underlineUnknown } });
  const { id } = createArticle(archive, {
    ...NEW_ARTICLE_FIELDS,
    headline: 'الوفد يصل',
    body: stateFromParagraphs(BODY),
  });
  archive.close();
  return { db, id };
}

/** The text of every range of a highlight, in document order. */
function marked(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n)?.values() ?? [])].map((r) => (r as Range).toString()), name);
}

async function rightClick(page: Page, word: string) {
  const box = await page.evaluate((w) => {
    for (const highlight of CSS.highlights.values()) {
      for (const r of highlight.values()) {
        if ((r as Range).toString() === w) {
          const b = (r as Range).getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
      }
    }
    return null;
  }, word);
  expect(box, word).not.toBeNull();
  await page.mouse.click(box!.x, box!.y, { button: 'right' });
}

describe('proofing in the editor', () => {
  let bridge: BridgeProcess | undefined;
  afterAll(async () => {
    await bridge?.stop();
  });

  it('marks findings with highlights, fixes one from the menu, keeps "add to dictionary" in the archive', async () => {
    // Unknown words (names) are underlined only when the settings ask, as this person's do.
    const { db, id } = archiveWith('ar', 'light', true);
    bridge = await startBridgeProcess(db);
    const app = await openAppPage(browser, bridge.origin, `${bridge.url}#/article/${id}`);
    const { page } = app;
    await expect
      .poll(() => marked(page, 'proofing-error'), { timeout: 60_000 })
      .toEqual(expect.arrayContaining(['الى', 'الجمعه', 'كوفالتشوك', 'ان']));
    expect(await marked(page, 'proofing-warning')).toContain(',');
    // Highlights are not nodes: the editor's DOM holds only the text.
    const html = await page.getByTestId('body-editor').innerHTML();
    expect(html).not.toMatch(/proofing/);

    await rightClick(page, 'الى');
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'proofing-menu-ar-light-1366.png') });
    expect(await axeViolations(page)).toEqual([]);
    // The first fix has the focus: Enter applies it.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('body-editor').innerText()).toContain('وصل الوفد إلى عمان');
    await expect.poll(() => marked(page, 'proofing-error')).not.toContain('الى');

    // A name the dictionary lacks: spelling's suggestions are asked for when the menu opens.
    await rightClick(page, 'كوفالتشوك');
    await expect.poll(() => menu.isVisible()).toBe(true);
    await menu.getByRole('menuitem', { name: ar('proofing.menu.addToDictionary') }).click();
    await expect.poll(() => marked(page, 'proofing-error'), { timeout: 30_000 }).not.toContain('كوفالتشوك');
    expect(app.foreign).toEqual([]);
    expect(app.errors).toEqual([]);
    await page.close();
    await bridge.stop();
    bridge = undefined;
    const archive = openArchive(db);
    expect([...proofingWords(archive).added]).toEqual(['كوفالتشوك']);
    archive.close();
  }, 180_000);

  it.each([
    ['en', 'dark', 1024],
    ['ar', 'dark', 1024],
    ['en', 'light', 1366],
  ] as const)(
    'the menu in %s, %s, %i px: screenshot and axe',
    async (language, theme, width) => {
      const { db, id } = archiveWith(language, theme);
      const local = await startBridgeProcess(db);
      try {
        const app = await openAppPage(browser, local.origin, `${local.url}#/article/${id}`, { width, height: 800 });
        const { page } = app;
        await expect.poll(() => marked(page, 'proofing-error'), { timeout: 60_000 }).toContain('الجمعه');
        await rightClick(page, 'الجمعه');
        await expect.poll(() => page.getByRole('menu').isVisible()).toBe(true);
        await page.screenshot({ path: join(SCREENSHOTS, `proofing-menu-${language}-${theme}-${width}.png`) });
        expect(await axeViolations(page)).toEqual([]);
        // Escape closes the menu and leaves the text as it was.
        await page.keyboard.press('Escape');
        await expect.poll(() => page.getByRole('menu').count()).toBe(0);
        expect(await page.getByTestId('body-editor').innerText()).toContain('الجمعه');
        expect(app.errors).toEqual([]);
        await page.close();
      } finally {
        await local.stop();
      }
    },
    180_000,
  );
});
