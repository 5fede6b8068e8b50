/**
 * First steps in a new article, in Debian's Chromium through the bridge on a real archive file,
 * with the keyboard only: the caret starts in the headline, the byline is the profile's name, Tab from the
 * standfirst reaches the body in two presses, the picture's caption box is «تعليق الصورة», and the save
 * indicator says when it last saved, in the digits the settings name.
 */
import { describe, expect, it } from 'vitest';
import type { Archive } from '../../db/archive';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { updateSettings } from '../../db/settings';
import { waitSaved, type AppPage } from '../helpers/appPage';
import { useAppBrowser } from '../helpers/appBrowser';
import { ar, labelPattern } from '../helpers/labels';
import { axeViolations } from '../helpers/axe';

const POLL = { timeout: 30_000 };

/** A story last saved years ago, as an imported wire story or an old one reopened is. */
let oldStory = '';
/** An Arabic story with nothing written yet: the body shows its placeholder. */
let emptyStory = '';
const OLD_SAVE = new Date('2021-07-26T09:00:00.000Z');

function seed(archive: Archive): void {
  updateSettings(archive, { profile: { name: 'ليلى حداد', role: 'journalist' } });
  oldStory = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'خبر قديم' }, OLD_SAVE).id;
  emptyStory = createArticle(archive, NEW_ARTICLE_FIELDS).id;
}
const suite = useAppBrowser({ seed });

const focused = (app: AppPage) =>
  app.page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-testid') || '');

describe('a new article', () => {
  it('starts in the headline with the byline filled in, and Tab goes from the standfirst to the body', async () => {
    const app = await suite.open();
    const { page } = app;
    await page.getByRole('button', { name: ar('archive.new') }).click();
    await page.getByTestId('body-editor').waitFor(POLL);
    await expect.poll(() => focused(app), POLL).toBe('headline');
    await page.keyboard.type('الحكومة تعلن خطة جديدة');
    await page.keyboard.press('Tab');
    expect(await focused(app)).toBe('standfirst');
    await page.keyboard.type('مقدمة قصيرة');
    // The headline and standfirst take the column's width, not a bare textarea's twenty columns.
    for (const id of ['headline', 'standfirst']) {
      const [box, field] = await page
        .locator(`#${id}`)
        .evaluate((el) => [el.getBoundingClientRect().width, el.closest('.field')?.getBoundingClientRect().width]);
      expect(box, id).toBeCloseTo(field ?? 0, 0);
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(app)).toBe('body-editor');
    await page.keyboard.type('نص الخبر');
    expect(await page.getByLabel(ar('editor.byline')).inputValue()).toBe('ليلى حداد');

    // The picture's caption is not the review comments' word.
    await page.getByRole('button', { name: ar('toolbar.picture'), exact: true }).click();
    await page.getByRole('menuitem', { name: ar('toolbar.captionOnly') }).click();
    const figure = page.getByTestId('figure');
    await figure.waitFor(POLL);
    expect(await figure.getByLabel(ar('figure.caption'), { exact: true }).count()).toBe(1);
    expect(await figure.getByLabel('التعليق', { exact: true }).count()).toBe(0);

    // The indicator says when it saved: Western digits by default, Arabic-Indic when the settings say so.
    await waitSaved(page);
    expect(await page.getByTestId('save-state').innerText()).toMatch(
      labelPattern('ar', 'save.savedAt', { time: /[0-9]{2}:[0-9]{2}/ }),
    );
    const response = await fetch(`${suite.bridge.origin}/api/settings.update`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-midad-token': suite.bridge.token },
      body: JSON.stringify({ digits: 'arabic-indic' }),
    });
    expect(((await response.json()) as { ok: boolean }).ok).toBe(true);
    await page.reload();
    await page.getByTestId('body-editor').waitFor(POLL);
    await expect
      .poll(() => page.getByTestId('save-state').innerText(), POLL)
      .toMatch(labelPattern('ar', 'save.savedAt', { time: /[٠-٩]{2}:[٠-٩]{2}/ }));
    // The archive writes its dates in the same digits, back there with the keyboard.
    await page.getByRole('button', { name: ar('editor.back') }).focus();
    await page.keyboard.press('Enter');
    const updated = page.locator('.archive-table__date').first();
    await expect.poll(() => updated.innerText(), POLL).toMatch(/^[^0-9]*[٠-٩]{4}[^0-9]*$/);
  }, 120_000);

  it('names the day it last saved when that was not today, not a bare time', async () => {
    expect((await suite.api('settings.update', { digits: 'western' })).ok).toBe(true);
    const { page } = await suite.open(`#/article/${oldStory}`);
    await page.getByTestId('body-editor').waitFor(POLL);
    // «حُفظ 00:00» alone would read as a save made today: the day it was, without its hour.
    await expect
      .poll(() => page.getByTestId('save-state').innerText(), POLL)
      .toMatch(labelPattern('ar', 'save.savedAt', { time: /[^:]*2021[^:]*/ }));
  }, 60_000);

  it('writes the body’s placeholder in the interface’s language, readable in the dark', async () => {
    expect((await suite.api('settings.update', { interfaceLanguage: 'en', theme: 'dark' })).ok).toBe(true);
    try {
      const { page } = await suite.open(`#/article/${emptyStory}`);
      await page.waitForFunction(
        () => document.documentElement.lang === 'en' && document.documentElement.dataset.theme === 'dark',
        null,
        POLL,
      );
      // «Start writing…» over an Arabic story, left to right (not «…Start writing»), where its first line starts.
      const placeholder = page.locator('.body-editor__placeholder > span');
      await placeholder.waitFor(POLL);
      expect(await placeholder.evaluate((el) => [getComputedStyle(el).direction, el.getAttribute('lang')])).toEqual([
        'ltr',
        'en',
      ]);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await suite.api('settings.update', { interfaceLanguage: 'ar', theme: 'system' });
    }
  }, 60_000);
});
