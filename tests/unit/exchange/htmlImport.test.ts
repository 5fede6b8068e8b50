/** HTML import: Midad's own export reads back whole; any article page is sanitised to the editor's structure. */
import { describe, expect, it } from 'vitest';
import { createEditor } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';
import { exportHtml } from '../../../core/exchange/htmlExport';
import { parseHtmlArticle } from '../../../core/exchange/htmlImport';
import { lexicalToPlainText } from '../../../core/richtext/lexicalState';
import type { LexicalState } from '../../../core/article/schema';
import { ENGLISH_STORY, MIXED_STORY, PICTURE_STORY, WIRE_STORY } from './testArticles';

/** The editor's own node set loads the state, as the body editor would. */
function loadInEditor(state: LexicalState): unknown {
  const editor = createEditor({
    nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
    onError: (e) => {
      throw e;
    },
  });
  return editor.parseEditorState(JSON.stringify(state)).toJSON();
}

function types(node: Record<string, unknown>): string[] {
  const kids = Array.isArray(node.children) ? (node.children as Array<Record<string, unknown>>) : [];
  return [String(node.type), ...kids.flatMap(types)];
}

describe('HTML import of a Midad export', () => {
  it('reads back the fields, the dateline, the date and the pictures', () => {
    const draft = parseHtmlArticle(exportHtml(WIRE_STORY).content, 'wire.html');
    const a = WIRE_STORY.article;
    expect(draft.fields).toMatchObject({
      headline: a.headline,
      standfirst: a.standfirst,
      section: a.section,
      dateline: a.dateline,
      language: 'ar',
    });
    expect(draft.createdAt).toBe(a.createdAt);
    expect(lexicalToPlainText(draft.fields.body)).toBe(a.bodyText);
    expect(draft.media).toMatchObject([{ caption: a.media[0]!.caption, credit: 'أ ف ب', bytes: null }]);
    const picture = parseHtmlArticle(exportHtml(PICTURE_STORY).content, 'p.html');
    expect(picture.media[0]).toMatchObject({
      mime: 'image/png',
      width: 1,
      height: 1,
      alt: 'النيل عند الغروب',
      caption: 'غروب الشمس فوق النيل',
      credit: 'رويترز',
      isLead: true,
    });
    expect(picture.media[0]?.bytes).toEqual(PICTURE_STORY.media.get(PICTURE_STORY.article.media[0]!.id));
  });

  it('keeps headings, quotes, lists, links and text formats, and drops the unsafe link', () => {
    const draft = parseHtmlArticle(exportHtml(MIXED_STORY).content, 'mixed.html');
    expect(draft.fields.byline).toBe('سارة <المحررة> & فريق التقنية');
    expect(draft.fields.dateline).toEqual({ city: 'دبي', agency: 'REUTERS' });
    const original = types(MIXED_STORY.article.body.root as Record<string, unknown>);
    const read = types(draft.fields.body.root as Record<string, unknown>);
    expect(read.filter((t) => t !== 'link')).toEqual(original.filter((t) => t !== 'link'));
    expect(read.filter((t) => t === 'link')).toHaveLength(1);
    expect(JSON.stringify(draft.fields.body)).not.toContain('javascript');
    expect(lexicalToPlainText(draft.fields.body)).toBe(MIXED_STORY.article.bodyText);
    const loaded = JSON.stringify(loadInEditor(draft.fields.body));
    expect(loaded).toContain('"format":1,"mode":"normal","style":"","text":"Apple Inc."');
    expect(loaded).toContain('"format":8,"mode":"normal","style":"","text":"الموقع"');
    expect(loaded).toContain('"tag":"h2"');
  });

  it('reads an English export left to right', () => {
    const draft = parseHtmlArticle(exportHtml(ENGLISH_STORY).content, 'en.html');
    expect(draft.fields).toMatchObject({ language: 'en', dateline: { city: 'Washington', agency: 'AFP' } });
  });
});

const PAGE = `<!doctype html>
<html lang="ar"><head><title>الموقع | خبر</title>
<meta name="description" content="ملخص الخبر">
<style>p { color: red }</style><script>window.track = 1</script>
<link rel="stylesheet" href="https://cdn.example/site.css"></head>
<body onload="track()">
<nav><a href="/">الرئيسية</a></nav>
<header><h1>اسم الموقع</h1></header>
<main><article>
  <h1 class="title">الأمطار تغمر شوارع المدينة</h1>
  <!-- a comment that must not survive -->
  <div class="content" style="font-size: 20px">
    <p onclick="steal()">هطلت <strong>أمطار غزيرة</strong> على <em>المدينة</em> <span style="text-decoration: underline">أمس</span>.</p>
    <img src="https://t.example/pixel.gif" width="1" height="1" alt="">
    <p>للمزيد <a href="javascript:alert(1)">اضغط هنا</a> أو <a href="https://news.example/x" onmouseover="x()">هنا</a>.</p>
    <h4>تفاصيل</h4>
    <blockquote><p>«لم نشهد مثل هذا»</p><p>قال أحد السكان</p></blockquote>
    <ul><li>إغلاق طرق</li><li><p>تعطيل المدارس</p></li></ul>
    <iframe src="https://ads.example"></iframe>
    <noscript><img src="https://t.example/ns.gif"></noscript>
    نص خارج أي فقرة
  </div>
  <aside>إعلان</aside>
</article></main>
<footer>حقوق النشر</footer>
<script>document.write('x')</script>
</body></html>`;

describe('HTML import of any article page', () => {
  it('keeps the article and drops scripts, styles, comments, pixels, frames, navigation and event handlers', () => {
    const draft = parseHtmlArticle(PAGE, 'page.html');
    expect(draft.fields).toMatchObject({
      headline: 'الأمطار تغمر شوارع المدينة',
      standfirst: 'ملخص الخبر',
      language: 'ar',
    });
    expect(lexicalToPlainText(draft.fields.body).split('\n')).toEqual([
      'هطلت أمطار غزيرة على المدينة أمس.',
      'للمزيد اضغط هنا أو هنا.',
      'تفاصيل',
      '«لم نشهد مثل هذا»',
      'قال أحد السكان',
      'إغلاق طرق',
      'تعطيل المدارس',
      'نص خارج أي فقرة',
    ]);
    const json = JSON.stringify(draft.fields.body);
    expect(json).not.toMatch(
      /track|steal|comment|pixel|ads\.example|onmouseover|font-size|javascript|إعلان|حقوق|الرئيسية/,
    );
    expect(types(draft.fields.body.root as Record<string, unknown>)).toEqual([
      'root',
      'paragraph',
      'text',
      'text',
      'text',
      'text',
      'text',
      // «أمس», underlined by its inline style (the paste and import sanitiser are one), and the full stop
      'text',
      'text',
      'paragraph',
      'text',
      'link',
      'text',
      'text',
      'heading',
      'text',
      'quote',
      'text',
      'linebreak',
      'text',
      'list',
      'listitem',
      'text',
      'listitem',
      'text',
      'paragraph',
      'text',
    ]);
    expect(json).toContain('"url":"https://news.example/x"');
    expect(json).toContain('"tag":"h3"');
    expect(() => loadInEditor(draft.fields.body)).not.toThrow();
  });

  it('refuses HTML nested deeper than the bound with one message', () => {
    const deep = `<html><body><article>${'<div>'.repeat(400)}x${'</div>'.repeat(400)}</article></body></html>`;
    expect(() => parseHtmlArticle(deep, 'deep.html')).toThrow(
      /deep\.html: element nesting: expected HTML nested at most 256 elements deep/,
    );
  });
});
