/**
 * HTML export: a standalone HTML5 document a person can open or send (no script, nothing fetched), or the
 * body alone as a fragment for pasting into a CMS.
 */
import type { Article, Media } from '../article/schema';
import { translate } from '../i18n/translate';
import { escapeAttr, escapeText } from './escape';
import { isolateRuns, renderBlock, childrenOf, type JsonNode } from './lexicalHtml';
import { languageDirection, firstStrongDirection, type Direction } from './direction';
import { datelineFor } from './datelineText';
import { dataUri, mediaFileName } from './mediaFiles';
import { HTML_STYLE } from './htmlStyle';
import { publishedItem } from './publishedItem';
import { creditWarnings } from './warnings';
import { isFigureNode, placedMedia } from '../article/figures';
import type { ExportFile, Exporter, ExportItem, ExportOptions, ExportOutput } from './types';

/** A line of text in its own direction: `dir` only where it differs from the article's. */
function line(tag: string, cls: string, text: string, articleDir: Direction): string {
  const dir = firstStrongDirection(text) ?? articleDir;
  const attr = dir === articleDir ? '' : ` dir="${dir}"`;
  return `<${tag}${cls ? ` class="${cls}"` : ''}${attr}>${isolateRuns(text, dir)}</${tag}>`;
}

/** The HTML of one picture in the body, by its media id ('' for one the article does not have). */
export type FigureHtml = (mediaId: string) => string;

/**
 * The body's blocks with the dateline leading the first paragraph, and each picture where it stands in the
 * body (`figure` writes it); also the body of the ninjs export.
 */
export function bodyBlocks(article: Article, dir: Direction, figure: FigureHtml = () => ''): string[] {
  const dateline = datelineFor(article.dateline, article.language);
  const blocks = childrenOf(article.body.root as JsonNode);
  // A picture placed before the first paragraph (an imported lead picture) does not take the dateline.
  const firstText = blocks.findIndex((b) => !isFigureNode(b));
  const leadsParagraph = dateline && blocks[firstText]?.type === 'paragraph';
  const datelineHtml = dateline ? `<span class="dateline">${isolateRuns(dateline, dir)}</span> ` : '';
  const html = blocks
    .map((block, i) =>
      isFigureNode(block)
        ? figure(block.mediaId)
        : renderBlock(block, dir, i === firstText && leadsParagraph ? datelineHtml : ''),
    )
    .filter(Boolean);
  if (dateline && !leadsParagraph) html.unshift(`<p>${datelineHtml.trimEnd()}</p>`);
  return html;
}

/** A picture with its caption and credit; `src` null for a caption still waiting for its picture. */
export function figureHtml(media: Media, src: string | null, dir: Direction): string {
  const img = src
    ? `<img src="${escapeAttr(src)}" alt="${escapeAttr(media.alt)}"${media.width ? ` width="${media.width}"` : ''}${media.height ? ` height="${media.height}"` : ''}>`
    : '';
  const credit = media.credit ? `<span class="credit">${isolateRuns(media.credit, dir)}</span>` : '';
  const caption =
    media.caption || media.credit ? `<figcaption>${isolateRuns(media.caption, dir)}${credit}</figcaption>` : '';
  return img || caption ? `<figure${media.isLead ? ' class="lead"' : ''}>${img}${caption}</figure>` : '';
}

/** Each picture in the body as HTML, by media id; the bytes as data URIs or as files beside the page. */
function figures(item: ExportItem, options: ExportOptions, dir: Direction, files: ExportFile[]): Map<string, string> {
  const html = new Map<string, string>();
  for (const media of placedMedia(item.article.body, item.article.media)) {
    const bytes = item.media.get(media.id);
    let src: string | null = null;
    if (bytes && media.mime) {
      if (options.pictures === 'files') {
        src = `${options.mediaFolder ?? 'media'}/${mediaFileName(media)}`;
        files.push({ path: src, bytes });
      } else src = dataUri(media.mime, bytes);
    }
    html.set(media.id, figureHtml(media, src, dir));
  }
  return html;
}

/** Building a formatter costs far more than using one, so each language's is made once. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatDate(iso: string, language: string): string {
  try {
    let format = dateFormats.get(language);
    if (!format) {
      format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
      dateFormats.set(language, format);
    }
    return format.format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
}

function meta(name: string, content: string): string {
  return content ? `<meta name="${name}" content="${escapeAttr(content)}">` : '';
}

export function exportHtml(given: ExportItem, options: ExportOptions = {}): ExportOutput {
  const { item, warnings: pending } = publishedItem(given);
  const warnings = [...pending, ...creditWarnings(item)];
  const { article } = item;
  const dir = languageDirection(article.language);
  const lang = escapeAttr(article.language);
  if (options.bodyOnly) {
    return {
      content: `<div lang="${lang}" dir="${dir}">\n${bodyBlocks(article, dir).join('\n')}\n</div>\n`,
      files: [],
      warnings,
    };
  }
  const files: ExportFile[] = [];
  const pictures = figures(item, options, dir, files);
  const title = article.headline.trim() || translate(dir === 'rtl' ? 'ar' : 'en', 'archive.untitled');
  const header = [
    article.section && line('p', 'section', article.section, dir),
    line('h1', '', title, dir),
    article.standfirst && line('p', 'standfirst', article.standfirst, dir),
    article.byline && line('p', 'byline', article.byline, dir),
    `<p class="meta"><time datetime="${escapeAttr(article.createdAt)}">${escapeText(formatDate(article.createdAt, article.language))}</time></p>`,
  ].filter(Boolean);
  const content = [
    '<!DOCTYPE html>',
    `<html lang="${lang}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    meta('description', article.standfirst),
    meta('author', article.byline),
    meta('dcterms.created', article.createdAt),
    meta('dcterms.modified', article.updatedAt),
    meta('generator', 'Midad'),
    `<style>\n${HTML_STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<article>',
    '<header>',
    ...header,
    '</header>',
    '<div class="body">',
    ...bodyBlocks(article, dir, (id) => pictures.get(id) ?? ''),
    '</div>',
    '</article>',
    '</body>',
    '</html>',
    '',
  ].filter(Boolean);
  return { content: content.join('\n'), files, warnings };
}

export const htmlExporter: Exporter = {
  format: 'html',
  extension: 'html',
  mime: 'text/html',
  export: exportHtml,
};
