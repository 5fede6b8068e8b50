/**
 * The review half of the desk-ready editor (issue 12), in Debian's Chromium through the loopback bridge on a
 * real archive file, driven with the keyboard and pointer as a person would: history labels in the reader's
 * language with an editor's run of decisions as one entry, versions compared full width, text of the other
 * direction isolated, the one-row header with its status and person menus, comments at the selection, the
 * counts a returned article's writer sees, and the archive's long headlines.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { startBridgeProcess, type BridgeProcess } from '../helpers/bridgeProcess';
import { axeViolations } from '../helpers/axe';
import { useTempDir } from '../helpers/tempDir';
import { openArchive } from '../../db/connection';
import { createArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { updateSettings } from '../../db/settings';
import { transitionArticle } from '../../db/review/statusChanges';
import { paragraphNode, stateFromParagraphs } from '../../core/richtext/lexicalState';
import { suggestionNode } from '../../core/review/suggestions';
import type { Profile } from '../../core/settings/schema';

const tempDir = useTempDir();
let browser: Browser;
let bridge: BridgeProcess;
const ids = { history: '' };
const EDITOR: Profile = { name: 'سامر خليل', role: 'editor' };
const JOURNALIST: Profile = { name: 'Laila Haddad', role: 'journalist' };
const SHOTS = process.env.MIDAD_SHOTS_DIR;

const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
});

beforeAll(async () => {
  const db = join(tempDir(), 'midad.sqlite');
  const archive = openArchive(db);
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
  archive.close();
  bridge = await startBridgeProcess(db);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

async function call(method: string, payload: unknown): Promise<unknown> {
  const response = await fetch(`${bridge.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-midad-token': bridge.token },
    body: JSON.stringify(payload),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown };
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result)}`);
  return result.value;
}

async function openArticle(id: string, viewport = { width: 1366, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${bridge.url}#/article/${id}`);
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
        ['insert', 'اقبل', 2],
        ['insert', 'ارفض', 1],
        ['delete', 'اقبل', 0],
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
        .toEqual(['قُبل اقتراحان، ورُفض اقتراح واحد', 'من «مُرسل» إلى «قيد المراجعة»', 'من «مسودة» إلى «مُرسل»']);
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
