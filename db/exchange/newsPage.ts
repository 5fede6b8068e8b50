/**
 * A news page as served (navigation, "latest news" lists, logos) reduced to its article before Midad's own
 * HTML import sanitises it: Mozilla Readability over linkedom's DOM, here in the Node side because
 * core/ stays DOM-free. The page's own metadata is read beside it: `article:published_time`, JSON-LD
 * `datePublished` or `<time datetime>`, `og:image`, the section and keywords; the headline without the site's
 * name; the language from the text's script when the page declares one of the other direction.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { guessLanguage, languageDirection } from '../../core/exchange/direction';
import { escapeAttr, escapeText } from '../../core/exchange/escape';

export interface NewsPage {
  /** A plain HTML document core's HTML import reads as it reads a Midad export. */
  html: string;
  /** The language the page declared, when the text's script said otherwise. */
  declaredLanguage: string | null;
  found: { date: boolean; image: boolean };
}

/** The little of the DOM read here: db/'s TypeScript has no DOM library, so linkedom's types are not seen. */
interface El {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}
interface Doc {
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): Iterable<El>;
  readonly documentElement: El | null;
}
const parsePage = parseHTML as unknown as (html: string) => { document: Doc };

function meta(doc: Doc, ...names: string[]): string {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return '';
}

function jsonLdDate(doc: Doc): string {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (found && !Number.isNaN(Date.parse(found[1] as string))) return found[1] as string;
  }
  return '';
}

function publishedDate(doc: Doc): string | null {
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? '';
  for (const candidate of [meta(doc, 'article:published_time', 'datePublished'), jsonLdDate(doc), time]) {
    const t = Date.parse(candidate);
    if (candidate && !Number.isNaN(t)) return new Date(t).toISOString();
  }
  return null;
}

/** `Headline - Site`, `Headline | Site`: the site's name taken off when the page names its site. */
function headlineOf(title: string, siteName: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title.trim();
  const site = siteName.trim().toLowerCase();
  const kept = parts.filter((p) => !site || !p.trim().toLowerCase().includes(site) || p.length > site.length * 3);
  const longest = (kept.length ? kept : parts).reduce((a, b) => (b.length > a.length ? b : a));
  return longest.trim();
}

/** Whether a page should go through extraction: any HTML page that is not a Midad export. */
export function isNewsPage(text: string): boolean {
  return /<html[\s>]/i.test(text.slice(0, 5000)) && !/<meta\s+name="generator"\s+content="Midad"/i.test(text);
}

export function extractNewsPage(text: string): NewsPage | null {
  const { document } = parsePage(text);
  const declared = document.documentElement?.getAttribute('lang') ?? '';
  const siteName = meta(document, 'og:site_name', 'application-name');
  const date = publishedDate(document);
  const image = meta(document, 'og:image', 'twitter:image');
  const section = meta(document, 'article:section');
  const keywords = meta(document, 'news_keywords', 'keywords');
  const titleText = meta(document, 'og:title') || document.querySelector('title')?.textContent || '';
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 200,
  }).parse();
  if (!article?.content) return null;
  const textOf = article.textContent ?? '';
  const script = guessLanguage(`${titleText} ${textOf}`);
  const wrongDirection = declared && languageDirection(declared) !== languageDirection(script);
  const language = !declared || wrongDirection ? script : declared;
  const headline = headlineOf(article.title || titleText, siteName);
  // Commas in most pages, semicolons in Reuters' news_keywords (`US;AWARDS;SAG`).
  const tags = keywords
    .split(/[,،;؛]/)
    .map((k) => k.trim())
    .filter(Boolean)
    .slice(0, 20);
  const html = [
    '<!doctype html>',
    `<html lang="${escapeAttr(language)}"><head>`,
    `<title>${escapeText(headline)}</title>`,
    date ? `<meta name="dcterms.created" content="${escapeAttr(date)}">` : '',
    article.excerpt ? `<meta name="description" content="${escapeAttr(article.excerpt)}">` : '',
    article.byline ? `<meta name="author" content="${escapeAttr(article.byline)}">` : '',
    tags.length ? `<meta name="keywords" content="${escapeAttr(tags.join(', '))}">` : '',
    '</head><body><article>',
    `<h1>${escapeText(headline)}</h1>`,
    section ? `<p class="section">${escapeText(section)}</p>` : '',
    image ? `<figure class="lead"><img src="${escapeAttr(image)}" alt=""></figure>` : '',
    article.content,
    '</article></body></html>',
  ].join('\n');
  return { html, declaredLanguage: wrongDirection ? declared : null, found: { date: !!date, image: !!image } };
}
