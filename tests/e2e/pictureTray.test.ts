/**
 * Pictures the body does not place (imported before pictures were body figures), in Debian's Chromium
 * through the bridge on a real archive file: the editor lists them under the body as not in the article,
 * no export writes them, and «Place it in the article» from the keyboard puts each in the body (the lead
 * at the top, the other at the caret), after which the exports carry them with their captions.
 */
import { describe, expect, it } from 'vitest';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import type { Archive } from '../../db/archive';
import { addMedia } from '../../db/media';
import { placedMediaIds } from '../../core/article/figures';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import type { Article } from '../../core/article/schema';
import { caretMoved, waitSaved } from '../helpers/appPage';
import { useAppBrowser } from '../helpers/appBrowser';
import { png } from '../helpers/images';
import { ar } from '../helpers/labels';

let id = '';
const media = { lead: '', other: '' };
const POLL = { timeout: 30_000 };

function seed(archive: Archive): void {
  // As an import made before this round left it: media rows, and a body that names none of them.
  id = createArticle(archive, {
    ...NEW_ARTICLE_FIELDS,
    headline: 'خبر بصور قديمة',
    body: stateFromParagraphs(['الفقرة الأولى', 'الفقرة الثانية']),
  }).id;
  const data = png(8, 6).toString('base64');
  media.lead = addMedia(archive, {
    articleId: id,
    data,
    caption: 'الرئيس في القصر',
    credit: 'اف ب',
    isLead: true,
  }).item!.id;
  media.other = addMedia(archive, { articleId: id, data, caption: 'الوفد عند وصوله', credit: 'رويترز' }).item!.id;
}
const suite = useAppBrowser({ seed });

async function call<T>(method: string, payload: unknown): Promise<T> {
  const envelope = await suite.api<T>(method, payload);
  expect(envelope.ok).toBe(true);
  return envelope.value as T;
}
const html = async () => (await call<{ content: string }>('exchange.export', { id, format: 'html' })).content;

describe('pictures not in the article', () => {
  it('are listed under the body, left out of exports, and placed from the keyboard', async () => {
    expect(await html()).not.toContain('الرئيس في القصر');
    const app = await suite.open(`#/article/${id}`);
    const { page } = app;
    const tray = page.getByTestId('picture-tray');
    await tray.waitFor(POLL);
    expect(await tray.getByTestId('tray-picture').allInnerTexts()).toEqual([
      expect.stringContaining('الرئيس في القصر'),
      expect.stringContaining('الوفد عند وصوله'),
    ]);
    expect(await page.getByTestId('figure').count()).toBe(0);

    // The caret after the first paragraph, then Tab to the tray's first «place» and Enter: the lead goes on top.
    await page.getByTestId('body-editor').click();
    await page.keyboard.press('Control+Home');
    // Lexical learns where the caret went from the page's selectionchange, a task after the key: the button takes
    // the focus only once it has.
    await caretMoved(page, () => page.keyboard.press('End'));
    const place = tray.getByRole('button', { name: ar('figures.tray.place') });
    await place.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tray.getByTestId('tray-picture').count(), POLL).toBe(1);
    // The other one at the caret the body last had: after the first paragraph.
    await place.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tray.count(), POLL).toBe(0);
    await expect.poll(() => page.getByTestId('figure').count(), POLL).toBe(2);
    await waitSaved(page);

    const article = await call<Article>('articles.get', { id });
    expect(placedMediaIds(article.body)).toEqual([media.lead, media.other]);
    const kinds = (article.body.root.children as Array<{ type: string; mediaId?: string }>).map((n) =>
      n.type === 'midad-figure' ? n.mediaId : n.type,
    );
    expect(kinds).toEqual([media.lead, 'paragraph', media.other, 'paragraph']);
    const out = await html();
    expect(out).toContain('الرئيس في القصر');
    expect(out).toContain('الوفد عند وصوله');
    expect(out.indexOf('الرئيس في القصر')).toBeLessThan(out.indexOf('الفقرة الأولى'));
    expect(out.indexOf('الوفد عند وصوله')).toBeLessThan(out.indexOf('الفقرة الثانية'));
    expect(app.errors).toEqual([]);
    expect(app.foreign).toEqual([]);
  }, 120_000);
});
