/**
 * Review in Debian's Chromium through the loopback bridge on a real archive file: status moves allowed and
 * refused by role, a comment anchored in the body that survives edits around it and is kept (detached)
 * when its text is deleted, the history panel comparing two revisions that differ only in harakat, and
 * suggestions shown inline, one accepted and one rejected.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Archive } from '../../db/archive';
import { createArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { updateSettings } from '../../db/settings';
import { paragraphNode, stateFromParagraphs } from '../../core/richtext/lexicalState';
import { suggestionNode } from '../../core/review/suggestions';
import type { Profile } from '../../core/settings/schema';
import { useAppBrowser } from '../helpers/appBrowser';
import { caretMoved } from '../helpers/appPage';
import { ar } from '../helpers/labels';

const ids: Record<'status' | 'comments' | 'history' | 'suggestions', string> = {
  status: '',
  comments: '',
  history: '',
  suggestions: '',
};
const SUGGESTED_INSERT = '00000000-0000-4000-8000-000000000011';
const SUGGESTED_DELETE = '00000000-0000-4000-8000-000000000012';
const EDITOR: Profile = { name: 'سلمى', role: 'editor' };
const JOURNALIST: Profile = { name: 'ليلى', role: 'journalist' };

function seed(archive: Archive): void {
  updateSettings(archive, { profile: EDITOR });
  const make = (headline: string, paragraphs: string[]) =>
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline, body: stateFromParagraphs(paragraphs) });
  ids.status = make('خبر للمراجعة', ['نص قصير']).id;
  ids.comments = make('خبر بتعليق', ['قررت الحكومة رفع الأسعار اليوم']).id;
  const history = make('كتب الوزير مقالا', ['نص']);
  const first = saveArticle(archive, history.id, history.version, { standfirst: 'مقدمة' }, new Date(), {
    kind: 'explicit',
    label: 'الأولى',
  });
  saveArticle(archive, history.id, first.version, { headline: 'كَتَبَ الوزير مقالا' }, new Date(), {
    kind: 'explicit',
    label: 'الثانية',
  });
  ids.history = history.id;
  const text = (value: string) => ({
    type: 'text',
    version: 1,
    text: value,
    format: 0,
    style: '',
    mode: 'normal',
    detail: 0,
  });
  const by = { author: EDITOR, createdAt: '2026-11-29T08:00:00.000Z' };
  const withSuggestions = stateFromParagraphs(['']);
  withSuggestions.root.children = [
    {
      ...paragraphNode(''),
      children: [
        text('قال '),
        suggestionNode({ suggestionId: SUGGESTED_INSERT, kind: 'insert', ...by }, [text('وزير المالية ')]),
        text('إن '),
        suggestionNode({ suggestionId: SUGGESTED_DELETE, kind: 'delete', ...by }, [text('العجز كبير ')]),
        text('والموازنة متوازنة'),
      ],
    },
  ];
  ids.suggestions = createArticle(archive, {
    ...NEW_ARTICLE_FIELDS,
    headline: 'خبر باقتراحات',
    body: withSuggestions,
  }).id;
}
const suite = useAppBrowser({ seed });

const call = (method: string, payload: unknown) => suite.api(method, payload);

async function openArticle(id: string): Promise<Page> {
  const page = await suite.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${suite.bridge.url}#/article/${id}`);
  await page.getByTestId('status-control').waitFor({ timeout: 30_000 });
  return page;
}

/** Generous: the machine running the tests is shared and slow. */
const POLL = { timeout: 30_000 };

const saved = (page: Page) =>
  expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), POLL).toBe('saved');

describe('review in the browser', () => {
  it(
    'shows the status in the header with the moves the role allows, and refuses the others with a reason',
    { timeout: 120_000 },
    async () => {
      const page = await openArticle(ids.status);
      // The moves sit in the status menu: each look opens it and closes it again.
      const moves = async (p: Page) => {
        await p.getByTestId('status-menu').click();
        const ids = await p
          .locator('[data-testid^="move-"]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
        await p.keyboard.press('Escape');
        return ids;
      };
      const choose = async (p: Page, to: string) => {
        await p.getByTestId('status-menu').click();
        await p.getByTestId(`move-${to}`).click();
      };
      await expect.poll(() => page.getByTestId('status').getAttribute('data-status'), POLL).toBe('draft');
      await expect.poll(() => moves(page), POLL).toEqual(['move-submitted', 'move-spiked']);
      await choose(page, 'submitted');
      await expect.poll(() => page.getByTestId('status').getAttribute('data-status'), POLL).toBe('submitted');
      await choose(page, 'in_review');
      await expect.poll(() => page.getByTestId('status').getAttribute('data-status'), POLL).toBe('in_review');
      // Returning without a note is refused, in the interface language, and nothing moves.
      await choose(page, 'returned');
      await page.getByTestId('confirm-move').click();
      await expect
        .poll(() => page.getByTestId('status-note').getByRole('alert').allInnerTexts(), POLL)
        .toEqual([ar('error.note_required')]);
      expect(await page.getByTestId('status').getAttribute('data-status')).toBe('in_review');
      await page.close();

      // A journalist sees no move from "in review", and the archive refuses one asked for directly.
      await call('settings.update', { profile: JOURNALIST });
      const asJournalist = await openArticle(ids.status);
      await expect.poll(() => asJournalist.getByTestId('status').getAttribute('data-status'), POLL).toBe('in_review');
      expect(await moves(asJournalist)).toEqual([]);
      // Closed first: an open editor may autosave and move the version under the direct call below.
      await asJournalist.close();
      const article = (await call('articles.get', { id: ids.status })) as unknown as { value: { version: number } };
      expect(
        await call('review.transition', { id: ids.status, baseVersion: article.value.version, to: 'approved' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'transition_not_allowed' },
      });
      await call('settings.update', { profile: EDITOR });
    },
  );

  it(
    'anchors a comment to body text that moves with edits around it, and keeps it detached when the text is deleted',
    { timeout: 180_000 },
    async () => {
      const page = await openArticle(ids.comments);
      const body = page.getByTestId('body-editor');
      await page.getByRole('textbox', { name: ar('comments.new') }).fill('ما نسبة الرفع؟');
      // Select «رفع الأسعار» in the body, as a person dragging over it would.
      await body.click();
      const select = () =>
        page.evaluate(() => {
          const text = document.querySelector('[data-testid="body-editor"] p span')?.firstChild;
          if (!text?.textContent) throw new Error('no body text');
          const start = text.textContent.indexOf('رفع الأسعار');
          const range = document.createRange();
          range.setStart(text, start);
          range.setEnd(text, start + 'رفع الأسعار'.length);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
        });
      await caretMoved(page, select);
      await page.getByRole('button', { name: ar('comments.add') }).click();
      const thread = page.getByTestId('thread');
      await expect.poll(() => thread.count(), POLL).toBe(1);
      expect(await thread.getByTestId('comment-text').innerText()).toBe('ما نسبة الرفع؟');
      expect(await body.locator('mark').innerText()).toBe('رفع الأسعار');

      // Type before the anchor: the mark keeps wrapping the same words, also after a reload.
      await body.locator('p').first().click();
      await page.keyboard.press('Home');
      await page.keyboard.type('عاجل: ');
      await saved(page);
      await page.reload();
      await page.getByTestId('status-control').waitFor({ timeout: 30_000 });
      await expect.poll(() => body.locator('mark').innerText(), POLL).toBe('رفع الأسعار');
      expect(await body.locator('p').first().innerText()).toBe('عاجل: قررت الحكومة رفع الأسعار اليوم');
      expect(await thread.getAttribute('data-detached')).toBe('false');

      // Clicking the thread selects its text in the body.
      await thread.locator('.thread__anchor').click();
      await expect.poll(() => page.evaluate(() => getSelection()?.toString()), POLL).toBe('رفع الأسعار');

      // Deleting the commented words keeps the thread, shown as detached.
      await page.keyboard.press('Backspace');
      await saved(page);
      await expect.poll(() => body.locator('mark').count(), POLL).toBe(0);
      await expect.poll(() => thread.getAttribute('data-detached'), POLL).toBe('true');
      expect(await thread.innerText()).toContain(ar('comments.detached'));
      await page.close();
    },
  );

  it(
    'compares two revisions that differ only in harakat, showing the change inline, and restores the older',
    { timeout: 120_000 },
    async () => {
      const page = await openArticle(ids.history);
      const panel = page.getByTestId('history-panel');
      const first = panel.getByTestId('revision').filter({ hasText: 'الأولى' });
      const second = panel.getByTestId('revision').filter({ hasText: 'الثانية' });
      await first.getByRole('checkbox').check();
      await second.getByRole('checkbox').check();
      await panel.getByTestId('compare').click();
      const dialog = page.getByTestId('compare-dialog');
      const headline = dialog.locator('[data-testid="diff"][data-field="headline"]');
      await headline.waitFor(POLL);
      expect(await headline.locator('del').allInnerTexts()).toEqual(['كتب']);
      expect(await headline.locator('ins').allInnerTexts()).toEqual(['كَتَبَ']);
      // Two words side by side, not «كتبكَتَبَ» joined into one.
      expect(await headline.locator('p').innerText()).toContain('كتب كَتَبَ');
      expect(await headline.locator('p').getAttribute('dir')).toBe('auto');
      expect(await dialog.locator('[data-testid="diff"][data-field="body"] .diff__unchanged').count()).toBe(1);
      await page.keyboard.press('Escape');

      await first.getByTestId('restore').click();
      await expect
        .poll(() => page.getByLabel(ar('editor.headline'), { exact: true }).inputValue(), { timeout: 30_000 })
        .toBe('كتب الوزير مقالا');
      await page.close();
    },
  );

  it(
    'shows suggestions inline with their author, and accepts one and rejects another',
    { timeout: 120_000 },
    async () => {
      await call('settings.update', { profile: JOURNALIST });
      const page = await openArticle(ids.suggestions);
      const body = page.getByTestId('body-editor');
      await expect.poll(() => body.locator('ins.suggestion').allInnerTexts(), POLL).toEqual(['وزير المالية ']);
      expect(await body.locator('del.suggestion').allInnerTexts()).toEqual(['العجز كبير ']);
      expect(await body.locator('ins.suggestion').getAttribute('title')).toBe(EDITOR.name);
      const panel = page.getByTestId('suggestions-panel');
      await panel
        .locator('[data-kind="insert"]')
        .getByRole('button', { name: ar('suggestions.accept') })
        .click();
      await expect.poll(() => body.locator('ins.suggestion').count(), POLL).toBe(0);
      await panel
        .locator('[data-kind="delete"]')
        .getByRole('button', { name: ar('suggestions.reject') })
        .click();
      await expect.poll(() => body.locator('del.suggestion').count(), POLL).toBe(0);
      expect(await body.locator('p').first().innerText()).toBe('قال وزير المالية إن العجز كبير والموازنة متوازنة');
      await expect
        .poll(
          () => panel.getByTestId('suggestion').evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))),
          POLL,
        )
        .toEqual(['accepted', 'rejected']);
      await page.close();
      await call('settings.update', { profile: EDITOR });
    },
  );
});
