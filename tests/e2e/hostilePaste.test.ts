/**
 * Hostile pastes in Debian's Chromium through the bridge: Lexical's clipboard type set by a web
 * page's copy handler, and HTML nested thousands deep. Nothing foreign reaches the archive, the paste is not
 * lost, and typing afterwards is saved (the indicator says so only once the archive holds it).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitSaved } from '../helpers/appPage';
import { useAppBrowser } from '../helpers/appBrowser';
import { hostileLexicalClipboard, nestedHtml } from '../helpers/hostilePaste';
import { ar } from '../helpers/labels';

const suite = useAppBrowser();

async function newArticle(): Promise<Page> {
  const app = await suite.open();
  await app.page.getByRole('button', { name: ar('archive.new') }).click();
  await app.page.getByTestId('body-editor').click();
  return app.page;
}

async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await page.getByTestId('body-editor').evaluate((el, entries) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

/** The body as the archive holds it, through the bridge's API as the page itself calls it. */
async function storedBody(page: Page): Promise<string> {
  const id = decodeURIComponent(/#\/article\/([^/?]+)/.exec(page.url())![1]!);
  return page.evaluate(async (articleId) => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="midad-bridge-token"]')!.content;
    const response = await fetch('/api/articles.get', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-midad-token': token },
      body: JSON.stringify({ id: articleId }),
    });
    const answer = (await response.json()) as { value: { body: unknown } };
    return JSON.stringify(answer.value.body);
  }, id);
}

describe('a paste the body does not trust', () => {
  it('rebuilds Lexical JSON from a web page: no hidden text style, no invented suggestion, no javascript: link, no h1', async () => {
    const page = await newArticle();
    const hostile = hostileLexicalClipboard({
      heading: 'عنوان مزروع',
      seen: 'نص ظاهر ',
      hidden: 'نص مخفي',
      claim: ' اقتراح مزعوم',
      link: ' رابط',
      linkUrl: 'javascript:window.__pwned=1',
    });
    await paste(page, {
      'application/x-lexical-editor': JSON.stringify(hostile),
      'text/html': '<p>ignored</p>',
      'text/plain': 'ignored',
    });
    const body = page.getByTestId('body-editor');
    await expect.poll(() => body.locator('h2').allInnerTexts()).toEqual(['عنوان مزروع']);
    expect(await body.locator('h1, ins, del, a, [style*="font-size"]').count()).toBe(0);
    await waitSaved(page);
    const stored = await storedBody(page);
    expect(stored).toContain('نص مخفي');
    expect(stored).not.toMatch(/font-size|Chief Editor|"suggestion"|javascript|"h1"/);
  }, 90_000);

  for (const depth of [2_000, 10_000]) {
    it(`keeps HTML nested ${depth.toLocaleString('en')} deep as text, and saves what is typed after it`, async () => {
      const page = await newArticle();
      const html = `<p>قبل</p>${nestedHtml('<div><blockquote>', '</blockquote></div>', depth / 2, 'عميق')}`;
      await paste(page, { 'text/html': html, 'text/plain': 'قبل عميق' });
      const body = page.getByTestId('body-editor');
      await expect.poll(() => body.innerText(), { timeout: 20_000 }).toContain('عميق');
      await page.keyboard.type(' ثم كتابة');
      await waitSaved(page);
      expect(await storedBody(page)).toContain('ثم كتابة');
    }, 90_000);
  }
});
