/** Hostile files at the importers, each generated here: refused quickly and clearly, or read as data. */
import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from '../../../core/exchange/htmlImport';
import { htmlTooDeepAt } from '../../../core/exchange/htmlDepth';
import { MidadError } from '../../../core/api/errors';
import { parseNinjsValue } from '../../../core/exchange/ninjsImport';
import { parseImport } from '../../../core/exchange/registry';
import { exportNative } from '../../../core/exchange/nativeExport';
import { encodeBase64 } from '../../../core/exchange/base64';
import { png } from '../../helpers/images';
import { PICTURE_STORY } from './testArticles';

/** Bytes whose first four claim PNG and whose rest is an HTML page: what the audit slipped past two importers. */
const FAKE_PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, ...new TextEncoder().encode('<html><script>x()</script>')]);
const dataUri = (bytes: Uint8Array) => `data:image/png;base64,${encodeBase64(bytes)}`;

function refusal(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    if (error instanceof MidadError) return { code: error.code, ...error.params };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('HTML nested deeper than the importer walks', () => {
  it('is refused from its tag stream, before parse5 spends minutes on it', () => {
    const depth = 100_000;
    const page = `<html><body>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</body></html>`;
    const started = performance.now();
    expect(refusal(() => parseHtmlArticle(page, 'deep.html'))).toMatchObject({
      code: 'import_failed',
      problem: 'html_too_deep',
      file: 'deep.html',
    });
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('does not count what HTML closes on its own, so a sloppy page is still read', () => {
    const sloppy = `<ul>${'<li>item <p>para <b>bold'.repeat(3000)}</ul><table>${'<tr><td>c'.repeat(3000)}</table>`;
    expect(htmlTooDeepAt(sloppy, 300)).toBe(-1);
    // Tags inside comments, scripts and attribute values are no tags.
    const hidden = `<!--${'<div>'.repeat(500)}--><script>${'<div>'.repeat(500)}</script><a title="${'<div>'.repeat(500)}">x</a>`;
    expect(htmlTooDeepAt(hidden, 10)).toBe(-1);
    expect(htmlTooDeepAt('<div>'.repeat(11), 10)).toBeGreaterThan(0);
  });
});

describe('bytes that claim to be a picture', () => {
  it('are read by their header at every importer: HTML and ninjs keep the caption only, Midad JSON is refused', () => {
    const page = (src: string) =>
      `<html><body><article><h1>عنوان</h1><figure><img src="${src}" width="900" height="9"><figcaption>تعليق</figcaption></figure><p>نص</p></article></body></html>`;
    const fake = parseHtmlArticle(page(dataUri(FAKE_PNG)), 'page.html').media[0]!;
    expect(fake).toMatchObject({ caption: 'تعليق', mime: null, bytes: null });
    // A real picture keeps its bytes, with the size its header gives rather than the page's attributes.
    const real = parseHtmlArticle(page(dataUri(png(40, 30))), 'page.html').media[0]!;
    expect(real).toMatchObject({ mime: 'image/png', width: 40, height: 30 });

    const ninjs = (href: string) => ({
      uri: 'urn:x:1',
      headlines: [{ role: 'main', value: 'عنوان' }],
      associations: {
        featuremedia: {
          type: 'picture',
          descriptions: [{ role: 'caption', value: 'تعليق' }],
          renditions: [{ href, contentType: 'image/png', width: 5000, height: 1 }],
        },
      },
    });
    expect(parseNinjsValue(ninjs(dataUri(FAKE_PNG)), 'a.json')[0]!.media[0]).toMatchObject({ mime: null, bytes: null });
    expect(parseNinjsValue(ninjs(dataUri(png(40, 30))), 'a.json')[0]!.media[0]).toMatchObject({
      mime: 'image/png',
      width: 40,
      height: 30,
    });

    const native = JSON.parse(exportNative([PICTURE_STORY])) as { articles: Array<{ media: Array<{ data: string }> }> };
    native.articles[0]!.media[0]!.data = encodeBase64(FAKE_PNG);
    expect(refusal(() => parseImport('a.json', JSON.stringify(native)))).toMatchObject({
      code: 'import_failed',
      problem: 'picture_not_image',
      path: 'articles[0].media[0].data',
    });
  });
});

describe('ninjs association keys', () => {
  it('are data: a picture under constructor, __proto__ or toString is read like any other', () => {
    const keys = ['constructor', '__proto__', 'toString', 'featuremedia'];
    const associations = keys
      .map((k) => `"${k}":{"type":"picture","descriptions":[{"role":"caption","value":"تعليق ${k}"}]}`)
      .join(',');
    const text = `{"uri":"urn:x:1","headlines":[{"role":"main","value":"عنوان"}],"associations":{${associations}}}`;
    const [draft] = parseImport('a.json', text);
    expect(draft!.media.map((m) => m.caption)).toEqual(keys.map((k) => `تعليق ${k}`));
    expect(({} as Record<string, unknown>).type).toBeUndefined(); // nothing reached Object.prototype
  });
});
