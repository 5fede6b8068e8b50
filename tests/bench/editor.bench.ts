/**
 * `npm run bench -- --only editor`: the editing screen under a long article, in Chromium through the bridge.
 * Opens a 10,000-word Arabic article, types 200 characters in its middle and measures each keystroke from
 * its beforeinput event (created before the input event, so the stricter start) to the end of the next
 * animation frame; then does the same on a bare Lexical rich-text editor (no plugins) and on a plain
 * contenteditable holding the same text, served from a temp folder built with esbuild. Each key's time to
 * the next frame is bound to the display's frame clock, so the script and main-thread time per key (from
 * Chrome's Performance metrics) are given beside it: they show the work itself.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { openArchive } from '../../db/connection';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { countWords } from '../../core/arabic/count';
import { launchChromium } from '../helpers/browser';
import { startBridgeProcess } from '../helpers/bridgeProcess';
import { percentile, round, type BenchSuite, type Figure } from './harness';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SENTENCES = [
  'قال مسؤولون في الحكومة إن المفاوضات مع الشركاء الإقليميين ستستأنف الأسبوع المقبل في العاصمة.',
  'وأضاف المتحدث باسم الوزارة أن الوفد سيناقش ملفات الطاقة والمياه والتبادل التجاري بين البلدين.',
  'وأشار تقرير صادر عن البنك الدولي إلى أن معدلات النمو تباطأت خلال الربع الأخير من العام.',
  'ويرى محللون أن الاتفاق قد يفتح الباب أمام استثمارات جديدة في قطاعي البنية التحتية والنقل.',
];

/** About 10,000 words of Arabic news prose in paragraphs of four sentences. */
function longArticle(words: number): string[] {
  const paragraphs: string[] = [];
  let total = 0;
  for (let i = 0; total < words; i++) {
    const p = SENTENCES.map((s, j) => SENTENCES[(i + j) % SENTENCES.length]!).join(' ');
    paragraphs.push(p);
    total += countWords(p);
  }
  return paragraphs;
}

/** Sample collection inside the page: beforeinput timestamp → end of the next animation frame. */
function installProbe(page: Page, selector: string): Promise<void> {
  return page.evaluate((sel) => {
    const target = document.querySelector(sel)!;
    const samples: number[] = [];
    (window as unknown as { __samples: number[] }).__samples = samples;
    const channel = new MessageChannel();
    let pending: number[] = [];
    channel.port1.onmessage = () => {
      const now = performance.now();
      for (const start of pending) samples.push(now - start);
      pending = [];
    };
    target.addEventListener('beforeinput', (event) => {
      const start = event.timeStamp;
      // The frame's rAF callbacks run before it is painted; the message after them lands once it is done.
      requestAnimationFrame(() => {
        pending.push(start);
        channel.port2.postMessage(null);
      });
    });
  }, selector);
}

/** Puts the caret in the middle of the middle paragraph. */
async function caretInMiddle(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const host = document.querySelector<HTMLElement>(sel)!;
    host.focus();
    const paragraphs = host.querySelectorAll('p');
    const p = paragraphs[Math.floor(paragraphs.length / 2)]!;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const text = walker.nextNode() as Text;
    const range = document.createRange();
    range.setStart(text, Math.floor(text.length / 2));
    range.collapse(true);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, selector);
  await page.waitForTimeout(300);
}

const TYPED =
  'وأكد الوزير أن الحكومة ماضية في خطتها رغم الصعوبات الاقتصادية، وأن الإصلاحات ستشمل قطاعات التعليم والصحة والنقل خلال الأشهر المقبلة بدعم من الشركاء الدوليين والمؤسسات المالية الكبرى في المنطقة';

/** Each key's time to the next frame, and the page's script and main-thread time per key (Chrome's own tally). */
async function typeAndMeasure(
  page: Page,
  selector: string,
  characters: number,
): Promise<{ samples: number[]; scriptMs: number; taskMs: number }> {
  await caretInMiddle(page, selector);
  await installProbe(page, selector);
  // The frame-bound figure hides how much of the frame the page used; these totals do not wait for vsync.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const tally = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const of = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { script: of('ScriptDuration'), task: of('TaskDuration') };
  };
  const before = await tally();
  const keys = [...TYPED].slice(0, characters);
  for (const ch of keys) {
    await page.keyboard.type(ch);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  await page.waitForTimeout(100);
  const after = await tally();
  const samples = await page.evaluate(() => (window as unknown as { __samples: number[] }).__samples);
  return {
    samples,
    scriptMs: ((after.script - before.script) * 1000) / keys.length,
    taskMs: ((after.task - before.task) * 1000) / keys.length,
  };
}

function serveFolder(folder: string): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.json': 'application/json',
    '.woff2': 'font/woff2',
    '.css': 'text/css',
  };
  const server = createServer((request, response) => {
    const path = join(folder, new URL(request.url ?? '/', 'http://x').pathname.replace(/^\/+/, '') || 'index.html');
    if (!path.startsWith(folder) || !existsSync(path)) return void response.writeHead(404).end();
    response
      .writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
      .end(readFileSync(path));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

/** The two baseline pages: same text, same font and size as the editor's body. */
async function buildBaselines(folder: string, paragraphs: string[]): Promise<void> {
  const font = join(ROOT, 'node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2');
  copyFileSync(font, join(folder, 'naskh.woff2'));
  writeFileSync(
    join(folder, 'page.css'),
    `@font-face { font-family: 'Noto Naskh Arabic'; src: url(naskh.woff2) format('woff2'); }
     body { margin: 0; } #editor { max-width: 42rem; margin: 2rem auto; font-family: 'Noto Naskh Arabic'; font-size: 19px; line-height: 1.95; outline: none; }
     p { margin: 0 0 1em; }`,
  );
  const shell = (body: string, script = '') =>
    `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><link rel="stylesheet" href="page.css">${script}</head><body>${body}</body></html>`;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  writeFileSync(
    join(folder, 'plain.html'),
    shell(
      `<div id="editor" contenteditable="true">${paragraphs.map((p) => `<p dir="auto">${escape(p)}</p>`).join('')}</div>`,
    ),
  );
  writeFileSync(
    join(folder, 'lexical.html'),
    shell('<div id="editor" contenteditable="true"></div>', '<script type="module" src="bare.js"></script>'),
  );
  writeFileSync(join(folder, 'state.json'), JSON.stringify(stateFromParagraphs(paragraphs)));
  await build({
    entryPoints: [join(import.meta.dirname, 'editor/bareLexical.ts')],
    bundle: true,
    format: 'esm',
    outfile: join(folder, 'bare.js'),
    minify: true,
    logLevel: 'silent',
  });
}

async function openArticleMs(page: Page, headline: string, paragraphs: number): Promise<number> {
  await page.getByTestId('archive-row').filter({ hasText: headline }).waitFor();
  return page.evaluate(
    ({ headline, paragraphs }) =>
      new Promise<number>((done) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="archive-row"]')].find(
          (b) => b.textContent === headline,
        )!;
        const start = performance.now();
        button.click();
        const check = () => {
          if (document.querySelectorAll('[data-testid="body-editor"] p').length >= paragraphs) {
            requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
          } else requestAnimationFrame(check);
        };
        check();
      }),
    { headline, paragraphs },
  );
}

/** tsx compiles this file with esbuild's keepNames, whose `__name` helper must exist inside the page too. */
async function newPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return page;
}

export const editorBench: BenchSuite = {
  name: 'editor',
  async run({ quick }) {
    const words = quick ? 2_000 : 10_000;
    const characters = quick ? 50 : 200;
    const paragraphs = longArticle(words);
    if (!existsSync(join(ROOT, 'dist/renderer/index.html')))
      execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build'], { cwd: ROOT, stdio: 'ignore' });

    const folder = mkdtempSync(join(tmpdir(), 'midad-bench-editor-'));
    const headline = 'مقال طويل للقياس';
    const db = join(folder, 'midad.sqlite');
    const archive = openArchive(db);
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline, body: stateFromParagraphs(paragraphs) });
    archive.close();
    await buildBaselines(folder, paragraphs);
    const baseline = await serveFolder(folder);
    const bridge = await startBridgeProcess(db);
    let browser: Browser | null = null;
    try {
      browser = await launchChromium();
      const page = await newPage(browser);
      await page.goto(bridge.url);
      const opens: number[] = [];
      for (let i = 0; i < 5; i++) {
        opens.push(await openArticleMs(page, headline, paragraphs.length));
        if (i < 4) {
          await page.getByRole('button', { name: 'العودة إلى الأرشيف' }).click();
        }
      }
      const midad = await typeAndMeasure(page, '[data-testid="body-editor"]', characters);

      const bare = await newPage(browser);
      await bare.goto(`${baseline.origin}/lexical.html`);
      await bare.waitForSelector('body[data-ready="true"]');
      const lexical = await typeAndMeasure(bare, '#editor', characters);

      const plainPage = await newPage(browser);
      await plainPage.goto(`${baseline.origin}/plain.html`);
      const plain = await typeAndMeasure(plainPage, '#editor', characters);

      const p95 = (s: number[]) => round(percentile(s, 95));
      const figures: Figure[] = [
        { name: `article words`, value: paragraphs.reduce((n, p) => n + countWords(p), 0), unit: 'words' },
        { name: 'open article (median of 5)', value: round(percentile(opens, 50)), unit: 'ms', target: '≤ 300 ms' },
        { name: 'open article (worst of 5)', value: round(Math.max(...opens)), unit: 'ms' },
        {
          name: `Midad keystroke p50 (${midad.samples.length} keys)`,
          value: round(percentile(midad.samples, 50)),
          unit: 'ms',
        },
        { name: 'Midad keystroke p95', value: p95(midad.samples), unit: 'ms', target: '≤ 16.7 ms' },
        { name: 'bare Lexical keystroke p95', value: p95(lexical.samples), unit: 'ms' },
        { name: 'plain contenteditable keystroke p95', value: p95(plain.samples), unit: 'ms' },
        {
          name: 'Midad p95 / bare Lexical p95',
          value: round(p95(midad.samples) / p95(lexical.samples)),
          unit: '×',
          target: '≤ 1.5×',
        },
        { name: 'Midad script per key', value: round(midad.scriptMs), unit: 'ms' },
        { name: 'bare Lexical script per key', value: round(lexical.scriptMs), unit: 'ms' },
        { name: 'Midad main-thread tasks per key', value: round(midad.taskMs), unit: 'ms' },
        { name: 'bare Lexical main-thread tasks per key', value: round(lexical.taskMs), unit: 'ms' },
      ];
      return figures;
    } finally {
      await browser?.close();
      await bridge.stop();
      await new Promise((done) => baseline.server.close(done));
      rmSync(folder, { recursive: true, force: true });
    }
  },
};
