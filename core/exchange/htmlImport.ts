/**
 * HTML import: a Midad export or any article page. Fields come from the page's own markup (the `<h1>`, the
 * meta description and author, `<time datetime>`, Midad's classes); the body is sanitised by htmlBody.ts.
 */
import { ArticleFieldsSchema, type Rendition } from '../article/schema';
import { decodeBase64 } from './base64';
import { blocksOf } from './htmlBody';
import { takeDateline } from './bodyDateline';
import { makeDraft } from './draft';
import { checkSize } from './jsonText';
import { stateOf } from './lexicalBuild';
import { decodePicture } from './mediaFiles';
import { guessLanguage } from './direction';
import { textOf, type JsonNode } from './lexicalHtml';
import {
  attr,
  collapse,
  elements,
  find,
  hasClass,
  parseDocument,
  parseHtmlFragment,
  textContent,
  type HNode,
} from './htmlTree';
import type { ArticleDraft, DraftMedia, Importer } from './types';

/** An HTML body (a fragment, as ninjs and Superdesk carry it) as Lexical blocks, the dateline taken out. */
export function htmlBodyBlocks(html: string, fileName: string): JsonNode[] {
  return blocksOf(parseHtmlFragment(html, fileName), { fileName, skip: new Set() });
}

function isoOrNull(value: string | null): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function metaContent(doc: HNode, name: string): string {
  const el = find(doc, (n) => n.tagName === 'meta' && (attr(n, 'name') ?? attr(n, 'property'))?.toLowerCase() === name);
  return collapse(el ? (attr(el, 'content') ?? '') : '');
}

function picture(figure: HNode, index: number): DraftMedia | null {
  const img = find(figure, (n) => n.tagName === 'img');
  const captionEl = find(figure, (n) => n.tagName === 'figcaption');
  const creditEl = captionEl && find(captionEl, (n) => hasClass(n, 'credit'));
  const credit = creditEl ? collapse(textContent(creditEl)) : '';
  const captionText = captionEl ? collapse(textContent(captionEl)) : '';
  const caption = credit && captionText.endsWith(credit) ? captionText.slice(0, -credit.length).trim() : captionText;
  const data = /^data:image\/[a-z+.-]+;base64,(.*)$/is.exec(attr(img ?? figure, 'src') ?? '');
  const decoded = decodePicture(data ? decodeBase64(data[1] as string) : null);
  // import: a picture the page only links to keeps its address, not downloaded (no network).
  const src = img ? (attr(img, 'src') ?? '') : '';
  const renditions = !decoded && /^https?:\/\//i.test(src) && src.length <= 4_000 ? [webRendition(src)] : [];
  if (!caption && !credit && !decoded && !renditions.length) return null;
  return {
    id: null,
    mime: decoded?.mime ?? null,
    width: decoded?.width ?? null,
    height: decoded?.height ?? null,
    caption,
    credit,
    alt: img ? collapse(attr(img, 'alt') ?? '') : '',
    isLead: hasClass(figure, 'lead') || index === 0,
    bytes: decoded?.bytes ?? null,
    ...(renditions.length ? { renditions } : {}),
  };
}

function webRendition(href: string): Rendition {
  const type = /\.(jpe?g|png|webp|gif)(?:[?#]|$)/i.exec(href)?.[1]?.toLowerCase();
  const contentType = type ? `image/${type === 'jpg' ? 'jpeg' : type}` : '';
  return { name: 'web', href, contentType, width: null, height: null, sizeInBytes: null };
}

export function parseHtmlArticle(text: string, fileName: string): ArticleDraft {
  checkSize(text, fileName);
  const doc = parseDocument(text, fileName);
  const html = find(doc, (n) => n.tagName === 'html');
  const container =
    find(doc, (n) => n.tagName === 'article') ??
    find(doc, (n) => n.tagName === 'main') ??
    find(doc, (n) => n.tagName === 'body') ??
    doc;
  const skip = new Set<HNode>();
  const take = (test: (n: HNode) => boolean): string => {
    const el = find(container, test);
    if (!el) return '';
    skip.add(el);
    return collapse(textContent(el));
  };
  const h1 = take((n) => n.tagName === 'h1');
  const section = take((n) => hasClass(n, 'section'));
  const standfirst = take((n) => hasClass(n, 'standfirst')) || metaContent(doc, 'description');
  const byline = take((n) => hasClass(n, 'byline')) || metaContent(doc, 'author');
  const timeEl = find(container, (n) => n.tagName === 'time' && attr(n, 'datetime') !== null);
  const titleEl = find(doc, (n) => n.tagName === 'title');
  const figures = [...elements(container)].filter((n) => n.tagName === 'figure');
  const media = figures.map(picture).filter((m): m is DraftMedia => m !== null);
  const blocks = blocksOf(container, { fileName, skip });
  const dateline = takeDateline(blocks);
  const langAttr = html ? attr(html, 'lang') : null;
  const language =
    langAttr && ArticleFieldsSchema.shape.language.safeParse(langAttr).success
      ? langAttr
      : guessLanguage(`${h1} ${blocks.map(textOf).join(' ')}`);
  return makeDraft(fileName, {
    fields: {
      headline: h1 || collapse(titleEl ? textContent(titleEl) : ''),
      standfirst,
      section,
      byline,
      language,
      tags: [
        ...new Set(
          metaContent(doc, 'keywords')
            .split(/[,،]/)
            .map((k) => k.trim().slice(0, 100))
            .filter(Boolean),
        ),
      ].slice(0, 50),
      ...(dateline ? { dateline } : {}),
      body: stateOf(blocks),
    },
    createdAt: isoOrNull(metaContent(doc, 'dcterms.created')) ?? isoOrNull(timeEl ? attr(timeEl, 'datetime') : null),
    updatedAt: isoOrNull(metaContent(doc, 'dcterms.modified')),
    media,
  });
}

export const htmlImporter: Importer = {
  format: 'html',
  accepts: (name, text) => /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html|<!--)/i.test(text.slice(0, 200)),
  parse: (text, fileName) => [parseHtmlArticle(text, fileName)],
};
