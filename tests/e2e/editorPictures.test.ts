/**
 * Pictures export where they stand, in Debian's Chromium through the bridge on a real archive
 * file: a picture put after the first paragraph with the keyboard is exported there in HTML, ninjs and Midad
 * JSON, once, with its caption and credit; the preview warns while it names no credit; its remove control
 * takes it out of the body and out of every export, and the article's undo brings it back.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import type { Archive } from '../../db/archive';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { figureSaved, waitSaved } from '../helpers/appPage';
import { png } from '../helpers/images';
import { useAppBrowser } from '../helpers/appBrowser';
import { ar } from '../helpers/labels';

let articleId = '';
const POLL = { timeout: 30_000 };

function seed(archive: Archive): void {
  articleId = createArticle(archive, {
    ...NEW_ARTICLE_FIELDS,
    headline: 'خبر بصورة',
    body: stateFromParagraphs(['الفقرة الأولى', 'الفقرة الثانية', 'الفقرة الثالثة']),
  }).id;
}
const suite = useAppBrowser({ seed });

async function exported(format: 'html' | 'ninjs' | 'json'): Promise<string> {
  const envelope = await suite.api<{ content: string }>('exchange.export', { id: articleId, format });
  expect(envelope.ok).toBe(true);
  return envelope.value!.content;
}

/** Where each paragraph and picture stands in the three formats, as one line each. */
async function orderInExports(): Promise<{ html: string[]; ninjs: string[]; json: string[]; associations: number }> {
  const read = (html: string) =>
    [...html.matchAll(/<p>(الفقرة [^<]+)<\/p>|<figure[^>]*>[\s\S]*?<\/figure>/g)].map((m) =>
      m[1] ? m[1] : `figure: ${/<figcaption>([\s\S]*?)<\/figcaption>/.exec(m[0])?.[1] ?? ''}`,
    );
  const html = read(/<div class="body">([\s\S]*?)<\/div>\n<\/article>/.exec(await exported('html'))?.[1] ?? '');
  const ninjs = JSON.parse(await exported('ninjs')) as {
    bodies: Array<{ value: string }>;
    associations?: unknown[];
  };
  const native = JSON.parse(await exported('json')) as {
    articles: Array<{
      body: { root: { children: Array<{ type: string; mediaId?: string; children?: Array<{ text: string }> }> } };
      media: Array<{ id: string; caption: string; credit: string }>;
    }>;
  };
  const [article] = native.articles;
  const json = article!.body.root.children.map((b) => {
    if (b.type !== 'midad-figure') return b.children?.[0]?.text ?? '';
    const m = article!.media.find((x) => x.id === b.mediaId);
    return `figure: ${m?.caption}|${m?.credit}`;
  });
  expect(article!.media.length).toBe(json.filter((l) => l.startsWith('figure')).length);
  return { html, ninjs: read(ninjs.bodies[0]!.value), json, associations: ninjs.associations?.length ?? 0 };
}

const figures = (page: Page) => page.getByTestId('figure').count();

describe('pictures in the export stand where they stand in the editor', () => {
  it('exports a picture after the first paragraph there, once, with caption and credit; removed, it is gone; undone, back', async () => {
    const app = await suite.open(`#/article/${articleId}`);
    const { page } = app;
    await page.getByTestId('body-editor').getByText('الفقرة الأولى').click();
    await page.keyboard.press('End');
    await page.getByRole('button', { name: ar('toolbar.picture'), exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('menuitem', { name: ar('toolbar.pictureFromFile') }).click();
    await (await chooser).setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png(40, 30) });
    const figure = page.getByTestId('figure');
    await figure.locator('img').waitFor(POLL);

    // No credit yet: the picture says so, and the preview warns before the file is saved.
    expect(await figure.getByTestId('figure-no-credit').innerText()).toBe(ar('figure.noCredit'));
    await figure.locator('[id$="-caption"]').click();
    const captionSaved = figureSaved(page, { caption: 'الوزير في المؤتمر' });
    await page.keyboard.type('الوزير في المؤتمر');
    await captionSaved; // the caption's own save, half a second after typing
    await page.getByRole('button', { name: ar('preview.open') }).click();
    await expect
      .poll(() => page.getByTestId('html-preview').getByRole('alert').allInnerTexts(), POLL)
      .toEqual([ar('export.warning.pictureWithoutCredit', { headline: 'خبر بصورة', count: 1 })]);
    await page.keyboard.press('Escape');

    await figure.locator('[id$="-credit"]').click();
    const creditSaved = figureSaved(page, { credit: 'رويترز' });
    await page.keyboard.type('رويترز');
    expect(await figure.getByTestId('figure-no-credit').count()).toBe(0);
    await creditSaved;
    await waitSaved(page);
    await expect.poll(orderInExports, POLL).toEqual({
      html: [
        'الفقرة الأولى',
        'figure: الوزير في المؤتمر<span class="credit">رويترز</span>',
        'الفقرة الثانية',
        'الفقرة الثالثة',
      ],
      ninjs: [
        'الفقرة الأولى',
        'figure: الوزير في المؤتمر<span class="credit">رويترز</span>',
        'الفقرة الثانية',
        'الفقرة الثالثة',
      ],
      json: ['الفقرة الأولى', 'figure: الوزير في المؤتمر|رويترز', 'الفقرة الثانية', 'الفقرة الثالثة'],
      associations: 1,
    });

    // Removed with its control: out of the body, out of every export.
    await figure.getByRole('button', { name: ar('figure.remove') }).click();
    await expect.poll(() => figures(page), POLL).toBe(0);
    await waitSaved(page);
    await expect.poll(orderInExports, POLL).toEqual({
      html: ['الفقرة الأولى', 'الفقرة الثانية', 'الفقرة الثالثة'],
      ninjs: ['الفقرة الأولى', 'الفقرة الثانية', 'الفقرة الثالثة'],
      json: ['الفقرة الأولى', 'الفقرة الثانية', 'الفقرة الثالثة'],
      associations: 0,
    });

    // The article's undo brings it back where it stood, caption and credit with it.
    await page.keyboard.press('Control+z');
    await expect.poll(() => figures(page), POLL).toBe(1);
    expect(await figure.locator('[id$="-credit"]').inputValue()).toBe('رويترز');
    await waitSaved(page);
    await expect
      .poll(() => orderInExports().then((o) => o.json), POLL)
      .toEqual(['الفقرة الأولى', 'figure: الوزير في المؤتمر|رويترز', 'الفقرة الثانية', 'الفقرة الثالثة']);
  }, 180_000);

  it('does not export a picture whose insertion was undone', async () => {
    const app = await suite.open(`#/article/${articleId}`);
    const { page } = app;
    await expect.poll(() => figures(page), POLL).toBe(1);
    await page.getByTestId('body-editor').getByText('الفقرة الثالثة').click();
    await page.keyboard.press('End');
    await page.getByRole('button', { name: ar('toolbar.picture'), exact: true }).click();
    await page.getByRole('menuitem', { name: ar('toolbar.captionOnly') }).click();
    await expect.poll(() => figures(page), POLL).toBe(2);
    await page.getByTestId('body-editor').getByText('الفقرة الثالثة').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => figures(page), POLL).toBe(1);
    await waitSaved(page);
    await expect.poll(orderInExports, POLL).toEqual({
      html: [
        'الفقرة الأولى',
        'figure: الوزير في المؤتمر<span class="credit">رويترز</span>',
        'الفقرة الثانية',
        'الفقرة الثالثة',
      ],
      ninjs: [
        'الفقرة الأولى',
        'figure: الوزير في المؤتمر<span class="credit">رويترز</span>',
        'الفقرة الثانية',
        'الفقرة الثالثة',
      ],
      json: ['الفقرة الأولى', 'figure: الوزير في المؤتمر|رويترز', 'الفقرة الثانية', 'الفقرة الثالثة'],
      associations: 1,
    });
  }, 180_000);
});
