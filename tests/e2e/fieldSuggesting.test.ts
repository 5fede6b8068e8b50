/**
 * Suggesting mode in the headline and standfirst, in Debian's Chromium through the loopback bridge on a real
 * archive file: an editor types and deletes with the keyboard in both fields with the mode on; the fields keep
 * their words in the archive while the proposals show under them as insert/delete marks with the editor's
 * name; with the mode off, typing changes the field itself. The journalist then accepts one (under the
 * field) and rejects the other (in the panel), and only the accepted words are exported.
 */
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppBrowser } from '../helpers/appBrowser';
import { ar } from '../helpers/labels';
import type { Archive } from '../../db/archive';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { updateSettings } from '../../db/settings';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import type { Article } from '../../core/article/schema';
import type { Profile } from '../../core/settings/schema';

let id = '';
const EDITOR: Profile = { name: 'سلمى', role: 'editor' };
const JOURNALIST: Profile = { name: 'ليلى', role: 'journalist' };
const HEADLINE = 'الحكومة ترفع الأسعار';
const STANDFIRST = 'قررت الحكومة رفع أسعار الوقود اليوم';
const SCREENSHOTS = join(import.meta.dirname, '__screenshots__');
const POLL = { timeout: 30_000 };

function seed(archive: Archive): void {
  updateSettings(archive, { profile: EDITOR });
  id = createArticle(archive, {
    ...NEW_ARTICLE_FIELDS,
    headline: HEADLINE,
    standfirst: STANDFIRST,
    body: stateFromParagraphs(['نص الخبر']),
  }).id;
}
const suite = useAppBrowser({ seed });

async function api<T>(method: string, payload: unknown): Promise<T> {
  const result = await suite.api<T>(method, payload);
  expect(result.ok).toBe(true);
  return result.value as T;
}

const stored = () => api<Article>('articles.get', { id });

async function openArticle(): Promise<Page> {
  const { page } = await suite.open(`#/article/${id}`, { viewport: { width: 1366, height: 900 } });
  await page.getByTestId('status-control').waitFor(POLL);
  return page;
}

const saved = (page: Page) =>
  expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), POLL).toBe('saved');
const marks = (page: Page, field: string, tag: 'ins' | 'del') =>
  page.getByTestId(`field-suggestions-${field}`).locator(`${tag}.suggestion`).allInnerTexts();

describe('suggesting mode in the headline and standfirst', () => {
  it(
    'keeps typed changes as proposals under each field, and typing without the mode changes the field',
    { timeout: 240_000 },
    async () => {
      const page = await openArticle();
      const headline = page.locator('#headline');
      const standfirst = page.locator('#standfirst');
      await page.getByTestId('suggesting-toggle').click();
      await expect.poll(() => page.getByTestId('suggesting-toggle').getAttribute('aria-pressed'), POLL).toBe('true');

      // The headline: the caret at its end, a word typed as a person types it, one letter taken back.
      await headline.click();
      await page.keyboard.press('End');
      await page.keyboard.type(' الجديدةة');
      await page.keyboard.press('Backspace');
      await expect.poll(() => headline.inputValue(), POLL).toBe(`${HEADLINE} الجديدة`);
      await expect.poll(() => marks(page, 'headline', 'ins'), POLL).toEqual([' الجديدة']);
      expect(
        await page.getByTestId('field-suggestions-headline').locator('ins.suggestion').first().getAttribute('title'),
      ).toBe(EDITOR.name);

      // The standfirst: its last word deleted with backspaces, the caret having moved there by keys.
      await standfirst.click();
      await page.keyboard.press('Control+End');
      for (let i = 0; i < ' اليوم'.length; i++) await page.keyboard.press('Backspace');
      await expect.poll(() => standfirst.inputValue(), POLL).toBe('قررت الحكومة رفع أسعار الوقود');
      await expect.poll(() => marks(page, 'standfirst', 'del'), POLL).toEqual([' اليوم']);

      // Saved as proposals: the archive's fields keep their words.
      await saved(page);
      await expect.poll(async () => (await stored()).fieldSuggestions?.length ?? 0, POLL).toBe(2);
      const article = await stored();
      expect([article.headline, article.standfirst]).toEqual([HEADLINE, STANDFIRST]);
      expect(article.fieldSuggestions?.map((s) => [s.field, s.author.name, s.to])).toEqual([
        ['headline', EDITOR.name, `${HEADLINE} الجديدة`],
        ['standfirst', EDITOR.name, 'قررت الحكومة رفع أسعار الوقود'],
      ]);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'field-suggesting.png') });

      // The mode off: the boxes show the fields' own words, and typing changes them directly.
      await page.getByTestId('suggesting-toggle').click();
      await expect.poll(() => headline.inputValue(), POLL).toBe(HEADLINE);
      await headline.click();
      await page.keyboard.press('Home');
      await page.keyboard.type('عاجل: ');
      await saved(page);
      await expect.poll(async () => (await stored()).headline, POLL).toBe(`عاجل: ${HEADLINE}`);
      // The proposal still stands, now shown against the field's new words.
      await expect.poll(async () => (await marks(page, 'headline', 'del')).join(''), POLL).toBe('عاجل: ');
    },
  );

  it(
    'lets the journalist accept one under its field and reject the other in the panel',
    { timeout: 180_000 },
    async () => {
      await api('settings.update', { profile: JOURNALIST });
      const page = await openArticle();
      await page.getByTestId('field-suggestions-headline').waitFor(POLL);
      const panel = page.getByTestId('suggestions-panel');
      await expect.poll(() => panel.getByTestId('suggestion').count(), POLL).toBe(2);
      expect(await panel.getByTestId('suggestion').first().innerText()).toContain(EDITOR.name);

      await page
        .getByTestId('field-suggestions-headline')
        .getByRole('button', { name: ar('suggestions.field.accept', { name: EDITOR.name }) })
        .click();
      await expect.poll(() => page.locator('#headline').inputValue(), POLL).toBe(`${HEADLINE} الجديدة`);
      await page.getByTestId('suggestions-panel').waitFor(POLL);
      await page
        .getByTestId('suggestions-panel')
        .locator('[data-kind="replace"][data-status="pending"]')
        .getByRole('button', { name: ar('suggestions.reject') })
        .click();
      await expect.poll(() => page.getByTestId('field-suggestions-standfirst').count(), POLL).toBe(0);
      expect(await page.locator('#standfirst').inputValue()).toBe(STANDFIRST);
      await expect
        .poll(
          () =>
            page
              .getByTestId('suggestions-panel')
              .getByTestId('suggestion')
              .evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))),
          POLL,
        )
        .toEqual(['accepted', 'rejected']);

      const html = await api<{ content: string; warnings: unknown[] }>('exchange.export', { id, format: 'html' });
      expect(html.content).toContain(`${HEADLINE} الجديدة`);
      expect(html.content).toContain('اليوم');
      expect(html.warnings).toEqual([]);
    },
  );
});
