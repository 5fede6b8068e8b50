import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HTML_STYLE_CSP_SOURCE } from '../../../core/exchange/htmlStyle';
import { exportHtml } from '../../../core/exchange/htmlExport';
import { isolateRuns } from '../../../core/exchange/lexicalHtml';
import { ENGLISH_STORY, MIXED_STORY, PICTURE_STORY, WIRE_STORY } from './testArticles';

describe('HTML export', () => {
  it('writes a standalone RTL document with title, meta, and the article’s fields in order', () => {
    const html = exportHtml(WIRE_STORY).content;
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')).toBe(true);
    expect(html).toContain('<title>بايدن يستقبل الكاظمي لمناقشة الوجود الأمريكي في العراق</title>');
    expect(html).toContain('<meta name="description" content="رئيس الوزراء العراقي');
    expect(html).toContain('<meta name="dcterms.created" content="2021-07-26T09:30:00.000Z">');
    expect(html).toMatch(/<time datetime="2021-07-26T09:30:00.000Z">[^<]+<\/time>/);
    const order = ['class="section"', '<h1>', 'class="standfirst"', '<time', '<figure', 'class="dateline"'].map((s) =>
      html.indexOf(s),
    );
    expect(order.every((at, i) => at > -1 && (i === 0 || at > (order[i - 1] as number)))).toBe(true);
    expect(html).toContain('<p><span class="dateline">واشنطن - (أ ف ب) -</span> إستقبل الرئيس');
    expect(html).toContain('<figure class="lead"><figcaption>الرئيس الأمريكي جو بايدن');
    expect(html).toContain('<span class="credit">أ ف ب</span>');
    expect(html).not.toMatch(/<script|<link|@import|url\(/i);
    expect(html).toMatch(/margin-inline|padding-inline/);
    expect(html).toContain('"Noto Naskh Arabic"');
  });

  it('marks a block dir="ltr" only where its first strong character is Latin, and isolates Latin runs with punctuation', () => {
    const html = exportHtml(MIXED_STORY).content;
    expect(html).toContain(
      '<p dir="ltr">Tim Cook said: &quot;This is our best phone yet.&quot;</p>'.replace(/&quot;/g, '"'),
    );
    expect(html).toContain('<h2>الأسعار</h2>');
    expect(html).not.toMatch(/<p dir="rtl"/);
    expect(html).toContain('<b><bdi>Apple Inc.</bdi></b>');
    expect(html).toContain('<bdi>iPhone 17 Pro, Max</bdi>');
    expect(html).toContain('قال Tim Cook, الرئيس');
    expect(html).toContain('<bdi>U.S.</bdi> والخليج');
  });

  it('escapes every text and keeps only safe links', () => {
    const html = exportHtml(MIXED_STORY).content;
    expect(html).toContain('سارة &lt;المحررة&gt; &amp; فريق التقنية');
    expect(html).toContain('رابط خبيث &lt;script&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://www.apple.com/ae-ar/"><u>الموقع</u></a>');
    expect(html).toContain('<i>يبدأ السعر من 999 دولاراً</i><br>');
    expect(html).toContain('<blockquote>«نحن فخورون بهذا الإطلاق»</blockquote>');
    expect(html).toMatch(/<ul><li>الشاشة: 6.9 inch<\/li><li dir="ltr">Battery: 5,000 mAh<\/li><\/ul>/);
    expect(html).toContain('<ol><li>أولاً</li><li>ثانياً</li></ol>');
  });

  it('writes an LTR document for an English article, marking its Arabic paragraph rtl', () => {
    const html = exportHtml(ENGLISH_STORY).content;
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('<span class="dateline">Washington (AFP) -</span> US President');
    expect(html).toContain('<p dir="rtl">قال الكاظمي');
  });

  it('embeds pictures as data URIs by default, or lists them as files beside the HTML', () => {
    const embedded = exportHtml(PICTURE_STORY);
    expect(embedded.files).toEqual([]);
    expect(embedded.content).toContain('<img src="data:image/png;base64,iVBORw0KGgo');
    expect(embedded.content).toContain('alt="النيل عند الغروب" width="1" height="1">');
    const beside = exportHtml(PICTURE_STORY, { pictures: 'files', mediaFolder: 'pics' });
    expect(beside.files).toEqual([
      {
        path: 'pics/44444444-4444-4444-8444-aaaaaaaaaaaa.png',
        bytes: PICTURE_STORY.media.get('44444444-4444-4444-8444-aaaaaaaaaaaa'),
      },
    ]);
    expect(beside.content).toContain('<img src="pics/44444444-4444-4444-8444-aaaaaaaaaaaa.png"');
  });

  it('gives the body alone in fragment mode, inside one element carrying the language and direction', () => {
    const fragment = exportHtml(WIRE_STORY, { bodyOnly: true }).content;
    expect(fragment.startsWith('<div lang="ar" dir="rtl">\n<p><span class="dateline">')).toBe(true);
    expect(fragment).not.toMatch(/<html|<h1|<figure|<title/);
  });

  it('leaves sentence punctuation after a Latin word outside the isolated run', () => {
    expect(isolateRuns('من شركة Apple.', 'rtl')).toBe('من شركة Apple.');
    expect(isolateRuns('وصل U.S. Army اليوم', 'rtl')).toBe('وصل <bdi>U.S. Army</bdi> اليوم');
    expect(isolateRuns('في U.S. اليوم', 'rtl')).toBe('في <bdi>U.S.</bdi> اليوم');
  });

  it('publishes the CSP hash of its one stylesheet, so an in-app preview can allow exactly that style', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(exportHtml(WIRE_STORY).content)?.[1] ?? '';
    expect(`'sha256-${createHash('sha256').update(style).digest('base64')}'`).toBe(HTML_STYLE_CSP_SOURCE);
  });
});
