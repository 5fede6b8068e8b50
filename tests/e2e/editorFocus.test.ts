/**
 * Keystrokes land where the person types, in Debian's Chromium through the bridge on a real
 * archive file. The body holds every kind of content (a link, a list, a quote, a picture, a comment mark, a
 * suggestion); after each of them had the body's caret, typing and Backspace in the headline, standfirst,
 * tags, editor's note and the picture's caption change that field and leave the body exactly as it was, also
 * in suggesting mode. Before the fix, LinkPlugin re-registered on every render of the screen and its body
 * update moved the focus into the body after the first character.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import type { Archive } from '../../db/archive';
import { addMedia } from '../../db/media';
import { updateSettings } from '../../db/settings';
import { paragraphNode, stateFromParagraphs } from '../../core/richtext/lexicalState';
import { suggestionNode } from '../../core/review/suggestions';
import type { LexicalState } from '../../core/article/schema';
import { png } from '../helpers/images';
import { useAppBrowser } from '../helpers/appBrowser';
import { ar } from '../helpers/labels';

/** One article per test: a failing test's autosave must not spoil the next one's body. */
const articleIds: string[] = [];
const POLL = { timeout: 30_000 };

type Node = Record<string, unknown>;
const text = (value: string): Node => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
});
const block = (type: string, children: Node[], extra: Node = {}): Node => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children,
  ...extra,
});

/** Each kind of body content, and a word inside it where the caret goes. */
const KINDS: Array<[string, string]> = [
  ['link', 'الرابط'],
  ['list', 'البند'],
  ['quote', 'الاقتباس'],
  ['picture', 'بعدالصورة'],
  ['comment', 'المعلق'],
  ['suggestion', 'المقترح'],
];

function body(mediaId: string): LexicalState {
  const state = stateFromParagraphs(['']);
  state.root.children = [
    block('paragraph', [
      text('نص قبل '),
      block('link', [text('الرابط')], { url: 'https://example.org/', rel: null, target: null, title: null }),
      text(' ونص بعده.'),
    ]),
    block('list', [block('listitem', [text('البند الأول')], { value: 1 })], {
      listType: 'bullet',
      start: 1,
      tag: 'ul',
    }),
    block('quote', [text('نص الاقتباس')]),
    { type: 'midad-figure', version: 1, mediaId },
    paragraphNode('بعدالصورة مباشرة'),
    block('paragraph', [
      text('كلام '),
      block('mark', [text('المعلق')], { ids: ['00000000-0000-4000-8000-0000000000c1'] }),
      text(' عليه'),
    ]),
    block('paragraph', [
      text('قال '),
      suggestionNode(
        {
          suggestionId: '00000000-0000-4000-8000-0000000000d1',
          kind: 'insert',
          author: { name: 'سلمى', role: 'editor' },
          createdAt: '2026-11-29T08:00:00.000Z',
        },
        [text('المقترح ')],
      ),
      text('اليوم'),
    ]),
  ] as LexicalState['root']['children'];
  return state;
}

function seed(archive: Archive): void {
  updateSettings(archive, { profile: { name: 'سلمى', role: 'editor' } });
  for (const headline of ['عنوان', 'عنوان ثان']) {
    const article = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline, body: stateFromParagraphs(['']) });
    const media = addMedia(archive, { articleId: article.id, data: png(40, 30).toString('base64'), caption: 'تعليق' });
    archive.prepare('UPDATE articles SET body = ? WHERE id = ?').run(JSON.stringify(body(media.item!.id)), article.id);
    articleIds.push(article.id);
  }
}
const suite = useAppBrowser({ seed });

async function open(which: number): Promise<Page> {
  const app = await suite.open(`#/article/${articleIds[which]}`);
  await app.page.getByTestId('figure').locator('img').waitFor(POLL);
  return app.page;
}

/** Puts the body's caret inside `word` with a click there, as a person would. */
async function caretIn(page: Page, word: string): Promise<void> {
  await page.getByTestId('body-editor').getByText(word, { exact: false }).first().click();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), POLL)
    .toBe('body-editor');
}

function fields(page: Page): Array<[string, Locator]> {
  return [
    ['headline', page.locator('#headline')],
    ['standfirst', page.locator('#standfirst')],
    ['tags', page.getByLabel(ar('editor.tags'))],
    ['edNote', page.getByLabel(ar('editor.edNote'))],
    ['caption', page.getByTestId('figure').locator('[id$="-caption"]')],
  ];
}

/** The body's own text, without the picture's boxes and counts that sit inside it. */
const bodyText = (page: Page) =>
  page.getByTestId('body-editor').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('figure').forEach((f) => f.remove());
    return copy.innerText || copy.textContent;
  });

/** Types three letters and one Backspace at the end of the field: exactly the first two more, the body untouched. */
async function typeIn(page: Page, name: string, field: Locator, before: string): Promise<void> {
  await field.click();
  await page.keyboard.press('End');
  const value = await field.inputValue();
  await page.keyboard.type('سلم');
  await page.keyboard.press('Backspace');
  expect({ name, value: await field.inputValue() }).toEqual({ name, value: `${value}سل` });
  expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await bodyText(page)).toBe(before);
}

describe('keystrokes land where the person types', () => {
  it('types in every field after each kind of body content had the caret, and the body stays as it was', async () => {
    const page = await open(0);
    const before = await bodyText(page);
    for (const [, word] of KINDS) {
      for (const [name, field] of fields(page)) {
        await caretIn(page, word);
        await typeIn(page, `${name} after ${word}`, field, before);
      }
    }
  }, 240_000);

  it('keeps headline, tags and caption typing out of the body in suggesting mode', async () => {
    const page = await open(1);
    const toggle = page.getByTestId('suggesting-toggle');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed'), POLL).toBe('true');
    const before = await bodyText(page);
    for (const [, word] of KINDS) {
      for (const [name, field] of fields(page)) {
        await caretIn(page, word);
        await typeIn(page, `${name} after ${word}`, field, before);
      }
    }
    expect(await page.getByTestId('body-editor').locator('ins.suggestion').allInnerTexts()).toEqual(['المقترح ']);
  }, 240_000);
});
