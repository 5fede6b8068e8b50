/**
 * The archive screen in Chromium through the bridge on a real archive file: a windowed list that keeps only
 * the rows in view in the page, filters, duplicate, move to trash, and a trash emptied only after a
 * confirmation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Archive } from '../../db/archive';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { axeViolations } from '../helpers/axe';
import { type AppPage } from '../helpers/appPage';
import { useAppBrowser } from '../helpers/appBrowser';
import { ar } from '../helpers/labels';

// More than one ranking window (RANK_WINDOW), so a broad search shows its note.
const ROWS = 5100;
let app: AppPage;

function seed(archive: Archive): void {
  archive.transaction(() => {
    for (let i = 0; i < ROWS; i++) {
      createArticle(
        archive,
        {
          ...NEW_ARTICLE_FIELDS,
          headline: `خبر رقم ${i}`,
          section: i % 2 ? 'اقتصاد' : 'سياسة',
          status: i % 10 === 0 ? 'approved' : 'draft',
        },
        new Date(Date.UTC(2024, 0, 1, 0, i)),
      );
    }
  })();
}
const suite = useAppBrowser({ seed });
// One page for the whole file: each test goes on from where the one before left it.
beforeAll(async () => {
  app = await suite.open();
});

const count = (page: Page) => page.getByTestId('archive-count').innerText();

describe('the archive screen', () => {
  it('keeps only the rows in view in the page and reaches the last one by scrolling', async () => {
    const page = app.page;
    await page.getByTestId('archive-row').first().waitFor();
    expect(await count(page)).toBe(ar('archive.count', { count: ROWS + 1 }));
    expect(await page.getByTestId('archive-row').count()).toBeLessThan(60);
    await page.getByTestId('archive-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
    // The oldest article is the seeded sample's predecessor: خبر رقم 0 is last but for the sample, newest first.
    await expect
      .poll(() => page.getByTestId('archive-row').allInnerTexts(), { timeout: 15_000 })
      .toContain('خبر رقم 0');
    expect(await page.getByTestId('archive-row').count()).toBeLessThan(60);
  }, 90_000);

  it('filters by status and section', async () => {
    const page = app.page;
    // Each step changes the count: a poll for the count the list already showed would pass before the filter
    // (sent after a typing pause) was applied.
    await page.getByLabel(ar('archive.filter.section'), { exact: true }).fill('سياسة');
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe(ar('archive.count', { count: ROWS / 2 }));
    await page.getByLabel(ar('archive.filter.status')).selectOption('approved');
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe(ar('archive.count', { count: ROWS / 10 }));
    await page.getByLabel(ar('archive.filter.section'), { exact: true }).fill('اقتصاد');
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe(ar('archive.count', { count: 0 }));
    await page.getByRole('button', { name: ar('archive.filter.clear') }).click();
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe(ar('archive.count', { count: ROWS + 1 }));
  }, 90_000);

  it('searches the archive and marks the matched words in the headline and the snippet', async () => {
    const page = app.page;
    await page.getByLabel(ar('archive.search')).fill('الكاظمي');
    const hits = page.getByTestId('search-hit');
    await expect.poll(() => hits.count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByTestId('search-results').locator('mark').allInnerTexts()).toContain('الكاظمي');
    await page.getByLabel(ar('archive.search')).fill('');
    await page.getByTestId('archive-row').first().waitFor();
  }, 90_000);

  it('shows how many match, orders by relevance or newest, says when a search is broad, and shows more', async () => {
    const page = app.page;
    await page.getByLabel(ar('archive.search')).fill('رقم');
    const hits = page.getByTestId('search-hit');
    await expect
      .poll(() => page.getByTestId('search-total').innerText(), { timeout: 15_000 })
      .toBe(ar('archive.searchResults', { count: ROWS }));
    expect(await hits.count()).toBe(100);
    await expect(page.getByTestId('search-windowed').innerText()).resolves.toContain('5000');

    // Until the newest-first answer arrives, the relevance list stays, marked busy, and cannot be extended. That
    // state lasts a typing pause and a query: read after the click it may already be over on a fast machine, or
    // not yet drawn on a loaded one, so the page records each change of the mark as it happens.
    const panel = page.getByTestId('search-panel');
    await panel.evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { __busySeen: string[] }).__busySeen = seen;
      const more = () => el.querySelector<HTMLButtonElement>('[data-testid="search-more"]');
      new MutationObserver(() => seen.push(`busy=${el.getAttribute('aria-busy')} more=${more()?.disabled}`)).observe(
        el,
        { attributes: true, attributeFilter: ['aria-busy'] },
      );
    });
    await page.getByRole('button', { name: ar('search.sort.date') }).click();
    // Not a poll for aria-busy="false": the relevance list said so before the click too.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __busySeen: string[] }).__busySeen), { timeout: 15_000 })
      .toEqual(['busy=true more=true', 'busy=false more=false']);
    expect(await hits.first().innerText()).toBe(`خبر رقم ${ROWS - 1}`);
    expect(await page.getByTestId('search-windowed').count()).toBe(0);
    expect(await page.getByRole('button', { name: ar('search.sort.date') }).getAttribute('aria-pressed')).toBe('true');

    await page.getByTestId('search-more').click();
    await expect.poll(() => hits.count(), { timeout: 15_000 }).toBe(200);
    const headlines = await hits.allInnerTexts();
    expect(new Set(headlines).size).toBe(200);
    expect(headlines[100]).toBe(`خبر رقم ${ROWS - 101}`);
    await page.getByRole('button', { name: ar('search.sort.relevance') }).click();
    await page.getByTestId('search-windowed').waitFor();
    await expect.poll(() => panel.getAttribute('aria-busy'), { timeout: 15_000 }).toBe('false');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel(ar('archive.search')).fill('');
    await page.getByTestId('archive-row').first().waitFor();
  }, 90_000);

  it('duplicates, moves to the trash, and empties the trash only after a confirmation', async () => {
    const page = app.page;
    // The list, not the search the case before may have left on screen when it failed (CI's last run failed
    // this case too that way); the click below waits for the row.
    await page.getByLabel(ar('archive.search')).fill('');
    await page
      .getByRole('button', { name: ar('archive.duplicate.label', { headline: `خبر رقم ${ROWS - 1}` }) })
      .click();
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe(ar('archive.count', { count: ROWS + 2 }));
    await page
      .getByRole('button', { name: ar('archive.toTrash.label', { headline: `خبر رقم ${ROWS - 1}` }) })
      .first()
      .click();
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe(ar('archive.count', { count: ROWS + 1 }));

    // Until the trash's own count arrives the header still shows the archive's: "Empty the trash" must wait for
    // it, or its confirmation would offer to delete 5,101 articles. The page records every state drawn.
    await page.evaluate((label) => {
      const seen: string[] = [];
      (window as unknown as { __trashSeen: string[] }).__trashSeen = seen;
      new MutationObserver(() => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent === label);
        const shown = document.querySelector('[data-testid="archive-count"]')?.textContent;
        if (button) seen.push(`${shown} ${button.disabled ? 'disabled' : 'enabled'}`);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    }, ar('archive.emptyTrash'));
    await page.getByTestId('view-trash').click();
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe(ar('archive.count', { count: 1 }));
    const drawn = await page.evaluate(() => (window as unknown as { __trashSeen: string[] }).__trashSeen);
    expect(new Set(drawn)).toEqual(
      new Set([`${ar('archive.count', { count: ROWS + 1 })} disabled`, `${ar('archive.count', { count: 1 })} enabled`]),
    );
    await page.getByRole('button', { name: ar('archive.emptyTrash') }).click();
    const dialog = page.getByTestId('empty-trash-dialog');
    await dialog.getByRole('button', { name: ar('dialog.cancel') }).click();
    expect(await count(page)).toBe(ar('archive.count', { count: 1 }));
    await page.getByRole('button', { name: ar('archive.emptyTrash') }).click();
    await dialog.getByRole('button', { name: ar('archive.emptyTrash.confirm') }).click();
    await expect.poll(() => count(page), { timeout: 15_000 }).toBe(ar('archive.count', { count: 0 }));
    expect(app.errors).toEqual([]);
    expect(app.foreign).toEqual([]);
    await app.page.close();
  }, 90_000);
});
