/**
 * `npm run screenshots:editor [-- --out DIR]`: the editor on a full story (a picture with caption and
 * credit, a link, a list, a comment, body and headline suggestions, a picture not yet placed) at 1024 and
 * 1366 px, in Arabic and English, light and dark: eight full-page PNGs to look at, and axe on each. Exits 1
 * when axe finds anything, naming the rule and the elements. Builds nothing itself (the npm script builds
 * the renderer first); kept out of `npm test` because eight pages and eight axe runs take a minute or more.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openArchive } from '../../db/connection';
import { createArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { addMedia } from '../../db/media';
import { updateSettings } from '../../db/settings';
import { figureNode } from '../../core/article/figures';
import { suggestionNode } from '../../core/review/suggestions';
import type { LexicalState } from '../../core/article/schema';
import { launchChromium } from '../helpers/browser';
import { startBridgeProcess, type BridgeProcess } from '../helpers/bridgeProcess';
import { axeViolations } from '../helpers/axe';
import { png } from '../helpers/images';
import { mark, paragraph, text } from '../unit/review/fixtures';

const ROOT = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = resolve(
  values.out ??
    join(ROOT, 'tests', 'e2e', '__screenshots__', `editor-${new Date().toISOString().replace(/[:.]/g, '-')}`),
);
mkdirSync(out, { recursive: true });

const EDITOR = { name: 'سلمى الحسيني', role: 'editor' } as const;
const THREAD = '7a1c3b9e-2f4d-4e8a-9b6c-0d1e2f3a4b5c';
const NOW = '2026-12-06T09:00:00.000Z';

async function call(bridge: BridgeProcess, method: string, request: unknown): Promise<unknown> {
  const response = await fetch(`${bridge.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-midad-token': bridge.token },
    body: JSON.stringify(request),
  });
  const envelope = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}

const node = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children,
  ...extra,
});

/** The story: every kind of body content the editor shows, as a journalist and an editor left it. */
function story(pictureId: string): LexicalState {
  return {
    root: node('root', [
      paragraph(
        text('بغداد (أ ف ب) - استقبل الرئيس الأميركي جو بايدن رئيس الوزراء العراقي مصطفى الكاظمي في '),
        node('link', [text('البيت الأبيض')], {
          url: 'https://www.whitehouse.gov',
          rel: null,
          target: null,
          title: null,
        }),
        text(' الإثنين، وفق ما أعلنت NATO في بيان.'),
      ),
      figureNode(pictureId),
      paragraph(
        text('وقال الكاظمي إن '),
        mark([THREAD], 'العلاقات بين البلدين'),
        text(' تمرّ بمرحلة '),
        suggestionNode(
          { suggestionId: '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d', kind: 'insert', author: EDITOR, createdAt: NOW },
          [text('جديدة ')],
        ),
        text('مهمة'),
        suggestionNode(
          { suggestionId: '2c3d4e5f-6071-4b8c-9dae-1f2a3b4c5d6e', kind: 'delete', author: EDITOR, createdAt: NOW },
          [text(' جداً')],
        ),
        text('.'),
      ),
      node(
        'list',
        [
          node('listitem', [text('انسحاب القوات القتالية بنهاية العام')], { value: 1 }),
          node('listitem', [text('التعاون في مجال الطاقة')], { value: 2 }),
        ],
        { listType: 'bullet', start: 1, tag: 'ul' },
      ),
    ]),
  } as unknown as LexicalState;
}

const scratch = mkdtempSync(join(tmpdir(), 'midad-editor-screens-'));
const db = join(scratch, 'midad.sqlite');
const archive = openArchive(db, { automaticBackups: false });
updateSettings(archive, { profile: EDITOR });
const created = createArticle(archive, {
  ...NEW_ARTICLE_FIELDS,
  headline: 'بايدن يستقبل الكاظمي في البيت الأبيض',
  standfirst: 'الرئيس الأميركي ورئيس الوزراء العراقي يبحثان انسحاب القوات القتالية',
  section: 'سياسة',
  byline: 'ليلى حداد',
  dateline: { city: 'واشنطن', agency: 'AFP' },
  tags: ['العراق', 'الولايات المتحدة'],
});
const data = png(640, 400).toString('base64');
const placed = addMedia(archive, {
  articleId: created.id,
  data,
  caption: 'بايدن والكاظمي في المكتب البيضاوي',
  credit: 'اف ب',
}).item!.id;
addMedia(archive, { articleId: created.id, data, caption: 'صورة من أرشيف الوكالة لم توضع بعد', credit: '' });
const current = archive.prepare('SELECT version FROM articles WHERE id = ?').get(created.id) as { version: number };
saveArticle(archive, created.id, current.version, {
  body: story(placed),
  fieldSuggestions: [
    {
      id: '3d4e5f60-7182-4c9d-8ebf-2a3b4c5d6e7f',
      field: 'headline',
      author: EDITOR,
      createdAt: NOW,
      from: 'بايدن يستقبل الكاظمي في البيت الأبيض',
      to: 'بايدن يستقبل الكاظمي في واشنطن',
    },
  ],
});
archive.close();

const bridge = await startBridgeProcess(db);
const browser = await launchChromium();
const written: string[] = [];
const problems: string[] = [];
try {
  await call(bridge, 'comments.create', {
    articleId: created.id,
    threadId: THREAD,
    anchor: { field: 'body', markId: THREAD, quote: 'العلاقات بين البلدين' },
    text: 'هل من مصدر لهذا التصريح؟',
  });
  for (const width of [1024, 1366] as const) {
    for (const language of ['ar', 'en'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        await call(bridge, 'settings.update', { interfaceLanguage: language, theme });
        const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: theme });
        await page.goto(`${bridge.url}#/article/${created.id}`);
        await page.getByTestId('figure').waitFor();
        await page.getByTestId('picture-tray').waitFor();
        await page.getByTestId('field-suggestions-headline').waitFor();
        await page.evaluate(() => document.fonts.ready);
        await page.waitForTimeout(400);
        const file = join(out, `editor-${width}-${language}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        written.push(file);
        for (const v of await axeViolations(page))
          problems.push(`${width} ${language} ${theme}: ${v.id} ${v.targets.join(' ')}`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await bridge.stop();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`${written.length} screenshots in ${out}`);
if (problems.length) {
  console.log(`axe found:\n${problems.join('\n')}`);
  process.exitCode = 1;
} else console.log('axe: nothing found on any of them');
