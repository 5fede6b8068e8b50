/**
 * Suggesting mode in Debian's Chromium through the loopback bridge on a real archive file: an editor types
 * and deletes Arabic text with the mode on, the changes are kept as suggestions stamped with the editor's
 * name (not applied), they survive a reload, and the journalist accepts one and rejects the other; undo and
 * redo step over suggestions like any edit; a paste is an insertion, typing over a selection a deletion and an
 * insertion, Delete a deletion forwards, and Enter a suggested line break.
 */
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useTempDir } from '../helpers/tempDir';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { updateSettings } from '../../db/settings';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { importReviewPackage, parseReviewPackage } from '../../db/review/handoff';
import { listSuggestions } from '../../db/review/suggestions';
import type { Profile } from '../../core/settings/schema';
import { useAppBrowser } from '../helpers/appBrowser';
import { caretMoved, settled } from '../helpers/appPage';
import { ar } from '../helpers/labels';

const ids = { typing: '', undo: '', paste: '' };
const EDITOR: Profile = { name: 'سلمى', role: 'editor' };
const JOURNALIST: Profile = { name: 'ليلى', role: 'journalist' };
const SCREENSHOTS = join(import.meta.dirname, '__screenshots__');
const POLL = { timeout: 30_000 };

function seed(archive: Archive): void {
  updateSettings(archive, { profile: EDITOR });
  const make = (headline: string, text: string) =>
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline, body: stateFromParagraphs([text]) }).id;
  ids.typing = make('الحكومة ترفع الأسعار', 'قررت الحكومة رفع الأسعار اليوم');
  ids.undo = make('خبر للتراجع', 'افتتح الوزير المعرض');
  ids.paste = make('خبر للصق', 'وصل الوفد إلى المدينة');
}
const suite = useAppBrowser({ seed });
const tempDir = useTempDir();

const api = (method: string, payload: unknown) =>
  fetch(`${suite.bridge.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-midad-token': suite.bridge.token },
    body: JSON.stringify(payload),
  });

async function setProfile(profile: Profile): Promise<void> {
  expect(((await (await api('settings.update', { profile })).json()) as { ok: boolean }).ok).toBe(true);
}

async function openArticle(id: string): Promise<Page> {
  const page = await suite.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${suite.bridge.url}#/article/${id}`);
  await page.getByTestId('status-control').waitFor({ timeout: 30_000 });
  return page;
}

const saved = (page: Page) =>
  expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), POLL).toBe('saved');

/** Puts the caret in the body right after the first `after` (or at the very end with ''), as a click would. */
async function caretAfter(page: Page, after: string): Promise<void> {
  await page.getByTestId('body-editor').click();
  const put = () =>
    page.evaluate((needle) => {
      const root = document.querySelector('[data-testid="body-editor"]');
      const walker = document.createTreeWalker(root!, NodeFilter.SHOW_TEXT);
      let last: Text | null = null;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        last = node;
        const at = needle ? node.data.indexOf(needle) : -1;
        if (at !== -1) {
          getSelection()?.collapse(node, at + needle.length);
          return;
        }
      }
      if (needle || !last) throw new Error(`no «${needle}» in the body`);
      getSelection()?.collapse(last, last.data.length);
    }, after);
  await caretMoved(page, put);
}

async function switchOn(page: Page): Promise<void> {
  const toggle = page.getByTestId('suggesting-toggle');
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed'), POLL).toBe('true');
}

const paragraph = (page: Page) => page.getByTestId('body-editor').locator('p').first().innerText();
const inserted = (page: Page) => page.getByTestId('body-editor').locator('ins.suggestion').allInnerTexts();
const deleted = (page: Page) => page.getByTestId('body-editor').locator('del.suggestion').allInnerTexts();

describe('suggesting mode in the browser', () => {
  it(
    'records typed Arabic and deletions as suggestions with the author, keeps them on reload, and applies one accepted and one rejected',
    { timeout: 240_000 },
    async () => {
      const page = await openArticle(ids.typing);
      expect(await page.getByTestId('suggesting-toggle').getAttribute('aria-pressed')).toBe('false');
      await switchOn(page);
      expect(await page.getByTestId('suggesting-mode').innerText()).toBe(ar('suggesting.on'));

      // Typing after «الحكومة »: one insertion grows key by key, the caret staying after the last letter.
      await caretAfter(page, 'الحكومة ');
      await page.keyboard.type('الجديدةة');
      await expect.poll(() => inserted(page), POLL).toEqual(['الجديدةة']);
      // Backspace inside one's own pending insertion takes the letter back for real.
      await page.keyboard.press('Backspace');
      await expect.poll(() => inserted(page), POLL).toEqual(['الجديدة']);
      // Right to left, the caret after the insertion's last letter shows at the word's left edge.
      const caret = await page.evaluate(() => {
        const ins = document.querySelector('[data-testid="body-editor"] ins.suggestion')!.getBoundingClientRect();
        const at = getSelection()!.getRangeAt(0).getBoundingClientRect();
        return { gap: Math.abs(at.left - ins.left), top: at.top >= ins.top - 2 && at.bottom <= ins.bottom + 2 };
      });
      expect(caret.gap).toBeLessThan(2);
      expect(caret.top).toBe(true);
      await page.keyboard.type(' ');
      await expect.poll(() => inserted(page), POLL).toEqual(['الجديدة ']);
      expect(await page.evaluate(() => getSelection()?.anchorNode?.parentElement?.closest('ins')?.textContent)).toBe(
        'الجديدة ',
      );
      expect(await deleted(page)).toEqual([]);

      // Backspace at the end, six times: the letters stay, struck through, as one deletion.
      await caretAfter(page, '');
      for (let i = 0; i < 6; i++) await page.keyboard.press('Backspace');
      await expect.poll(() => deleted(page), POLL).toEqual([' اليوم']);
      expect(await paragraph(page)).toBe('قررت الحكومة الجديدة رفع الأسعار اليوم');
      const body = page.getByTestId('body-editor');
      expect(await body.locator('ins.suggestion').getAttribute('title')).toBe(EDITOR.name);
      expect(await body.locator('del.suggestion').getAttribute('title')).toBe(EDITOR.name);
      await saved(page);
      await page.getByTestId('suggestions-panel').waitFor(POLL);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'suggesting-mode.png') });

      // A reload reads them back from the archive, with the author in the panel.
      await page.reload();
      await page.getByTestId('status-control').waitFor(POLL);
      await expect.poll(() => inserted(page), POLL).toEqual(['الجديدة ']);
      expect(await deleted(page)).toEqual([' اليوم']);
      const panel = page.getByTestId('suggestions-panel');
      await expect.poll(() => panel.getByTestId('suggestion').count(), POLL).toBe(2);
      await panel.screenshot({ path: join(SCREENSHOTS, 'suggestions-panel.png') });
      expect(await panel.locator('[data-kind="insert"]').innerText()).toContain(EDITOR.name);
      expect(await panel.locator('[data-kind="delete"]').innerText()).toContain(EDITOR.name);
      await page.close();

      // The review package carries them, as the editor's body wrote them, to another archive still pending.
      const exported = (await (await api('review.exportPackage', { id: ids.typing })).json()) as { value: unknown };
      const other = openArchive(join(tempDir(), 'other.sqlite'));
      try {
        importReviewPackage(other, parseReviewPackage(exported.value));
        expect(listSuggestions(other, ids.typing).map((s) => [s.kind, s.text, s.author.name, s.status])).toEqual([
          ['insert', 'الجديدة ', EDITOR.name, 'pending'],
          ['delete', ' اليوم', EDITOR.name, 'pending'],
        ]);
      } finally {
        other.close();
      }

      // The journalist accepts the insertion and rejects the deletion.
      await setProfile(JOURNALIST);
      const journalist = await openArticle(ids.typing);
      const decisions = journalist.getByTestId('suggestions-panel');
      await decisions
        .locator('[data-kind="insert"]')
        .getByRole('button', { name: ar('suggestions.accept') })
        .click();
      await expect.poll(() => inserted(journalist), POLL).toEqual([]);
      await decisions
        .locator('[data-kind="delete"]')
        .getByRole('button', { name: ar('suggestions.reject') })
        .click();
      await expect.poll(() => deleted(journalist), POLL).toEqual([]);
      expect(await paragraph(journalist)).toBe('قررت الحكومة الجديدة رفع الأسعار اليوم');
      await expect
        .poll(
          () => decisions.getByTestId('suggestion').evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))),
          POLL,
        )
        .toEqual(['accepted', 'rejected']);
      await journalist.close();
      await setProfile(EDITOR);
    },
  );

  it(
    'undoes and redoes suggestions as ordinary edits, and deletes nothing for real',
    { timeout: 180_000 },
    async () => {
      const page = await openArticle(ids.undo);
      await switchOn(page);
      await caretAfter(page, 'الوزير ');
      await page.keyboard.type('الشاب ');
      await expect.poll(() => inserted(page), POLL).toEqual(['الشاب ']);
      await caretAfter(page, 'المعرض');
      await page.keyboard.press('Control+Backspace');
      await expect.poll(() => deleted(page), POLL).toEqual(['المعرض']);

      await page.keyboard.press('Control+z');
      await expect.poll(() => deleted(page), POLL).toEqual([]);
      expect(await inserted(page)).toEqual(['الشاب ']);
      // Lexical groups keys typed in quick succession into one step; how many depends on the typing speed.
      const pressUntil = async (keys: string, done: () => Promise<boolean>) => {
        for (let i = 0; i < 8 && !(await done()); i++) {
          await page.keyboard.press(keys);
          await settled(page);
        }
      };
      await pressUntil('Control+z', async () => (await inserted(page)).length === 0);
      expect(await inserted(page)).toEqual([]);
      expect(await paragraph(page)).toBe('افتتح الوزير المعرض');
      await pressUntil('Control+Shift+z', async () => (await inserted(page)).join('') === 'الشاب ');
      expect(await inserted(page)).toEqual(['الشاب ']);
      await saved(page);
      await page.reload();
      await page.getByTestId('status-control').waitFor(POLL);
      await expect.poll(() => inserted(page), POLL).toEqual(['الشاب ']);
      expect(await deleted(page)).toEqual([]);
      expect(await paragraph(page)).toBe('افتتح الوزير الشاب المعرض');
      await page.close();
    },
  );

  it(
    'turns a paste into an insertion of its plain text, and typing over a selection into a deletion then an insertion',
    { timeout: 120_000 },
    async () => {
      const page = await openArticle(ids.paste);
      await switchOn(page);
      await caretAfter(page, 'الوفد ');
      await page.evaluate(() => {
        const data = new DataTransfer();
        data.setData('text/plain', 'الرسمي ');
        data.setData('text/html', '<b>الرسمي </b>');
        document
          .querySelector('[data-testid="body-editor"]')
          ?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      await expect.poll(() => inserted(page), POLL).toEqual(['الرسمي ']);
      expect(await paragraph(page)).toBe('وصل الوفد الرسمي إلى المدينة');

      await caretAfter(page, 'المدينة');
      // In right-to-left text Shift+ArrowRight extends backwards, towards the word's start.
      for (let i = 0; i < 'المدينة'.length; i++) await page.keyboard.press('Shift+ArrowRight');
      await expect.poll(() => page.evaluate(() => getSelection()?.toString()), POLL).toBe('المدينة');
      await page.keyboard.type('العاصمة');
      await expect.poll(() => inserted(page), POLL).toEqual(['الرسمي ', 'العاصمة']);
      expect(await deleted(page)).toEqual(['المدينة']);
      // The typed word follows the one it replaces, and the caret stays after it.
      expect(await paragraph(page)).toBe('وصل الوفد الرسمي إلى المدينةالعاصمة');
      await page.keyboard.type('ء');
      await expect.poll(() => inserted(page), POLL).toEqual(['الرسمي ', 'العاصمةء']);

      // Delete, key after key, forwards: one deletion grows, and meets the one already after it.
      await caretAfter(page, 'الرسمي ');
      for (let i = 0; i < 'إلى '.length; i++) await page.keyboard.press('Delete');
      await expect.poll(() => deleted(page), POLL).toEqual(['إلى المدينة']);
      expect(await paragraph(page)).toBe('وصل الوفد الرسمي إلى المدينةالعاصمةء');

      // Enter suggests a line break inside the paragraph: a suggestion cannot split one paragraph in two.
      await caretAfter(page, 'وصل');
      await page.keyboard.press('Enter');
      const body = page.getByTestId('body-editor');
      await expect.poll(() => body.locator('ins.suggestion br').count(), POLL).toBe(1);
      expect(await body.locator('p').count()).toBe(1);

      // A paste into a picture's caption box belongs to the box: nothing is suggested in the body.
      const before = await inserted(page);
      await page.getByRole('button', { name: ar('toolbar.picture'), exact: true }).click();
      await page.getByRole('menuitem', { name: ar('toolbar.captionOnly') }).click();
      const caption = page.getByTestId('figure').getByLabel(ar('figure.caption'), { exact: true });
      await caption.focus();
      const taken = await caption.evaluate((el) => {
        const data = new DataTransfer();
        data.setData('text/plain', 'نص ملصق');
        return !el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      });
      expect(taken).toBe(false);
      expect(await inserted(page)).toEqual(before);
      await page.close();
    },
  );
});
