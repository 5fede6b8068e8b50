/**
 * The agency's people, organisations and places on screen, in Chromium through the bridge on a real archive
 * file holding real IPTC and TT ninjs: found by a name that only the metadata carries, opened from the search
 * results with the keyboard, and listed in the editor's source panel with how the story relates to each,
 * a place's country code and point, a press contact's phone. Screenshots at 1024 and 1366 px, Arabic and
 * English, light and dark (the whole matrix with MIDAD_SCREENSHOT_MATRIX=1), axe clean.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Article } from '../../core/article/schema';
import { getArticle } from '../../db/articles';
import { importFile } from '../../db/exchange/importFiles';
import { axeViolations } from '../helpers/axe';
import { useAppBrowser } from '../helpers/appBrowser';
import { sharedFiles } from '../helpers/shared';
import { ar, en } from '../helpers/labels';

const REAL = sharedFiles(
  'entitiesPanel e2e',
  /** IPTC's 3.1 example: a person the story is about, an organisation and places it mentions, Italy's code. */
  ['data', 'exchange-real', 'ninjs-iptc', 'doc-3.1_005_complex_text_article.json'],
  /** TT's 3.0 sample: a press contact with a phone, places with their points on the map. */
  ['data', 'exchange-real', 'ninjs-iptc', 'ex-3.0_tt_text_image_3.json'],
);
const SCREENSHOTS = join(import.meta.dirname, '__screenshots__', 'entities');

describe.skipIf(REAL.missing !== null)('the agency’s people, organisations and places, on screen', () => {
  let iptc: Article;
  let tt: Article;
  const app = useAppBrowser({
    seed: (archive) => {
      [iptc, tt] = REAL.paths.map((file) => getArticle(archive, importFile(archive, file)[0]!.id)) as [
        Article,
        Article,
      ];
    },
  });

  async function settings(interfaceLanguage: 'ar' | 'en', theme: 'light' | 'dark') {
    expect((await app.api('settings.update', { interfaceLanguage, theme })).ok).toBe(true);
  }

  /** Opens the article and waits for its own headline (not a panel another article had on screen). */
  async function openArticle(page: Page, article: Article) {
    await page.goto(`${app.bridge.url}#/article/${article.id}`);
    await expect.poll(() => page.locator('#headline').inputValue(), { timeout: 30_000 }).toBe(article.headline);
    const panel = page.getByTestId('source-panel');
    await panel.waitFor({ timeout: 30_000 });
    await page.evaluate(() => document.fonts.ready);
    return panel;
  }

  it('finds the article by an organisation only its metadata names, opens it by keyboard, lists them', async () => {
    const { page } = await app.open();
    // «Costa Crociere» is in the 3.1 example's organisations, nowhere in its headline, summary or body.
    await page.getByLabel(ar('archive.search')).focus();
    await page.keyboard.type('Crociere');
    const hit = page.getByTestId('search-hit');
    await expect.poll(() => hit.allInnerTexts(), { timeout: 15_000 }).toEqual([iptc.headline]);
    for (let i = 0; i < 40 && !(await hit.evaluate((e) => e === document.activeElement)); i += 1)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#headline').inputValue(), { timeout: 30_000 }).toBe(iptc.headline);

    const panel = page.getByTestId('source-panel');
    const names = (kind: string) => panel.getByTestId(`entities-${kind}`).locator('.source-list__name').allInnerTexts();
    expect(await names('people')).toEqual(iptc.entities?.people?.map((p) => p.name));
    expect(await names('organisations')).toEqual(iptc.entities?.organisations?.map((o) => o.name));
    expect(await names('places')).toEqual(iptc.entities?.places?.map((p) => p.name));
    const people = panel.getByTestId('entities-people');
    expect(await people.innerText()).toContain(ar('source.entity.rel.about'));
    expect(await people.innerText()).toContain(
      ar('source.entity.id', { id: 'http://www.wikidata.org/entity/Q4421821' }),
    );
    const italy = panel.getByTestId('entities-places').locator('li').last();
    expect(await italy.innerText()).toContain(ar('source.entity.country', { code: 'IT' }));
    expect(await italy.innerText()).toContain(ar('source.entity.rel.mentions'));
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);

  it('shows a press contact’s phone and a place’s point, in English too', async () => {
    await settings('en', 'light');
    const { page } = await app.open();
    const panel = await openArticle(page, tt);
    expect(await panel.getByTestId('entities-people').innerText()).toContain('+46 (0)8-7887500');
    const gotland = panel.getByTestId('entities-places').locator('li', { hasText: 'Gotland' });
    expect(await gotland.innerText()).toContain(en('source.entity.point', { lat: 57.6381, lon: 18.2979 }));
    expect(await panel.getByRole('heading', { name: en('source.entities.organisations') }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await settings('ar', 'light');
  }, 120_000);

  it('looks right at 1024 and 1366 px, Arabic and English, light and dark', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const { page } = await app.open();
    const all = process.env.MIDAD_SCREENSHOT_MATRIX === '1';
    for (const language of all ? (['ar', 'en'] as const) : (['ar'] as const)) {
      for (const theme of all ? (['light', 'dark'] as const) : (['light'] as const)) {
        await settings(language, theme);
        for (const width of all ? [1024, 1366] : [1024]) {
          // Tall enough that the side column shows the whole panel without its own scrolling.
          await page.setViewportSize({ width, height: 2400 });
          await page.goto(`${app.bridge.url}#/`);
          await page.reload();
          for (const [article, label] of [
            [iptc, 'iptc'],
            [tt, 'tt'],
          ] as const) {
            const panel = await openArticle(page, article);
            for (const list of await panel.locator('[data-testid^="entities-"]').all())
              expect(await list.evaluate((e) => e.scrollWidth <= e.clientWidth + 1)).toBe(true);
            await panel.screenshot({ path: join(SCREENSHOTS, `${label}-${language}-${theme}-${width}.png`) });
          }
        }
      }
    }
    await settings('ar', 'light');
  }, 300_000);
});
