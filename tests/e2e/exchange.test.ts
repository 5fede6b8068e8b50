/**
 * Exchange in the app, in Chromium through the bridge on a real archive file: files dropped on the archive
 * are imported (a bad one named, nothing else touched), and "Preview HTML" shows the exact export in a
 * sandboxed frame that runs no script and fetches nothing.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Archive } from '../../db/archive';
import { seedOnFirstRun } from '../../db/seed';
import { importText } from '../../db/exchange/importFiles';
import { exportNative } from '../../core/exchange/nativeExport';
import { SAMPLE_ARTICLE } from '../../core/seed/sampleArticle';
import { axeViolations } from '../helpers/axe';
import { type AppPage } from '../helpers/appPage';
import { SUGGESTED_STORY } from '../unit/exchange/testArticles';
import { useAppBrowser } from '../helpers/appBrowser';
import { sharedFiles } from '../helpers/shared';
import { ar } from '../helpers/labels';
import { errorText } from '../../core/i18n/errorText';

const WIRE = sharedFiles('e2e/exchange.test.ts, the dropped files case', ['fixtures', 'wire-afp-biden-kadhimi.txt']);
const FIXTURE = WIRE.paths[0]!;
const SCREENSHOTS = join(import.meta.dirname, '__screenshots__');
let app: AppPage;

function seed(archive: Archive): void {
  seedOnFirstRun(archive);
  importText(archive, 'suggested.json', exportNative([SUGGESTED_STORY]));
}
const suite = useAppBrowser({ seed });
beforeAll(async () => {
  app = await suite.open();
  await app.page.getByTestId('archive-row').first().waitFor();
});

const count = () => app.page.getByTestId('archive-count').innerText();

describe('dropping files on the archive', () => {
  it('imports the good file, names the bad one, and leaves the archive otherwise untouched', async ({ skip }) => {
    if (WIRE.missing) skip(WIRE.missing);
    const { page } = app;
    expect(await count()).toBe(ar('archive.count', { count: 2 }));
    const files = [
      { name: 'wire-afp-biden-kadhimi.txt', base64: readFileSync(FIXTURE).toString('base64') },
      {
        name: 'broken.json',
        base64: Buffer.from('{"format": "midad", "formatVersion": 1, "articles": [{}]}').toString('base64'),
      },
      {
        name: 'خبر مقطوع.json',
        base64: Buffer.from('{"format": "midad", "formatVersion": 1, "articles": [{"headline": "عاجل').toString(
          'base64',
        ),
      },
    ];
    await page.getByTestId('archive-drop').evaluate((target, given) => {
      const transfer = new DataTransfer();
      for (const f of given)
        transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
      target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, files);
    await page.getByTestId('drop-zone').waitFor();
    expect(await page.getByTestId('drop-zone').innerText()).toBe(ar('drop.hint'));
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'archive-dragging.png') });
    await page.getByTestId('archive-drop').evaluate((target, given) => {
      const transfer = new DataTransfer();
      for (const f of given)
        transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, files);
    const report = page.getByTestId('drop-report');
    await report.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('drop-zone').count()).toBe(0);
    const lines = await report.locator('li').allInnerTexts();
    // File names and JSON paths sit in isolates (U+2068/U+2066 … U+2069), so neither reorders the Arabic around it.
    expect(lines).toEqual([
      ar('drop.imported', { file: 'wire-afp-biden-kadhimi.txt', count: 1 }),
      errorText('ar', {
        code: 'import_failed',
        params: { file: 'broken.json', at: 'path', path: 'articles[0].slug', problem: 'missing', expected: 'string' },
      }),
      errorText('ar', {
        code: 'import_failed',
        params: { file: 'خبر مقطوع.json', at: 'line_column', line: 1, column: 72, problem: 'json_truncated' },
      }),
    ]);
    for (const failed of await report.locator('li.file-drop__failed').all()) {
      // Nothing clipped: each line is as wide as the list and wraps inside it.
      expect(await failed.evaluate((li) => li.scrollWidth <= li.clientWidth)).toBe(true);
    }
    await expect.poll(count).toBe(ar('archive.count', { count: 3 }));
    await expect
      .poll(
        async () =>
          (await page.getByTestId('archive-row').allInnerTexts()).filter((h) => h === SAMPLE_ARTICLE.headline).length,
      )
      .toBe(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'archive-drop-report.png') });
    await report.screenshot({ path: join(SCREENSHOTS, 'archive-drop-report-detail.png') });
    expect(await axeViolations(page)).toEqual([]);
    await report.getByRole('button', { name: ar('drop.close') }).click();
    expect(await report.count()).toBe(0);
    expect(app.errors).toEqual([]);
  }, 120_000);
});

describe('the HTML preview', () => {
  it('shows the exact export, right to left, in a frame that runs no script, with the pending-suggestion warning', async () => {
    const { page } = app;
    const opener = ar('preview.open.label', { headline: SUGGESTED_STORY.article.headline });
    await page.getByRole('button', { name: opener }).focus();
    await page.keyboard.press('Enter');
    const frame = page.getByTestId('preview-frame');
    await frame.waitFor({ timeout: 30_000 });
    expect(await frame.getAttribute('sandbox')).toBe('');
    const { value: exported } = z.object({ value: z.object({ content: z.string() }) }).parse(
      await page.evaluate(
        (id) =>
          fetch(`/api/exchange.export`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-midad-token': document.querySelector<HTMLMetaElement>('meta[name="midad-bridge-token"]')!.content,
            },
            body: JSON.stringify({ id, format: 'html' }),
          }).then((r) => r.json() as Promise<unknown>),
        SUGGESTED_STORY.article.id,
      ),
    );
    expect(await frame.getAttribute('srcdoc')).toBe(exported.content);
    const inside = page.frameLocator('[data-testid="preview-frame"]');
    expect(await inside.locator('h1').innerText()).toBe(SUGGESTED_STORY.article.headline);
    expect(await inside.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await inside.locator('.body p').innerText()).toBe('استقبل الرئيس الوفد يوم الاثنين.');
    // The export's own stylesheet applies: the page's policy allows it by its hash.
    expect(await inside.locator('body').evaluate((b) => getComputedStyle(b).maxInlineSize)).toBe('704px');
    expect(await inside.locator('html').evaluate((h) => getComputedStyle(h).direction)).toBe('rtl');
    expect(await page.getByTestId('html-preview').getByRole('alert').innerText()).toContain(
      ar('export.warning.pendingSuggestions', { headline: SUGGESTED_STORY.article.headline, count: 2 }),
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'html-preview.png') });
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: ar('preview.save') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${SUGGESTED_STORY.article.id}.html`);
    expect(readFileSync(await download.path(), 'utf8')).toBe(exported.content);
    await page
      .getByTestId('html-preview')
      .getByRole('button', { name: ar('preview.close') })
      .focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('html-preview').count(), { timeout: 15_000 }).toBe(0);
    // The keyboard carries on from the button that opened the preview, not from the top of the page.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')), { timeout: 15_000 })
      .toBe(opener);
    expect(app.foreign).toEqual([]);
    expect(app.errors).toEqual([]);
  }, 120_000);

  it('opens from the editor too, showing the text just typed', async () => {
    const { page } = app;
    await page.getByRole('button', { name: SUGGESTED_STORY.article.headline, exact: true }).click();
    const headline = page.getByLabel(ar('editor.headline'), { exact: true });
    await headline.waitFor();
    await headline.fill('الرئيس يستقبل الوفد الزائر');
    await page.screenshot({ path: join(SCREENSHOTS, 'editor-header.png') });
    await page.getByRole('button', { name: ar('preview.open'), exact: true }).click();
    const inside = page.frameLocator('[data-testid="preview-frame"]');
    await expect.poll(() => inside.locator('h1').innerText(), { timeout: 30_000 }).toBe('الرئيس يستقبل الوفد الزائر');
    expect(app.foreign).toEqual([]);
    expect(app.errors).toEqual([]);
  }, 120_000);
});
