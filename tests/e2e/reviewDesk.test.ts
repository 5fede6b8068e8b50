/**
 * The review half of the desk-ready editor, in Debian's Chromium through the loopback bridge on a
 * real archive file, driven with the keyboard and pointer as a person would: history labels in the reader's
 * language with an editor's run of decisions as one entry, versions compared full width, text of the other
 * direction isolated, the one-row header with its status and person menus, comments at the selection, the
 * counts a returned article's writer sees, and the archive's long headlines.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import type { Archive } from '../../db/archive';
import { createArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { updateSettings } from '../../db/settings';
import { transitionArticle } from '../../db/review/statusChanges';
import { createThread, setThreadResolved } from '../../db/review/comments';
import { paragraphNode, stateFromParagraphs } from '../../core/richtext/lexicalState';
import { suggestionNode } from '../../core/review/suggestions';
import type { Profile } from '../../core/settings/schema';
import type { Status } from '../../core/article/status';
import { useAppBrowser } from '../helpers/appBrowser';
import { ar, en } from '../helpers/labels';
import { labelText } from '../../renderer/review/labelText';

const ids = { history: '', header: '', mixed: '', returned: '', comment: '' };
const EDITOR: Profile = { name: 'سامر خليل', role: 'editor' };
const JOURNALIST: Profile = { name: 'Laila Haddad', role: 'journalist' };
const SHOTS = process.env.MIDAD_SHOTS_DIR;
/** A status menu's item, as the menu words it. */
const moveTo = (status: Status) => ar('review.move', { status: ar(`status.${status}`) });

const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
});

function seed(archive: Archive): void {
  updateSettings(archive, { profile: EDITOR });
  // An article moved once by today's code and once by an archive from before labels were codes, with three
  // suggestions for the editor to decide.
  const by = { author: JOURNALIST, createdAt: '2026-12-01T08:00:00.000Z' };
  const body = stateFromParagraphs(['']);
  body.root.children = [
    {
      ...paragraphNode(''),
      children: [
        text('قال '),
        suggestionNode({ suggestionId: '00000000-0000-4000-8000-000000000021', kind: 'insert', ...by }, [
          text('الوزير '),
        ]),
        text('إن '),
        suggestionNode({ suggestionId: '00000000-0000-4000-8000-000000000022', kind: 'insert', ...by }, [
          text('الموازنة '),
        ]),
        text('متوازنة '),
        suggestionNode({ suggestionId: '00000000-0000-4000-8000-000000000023', kind: 'delete', ...by }, [
          text('تماما'),
        ]),
      ],
    },
  ];
  const history = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'خبر بسجل', body });
  const old = saveArticle(
    archive,
    history.id,
    history.version,
    { standfirst: 'مقدمة', status: 'submitted' },
    new Date(),
    {
      kind: 'explicit',
      label: 'draft → submitted',
    },
  );
  transitionArticle(archive, { id: history.id, baseVersion: old.version, to: 'in_review', note: '' });
  ids.history = history.id;
  ids.header = createArticle(archive, {
    ...NEW_ARTICLE_FIELDS,
    headline: 'خبر للنقل',
    body: stateFromParagraphs(['نص']),
  }).id;
  // Arabic text that opens with Latin words, commented on by an editor with an Arabic name, and a headline
  // longer than any archive column.
  const mixed = createArticle(archive, {
    ...NEW_ARTICLE_FIELDS,
    headline:
      'CNN نقلت عن مصادر في الحلف أن الاجتماع المقبل سيبحث تمويل العمليات في الشرق الأوسط وشمال أفريقيا حتى نهاية العام المقبل',
    section: 'سياسة',
    body: stateFromParagraphs(['NATO ستواصل دعمها للحكومة في مواجهة الأزمة الاقتصادية الحالية']),
  });
  createThread(archive, {
    articleId: mixed.id,
    anchor: { field: 'headline', markId: 'headline', quote: 'CNN نقلت عن مصادر', offset: 0 },
    text: 'من المصادر؟',
  });
  ids.mixed = mixed.id;
  // Returned to its writer with two open comments, one resolved, and one suggestion.
  const returnedBody = stateFromParagraphs(['']);
  returnedBody.root.children = [
    {
      ...paragraphNode(''),
      children: [
        text('أعلنت الوزارة '),
        suggestionNode(
          {
            suggestionId: '00000000-0000-4000-8000-000000000031',
            kind: 'insert',
            author: EDITOR,
            createdAt: '2026-12-01T09:00:00.000Z',
          },
          [text('اليوم ')],
        ),
        text('خطتها'),
      ],
    },
  ];
  let returned = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'خبر معاد', body: returnedBody });
  for (const [index, quote] of ['خبر', 'معاد', 'خبر معاد'].entries()) {
    const thread = createThread(archive, {
      articleId: returned.id,
      anchor: { field: 'headline', markId: 'headline', quote, offset: index === 1 ? 4 : 0 },
      text: 'راجع العنوان',
    });
    if (index === 2) setThreadResolved(archive, thread.id, true);
  }
  for (const to of ['submitted', 'in_review', 'returned'] as const)
    returned = transitionArticle(archive, {
      id: returned.id,
      baseVersion: returned.version,
      to,
      note: 'راجع العنوان',
    }).article;
  ids.returned = returned.id;
  ids.comment = createArticle(archive, {
    ...NEW_ARTICLE_FIELDS,
    headline: 'الحكومة ترفع الأسعار',
    body: stateFromParagraphs(['قررت الحكومة رفع الأسعار اليوم']),
  }).id;
}
const suite = useAppBrowser({ seed });

async function call(method: string, payload: unknown): Promise<unknown> {
  const result = await suite.api(method, payload);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result)}`);
  return result.value;
}

async function openArticle(id: string, viewport = { width: 1366, height: 900 }): Promise<Page> {
  const page = await suite.browser.newPage({ viewport });
  await page.goto(`${suite.bridge.url}#/article/${id}`);
  await page.getByTestId('status-control').waitFor({ timeout: 30_000 });
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Generous: the machine running the tests is shared and slow. */
const POLL = { timeout: 30_000 };

describe('history in the reader’s language', () => {
  it(
    'puts status changes and decisions into words, makes one entry of a run of decisions, compares full width',
    { timeout: 180_000 },
    async () => {
      const page = await openArticle(ids.history);
      const panel = page.getByTestId('suggestions-panel');
      const body = page.getByTestId('body-editor');
      await expect.poll(() => body.locator('.suggestion').count(), POLL).toBe(3);
      // Accept, accept, reject: three clicks, three revisions in the archive, one pass in the history.
      for (const [kind, button, left] of [
        ['insert', ar('suggestions.accept'), 2],
        ['insert', ar('suggestions.reject'), 1],
        ['delete', ar('suggestions.accept'), 0],
      ] as const) {
        await panel
          .locator(`[data-kind="${kind}"][data-status="pending"]`)
          .first()
          .getByRole('button', { name: button })
          .click();
        await expect.poll(() => body.locator('.suggestion').count(), POLL).toBe(left);
      }
      const history = page.getByTestId('history-panel');
      const labels = () => history.getByTestId('revision-label').allInnerTexts();
      await expect
        .poll(labels, POLL)
        .toEqual([
          labelText({ code: 'decided', accepted: 2, rejected: 1 }, ar),
          labelText({ code: 'status', from: 'submitted', to: 'in_review' }, ar),
          labelText({ code: 'status', from: 'draft', to: 'submitted' }, ar),
        ]);
      expect(await history.getByTestId('revision').first().getAttribute('data-revisions')).toBe('3');
      expect((await history.innerText()).match(/→|submitted|in_review|accepted:/g)).toBeNull();
      // The editor's name is isolated, so the time beside it keeps its place in either interface language.
      expect(await history.locator('bdi.history__author').first().innerText()).toBe(EDITOR.name);

      // Compare from the top of the history: a dialog nearly as wide as the window, not the sidebar.
      await history.getByTestId('compare-versions').focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByTestId('compare-dialog');
      await dialog.getByTestId('compare-result').waitFor(POLL);
      const width = await dialog.evaluate((d) => d.getBoundingClientRect().width);
      expect(width).toBeGreaterThan(900);
      expect(await dialog.locator('[data-field="body"] del').allInnerTexts()).toEqual(['الموازنة ', 'تماما']);
      await shot(page, 'compare-ar-1366');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count(), POLL).toBe(0);
      await page.close();

      // The same archive read in English: the same entries in English words.
      await call('settings.update', { interfaceLanguage: 'en' });
      const english = await openArticle(ids.history);
      const englishHistory = english.getByTestId('history-panel');
      await expect
        .poll(() => englishHistory.getByTestId('revision-label').allInnerTexts(), POLL)
        .toEqual([
          '2 suggestions accepted; 1 suggestion rejected',
          'From “Submitted” to “In review”',
          'From “Draft” to “Submitted”',
        ]);
      await shot(english, 'history-en-1366');
      await english.close();
      await call('settings.update', { interfaceLanguage: 'ar' });
    },
  );
});

/** The tops of the header's controls: one value when the header is one row. */
const headerRows = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector('header.toolbar');
    const tops = [...(header?.children ?? [])]
      .filter((c) => c.getBoundingClientRect().width > 1 && c.getBoundingClientRect().height > 1)
      .map((c) => {
        const r = c.getBoundingClientRect();
        return Math.round(r.top + r.height / 2);
      });
    // Controls of different heights on one row share a middle within a few pixels.
    return tops.filter((top, i) => tops.findIndex((other) => Math.abs(other - top) <= 6) === i).length;
  });

describe('the header', () => {
  it(
    'is one row at 1024 px for an editor, with the status moves in a menu worked from the keyboard',
    { timeout: 180_000 },
    async () => {
      for (const [language, theme] of [
        ['ar', 'light'],
        ['en', 'dark'],
      ] as const) {
        await call('settings.update', { interfaceLanguage: language, theme });
        const page = await openArticle(ids.header, { width: 1024, height: 700 });
        await page.getByTestId('save-state').waitFor(POLL);
        await page.getByTestId('person-menu').waitFor(POLL);
        await shot(page, `header-${language}-${theme}-1024`);
        expect(await headerRows(page)).toBe(1);
        await page.close();
      }
      await call('settings.update', { interfaceLanguage: 'ar', theme: 'system' });

      const page = await openArticle(ids.header, { width: 1024, height: 700 });
      const menu = page.getByTestId('status-menu');
      await menu.focus();
      await page.keyboard.press('Enter');
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      const items = page.getByRole('menu').getByRole('menuitem');
      expect(await items.allInnerTexts()).toEqual([moveTo('submitted'), moveTo('spiked')]);
      // Focus starts on the first move; ArrowDown reaches the second, Escape closes and returns to the button.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), POLL)
        .toBe('move-submitted');
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('move-spiked');
      await shot(page, 'status-menu-ar-1024');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('status-menu');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('status').getAttribute('data-status'), POLL).toBe('submitted');

      // The person menu: who is working, and the role switched in place.
      const person = page.getByTestId('person-menu');
      expect(await person.innerText()).toContain(EDITOR.name);
      // At 1024 px the role is out of sight but still part of the menu button's name.
      expect(await person.textContent()).toContain(ar('settings.role.editor'));
      await person.focus();
      await page.keyboard.press('Enter');
      const roles = page.getByRole('menu').getByRole('menuitemradio');
      expect(await roles.evaluateAll((els) => els.map((e) => e.getAttribute('aria-checked')))).toEqual([
        'false',
        'true',
      ]);
      await shot(page, 'person-menu-ar-1024');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await expect.poll(() => person.textContent(), POLL).toContain(ar('settings.role.journalist'));
      expect(await call('settings.get', {})).toMatchObject({ profile: { name: EDITOR.name, role: 'journalist' } });
      // A journalist may only take a submitted article back to draft: the menu follows the new role.
      await menu.click();
      await expect
        .poll(() => page.getByRole('menu').getByRole('menuitem').allInnerTexts(), POLL)
        .toEqual([moveTo('draft')]);
      await page.keyboard.press('Escape');

      // Settings from the editor's header, without going back to the archive.
      await person.click();
      await page.getByTestId('open-settings').click();
      await expect.poll(() => page.getByRole('heading', { name: ar('settings.title') }).count(), POLL).toBe(1);
      expect(await page.getByTestId('person-menu').count()).toBe(1);
      await page.close();
      await call('settings.update', { profile: EDITOR });
    },
  );
});

describe('text of the other direction', () => {
  it(
    'isolates names, quotes and snippets in the English interface, and ends long archive headlines in an ellipsis',
    { timeout: 180_000 },
    async () => {
      await call('settings.update', { interfaceLanguage: 'en' });
      const page = await openArticle(ids.mixed);
      const thread = page.getByTestId('thread');
      await thread.waitFor(POLL);
      // «سامر خليل 6 Dec 2026»: the date's digits must not join the Arabic name's run and jump before it.
      const author = thread.getByTestId('comment-author');
      const time = thread.locator('time');
      expect(await author.evaluate((e) => e.tagName)).toBe('BDI');
      const nameBox = await author.boundingBox();
      const timeBox = await time.boundingBox();
      expect(timeBox!.x).toBeGreaterThanOrEqual(nameBox!.x + nameBox!.width - 1);
      // A quoted anchor that opens with «CNN» still reads right to left.
      expect(await thread.getByTestId('thread-quote').evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
      await shot(page, 'comments-en-1366');
      await page.close();

      // Search: the snippet of an Arabic paragraph opening with «NATO» is right to left; the section isolated.
      const archive = await suite.browser.newPage({ viewport: { width: 1366, height: 900 } });
      await archive.goto(suite.bridge.url);
      await archive.getByRole('searchbox').fill('ستواصل');
      const snippet = archive.getByTestId('search-snippet').first();
      await snippet.waitFor(POLL);
      expect(await snippet.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
      expect(await snippet.innerText()).toContain('NATO');
      await shot(archive, 'search-en-1366');
      expect(await axeViolations(archive)).toEqual([]);
      await archive.getByRole('searchbox').fill('');

      // The archive list at 1024 px: the long headline ends in an ellipsis and gives itself whole on hover.
      await archive.setViewportSize({ width: 1024, height: 700 });
      const row = archive.getByTestId('archive-row').filter({ hasText: 'CNN نقلت' });
      await row.waitFor(POLL);
      expect(await row.getAttribute('title')).toBe(
        'CNN نقلت عن مصادر في الحلف أن الاجتماع المقبل سيبحث تمويل العمليات في الشرق الأوسط وشمال أفريقيا حتى نهاية العام المقبل',
      );
      const fit = await row.evaluate((e) => ({
        overflow: getComputedStyle(e).textOverflow,
        inside: e.getBoundingClientRect().width <= (e.parentElement?.getBoundingClientRect().width ?? 0) + 0.5,
        cut: e.scrollWidth > e.clientWidth,
        // Cut at the headline's end: an Arabic headline keeps its start at the right.
        direction: getComputedStyle(e).direction,
      }));
      expect(fit).toEqual({ overflow: 'ellipsis', inside: true, cut: true, direction: 'rtl' });
      await shot(archive, 'archive-en-1024');
      await archive.close();
      await call('settings.update', { interfaceLanguage: 'ar' });
    },
  );
});

describe('a returned article', () => {
  it(
    'tells its writer how many open comments and suggestions wait, and takes them there',
    { timeout: 120_000 },
    async () => {
      await call('settings.update', { profile: JOURNALIST });
      const page = await openArticle(ids.returned);
      const notice = page.getByTestId('returned-notice');
      await expect
        .poll(() => notice.innerText(), POLL)
        .toContain(
          ar('waiting.returned', {
            comments: ar('waiting.comments', { count: 2 }),
            suggestions: ar('waiting.suggestions', { count: 1 }),
          }),
        );
      await shot(page, 'returned-ar-1366');
      expect(await axeViolations(page)).toEqual([]);
      await notice.getByRole('button').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('suggestions-title');
      await page.close();

      await call('settings.update', { interfaceLanguage: 'en' });
      const english = await openArticle(ids.returned);
      await expect
        .poll(() => english.getByTestId('returned-notice').innerText(), POLL)
        .toContain(
          en('waiting.returned', {
            comments: en('waiting.comments', { count: 2 }),
            suggestions: en('waiting.suggestions', { count: 1 }),
          }),
        );
      await english.close();
      await call('settings.update', { interfaceLanguage: 'ar', profile: EDITOR });
    },
  );
});

describe('the embargo', () => {
  it(
    'takes a day and a time as the interface writes them, in either digit set, and shows both',
    { timeout: 120_000 },
    async () => {
      await call('settings.update', { digits: 'arabic-indic' });
      const page = await openArticle(ids.header, { width: 1024, height: 700 });
      const embargo = page.getByTestId('embargo');
      const day = embargo.getByLabel(ar('embargo.day'));
      const time = embargo.getByLabel(ar('embargo.time'));
      await day.click();
      await page.keyboard.type('٢٩/١٢/٢٠٢٦');
      await page.keyboard.press('Tab');
      await page.keyboard.type('18:30');
      await page.keyboard.press('Tab');
      const expected = await page.evaluate(() => new Date(2026, 11, 29, 18, 30).toISOString());
      await expect
        .poll(
          async () =>
            ((await call('articles.get', { id: ids.header })) as { embargoUntil: string | null }).embargoUntil,
          POLL,
        )
        .toBe(expected);
      // Both boxes wide enough for what they hold, and no complaint.
      for (const box of [day, time])
        expect(await box.evaluate((e: HTMLInputElement) => e.scrollWidth <= e.clientWidth)).toBe(true);
      expect(await embargo.getByRole('alert').count()).toBe(0);
      await embargo.scrollIntoViewIfNeeded();
      await shot(page, 'embargo-ar-1024');
      expect(await axeViolations(page)).toEqual([]);
      await page.reload();
      await page.getByTestId('status-control').waitFor(POLL);
      expect(await page.getByTestId('embargo').getByLabel(ar('embargo.day')).inputValue()).toBe('٢٩/١٢/٢٠٢٦');
      expect(await page.getByTestId('embargo').getByLabel(ar('embargo.time')).inputValue()).toBe('١٨:٣٠');
      // Something that is not a day is refused with a sentence, and the stored embargo stays.
      await page.getByTestId('embargo').getByLabel(ar('embargo.day')).fill('31/02/2026');
      await page.keyboard.press('Tab');
      await expect.poll(() => page.getByTestId('embargo').getByRole('alert').count(), POLL).toBe(1);
      expect(((await call('articles.get', { id: ids.header })) as { embargoUntil: string | null }).embargoUntil).toBe(
        expected,
      );
      await page.close();
      await call('settings.update', { digits: 'western' });
    },
  );
});

describe('a comment at the selection', () => {
  it(
    'offers a floating action beside selected body words and takes Ctrl+Alt+M in the headline',
    { timeout: 150_000 },
    async () => {
      const page = await openArticle(ids.comment);
      const body = page.getByTestId('body-editor');
      // Select «رفع الأسعار» with the keyboard: from the paragraph's start, past «قررت الحكومة », then shift+arrows.
      await body.locator('p').first().click();
      await page.keyboard.press('Home');
      for (let i = 0; i < 'قررت الحكومة '.length; i++) await page.keyboard.press('ArrowLeft');
      for (let i = 0; i < 'رفع الأسعار'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
      await expect.poll(() => page.evaluate(() => getSelection()?.toString()), POLL).toBe('رفع الأسعار');
      const action = page.getByTestId('comment-at-selection');
      await action.waitFor(POLL);
      // It floats beside the words, over the page, not at the foot of the sidebar.
      const [actionBox, bodyBox] = [await action.boundingBox(), await body.boundingBox()];
      expect(actionBox!.x).toBeGreaterThan(bodyBox!.x - 40);
      expect(actionBox!.x + actionBox!.width).toBeLessThan(bodyBox!.x + bodyBox!.width + 40);
      await shot(page, 'comment-action-ar-1366');
      expect(await axeViolations(page)).toEqual([]);
      await action.click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('new-comment');
      await page.keyboard.type('ما نسبة الرفع؟');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const threads = page.getByTestId('thread');
      await expect.poll(() => threads.count(), POLL).toBe(1);
      expect(await body.locator('mark').innerText()).toBe('رفع الأسعار');

      // In the headline: select a word with the keyboard, Ctrl+Alt+M, type, add.
      const headline = page.getByLabel(ar('editor.headline'), { exact: true });
      await headline.focus();
      await page.keyboard.press('End');
      // Right to left: ArrowRight goes back towards the headline's start.
      for (let i = 0; i < 'الأسعار'.length; i++) await page.keyboard.press('Shift+ArrowRight');
      await page.getByTestId('comment-at-selection').waitFor(POLL);
      await page.keyboard.press('Control+Alt+KeyM');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('new-comment');
      await page.keyboard.type('أي أسعار؟');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => threads.count(), POLL).toBe(2);
      await expect
        .poll(() => page.getByTestId('thread-quote').allInnerTexts(), POLL)
        .toEqual(expect.arrayContaining(['الأسعار', 'رفع الأسعار']));
      // The headline's commented word is highlighted like the body's, over the word itself.
      const mark = page.getByTestId('field-marks-headline').locator('mark');
      await expect.poll(() => mark.allInnerTexts(), POLL).toEqual(['الأسعار']);
      const [markBox, headlineBox] = [await mark.boundingBox(), await headline.boundingBox()];
      const middle = markBox!.y + markBox!.height / 2;
      expect(middle).toBeGreaterThan(headlineBox!.y);
      expect(middle).toBeLessThan(headlineBox!.y + headlineBox!.height);
      // «الأسعار» ends the right-to-left headline: its mark is the leftmost of the words, on their line.
      const words = await page.getByTestId('field-marks-headline').locator('span').first().boundingBox();
      expect(Math.abs(markBox!.x + markBox!.width - words!.x)).toBeLessThan(2);
      await page.getByTestId('body-editor').click();
      await shot(page, 'field-marks-ar-1366');
      await page.close();
    },
  );
});

describe('sections', () => {
  it(
    'come from a list the newsroom edits in settings, and free text is still taken',
    { timeout: 120_000 },
    async () => {
      const page = await suite.browser.newPage({ viewport: { width: 1366, height: 900 } });
      await page.goto(`${suite.bridge.url}#/settings`);
      const list = page.getByLabel(ar('settings.sections'));
      await list.click();
      await page.keyboard.type('سياسة');
      await page.keyboard.press('Enter');
      await page.keyboard.type('اقتصاد');
      await page.keyboard.press('Enter');
      await page.keyboard.type('  سياسة ');
      await page.getByRole('button', { name: ar('settings.save') }).click();
      await expect.poll(() => page.getByTestId('settings-status').innerText(), POLL).toBe(ar('settings.saved'));
      expect(await call('settings.get', {})).toMatchObject({ sections: ['سياسة', 'اقتصاد'] });
      await shot(page, 'settings-sections-ar-1366');
      expect(await axeViolations(page)).toEqual([]);

      // The article's section field offers them, and takes a section not in the list.
      await page.goto(`${suite.bridge.url}#/article/${ids.comment}`);
      await page.getByTestId('status-control').waitFor(POLL);
      const section = page.getByRole('combobox', { name: ar('editor.section') });
      expect(
        await page
          .getByTestId('sections-list')
          .locator('option')
          .evaluateAll((o) => o.map((e) => e.getAttribute('value'))),
      ).toEqual(['سياسة', 'اقتصاد']);
      await section.fill('رياضة');
      await expect
        .poll(async () => ((await call('articles.get', { id: ids.comment })) as { section: string }).section, POLL)
        .toBe('رياضة');
      await page.close();
    },
  );
});
