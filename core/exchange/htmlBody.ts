/**
 * The one HTML sanitiser, for imports and for paste alike: HTML sanitised down to the structure the editor
 * supports: paragraphs, h2/h3, quotes, lists, links, bold, italic and underline (plus strike, code, sub/sup,
 * which Lexical also keeps). Only text and safe link addresses survive: scripts, styles, comments, images
 * (tracking pixels included), forms, event handlers and every other attribute are dropped by construction,
 * and so is content a reader would not see (hidden, `display:none`, `font-size:0`). Formatting that Word and
 * Google Docs express only as inline style (bold, italic, underline) becomes the format it says.
 */
import type { JsonNode } from './lexicalHtml';
import { heading, lineBreak, link, list, paragraph, quote, textNode } from './lexicalBuild';
import { safeUrl } from './escape';
import { importFailed } from './importError';
import { IMPORT_LIMITS } from './limits';
import { attr, kids, type HNode } from './htmlTree';

const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  'source',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'nav',
  'aside',
  'footer',
  'header',
  'head',
  'title',
  'meta',
  'link',
  'figure',
  'dialog',
  'map',
  'area',
  'frame',
  'frameset',
  'base',
  'option',
  'track',
  'xml',
]);

/** Content a reader of the page would not see: text hidden this way is no part of the article. */
const HIDDEN_STYLE =
  /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0*\.?0*([a-z%]+)?\s*(!important)?\s*(;|$)|opacity\s*:\s*0*\.?0*\s*(;|$))/i;

function isHidden(node: HNode): boolean {
  return (
    attr(node, 'hidden') !== null ||
    attr(node, 'aria-hidden') === 'true' ||
    HIDDEN_STYLE.test(attr(node, 'style') ?? '')
  );
}

/** The format an element's inline style adds or (Google Docs' `<b style="font-weight:normal">`) takes away. */
function styledFormat(node: HNode, format: number): number {
  const style = attr(node, 'style');
  if (!style) return format;
  let out = format;
  if (/font-weight\s*:\s*(bold|bolder|[6-9]00)\b/i.test(style)) out |= 1;
  else if (/font-weight\s*:\s*(normal|[1-5]00)\b/i.test(style)) out &= ~1;
  if (/font-style\s*:\s*italic\b/i.test(style)) out |= 2;
  if (/text-decoration[^;]*underline/i.test(style)) out |= 8;
  return out;
}

const FORMAT_OF: Record<string, number> = {
  b: 1,
  strong: 1,
  i: 2,
  em: 2,
  u: 8,
  ins: 8,
  s: 4,
  strike: 4,
  del: 4,
  code: 16,
  sub: 32,
  sup: 64,
};

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'br',
  'wbr',
]);

interface Walk {
  fileName: string;
  /** Elements the caller already turned into fields (the headline, the byline…), left out of the body. */
  skip: ReadonlySet<HNode>;
}

function guard(depth: number, walk: Walk): void {
  if (depth > IMPORT_LIMITS.htmlDepth) {
    throw importFailed(walk.fileName, { at: 'nesting' }, { problem: 'html_too_deep', limit: IMPORT_LIMITS.htmlDepth });
  }
}

function inlineOf(node: HNode, format: number, depth: number, walk: Walk): JsonNode[] {
  guard(depth, walk);
  if (node.nodeName === '#text') {
    const text = (node.value ?? '').replace(/\s+/g, ' ');
    return text ? [textNode(text, format)] : [];
  }
  const tag = node.tagName;
  if (!tag || DROPPED.has(tag) || walk.skip.has(node) || isHidden(node)) return [];
  if (tag === 'br') return [lineBreak()];
  const inner = (f: number) => kids(node).flatMap((c) => inlineOf(c, f, depth + 1, walk));
  if (tag === 'a') {
    const url = safeUrl(attr(node, 'href'));
    const children = inner(format);
    return url && children.length ? [link(url, children)] : children;
  }
  return inner(styledFormat(node, format | (FORMAT_OF[tag] ?? 0)));
}

/** Joins neighbouring text of one format and trims the block's ends, as the editor would hold it. */
function tidy(inline: JsonNode[]): JsonNode[] {
  const out: JsonNode[] = [];
  for (const node of inline) {
    const last = out.at(-1);
    if (last && last.type === 'text' && node.type === 'text' && last.format === node.format) {
      last.text = `${last.text as string}${node.text as string}`;
    } else out.push(node);
  }
  const first = out[0];
  if (first?.type === 'text') first.text = (first.text as string).trimStart();
  const end = out.at(-1);
  if (end?.type === 'text') end.text = (end.text as string).trimEnd();
  while (out[0]?.type === 'linebreak') out.shift();
  while (out.at(-1)?.type === 'linebreak') out.pop();
  return out.filter((n) => n.type !== 'text' || n.text !== '');
}

function hasText(inline: JsonNode[]): boolean {
  return inline.some(
    (n) =>
      (n.type === 'text' && /\S/.test(n.text as string)) || (n.type === 'link' && hasText(n.children as JsonNode[])),
  );
}

function listItems(node: HNode, depth: number, walk: Walk): JsonNode[][] {
  return kids(node)
    .filter((c) => c.tagName === 'li')
    .map((li) =>
      tidy(
        kids(li).flatMap((c) =>
          c.tagName === 'p' || c.tagName === 'div'
            ? [...inlineOf(c, 0, depth + 2, walk), lineBreak()]
            : inlineOf(c, 0, depth + 2, walk),
        ),
      ),
    )
    .filter(hasText);
}

const BLOCK_TAGS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'table', 'pre']);
const holdsBlocks = (node: HNode): boolean =>
  kids(node).some((c) => c.tagName !== undefined && BLOCK_TAGS.has(c.tagName));

/** The blocks of an element's children, in order. */
export function blocksOf(node: HNode, walk: Walk, depth = 0): JsonNode[] {
  guard(depth, walk);
  const out: JsonNode[] = [];
  let pending: JsonNode[] = [];
  const flush = () => {
    const inline = tidy(pending);
    if (hasText(inline)) out.push(paragraph(inline));
    pending = [];
  };
  for (const child of kids(node)) {
    const tag = child.tagName;
    // Google Docs wraps a whole copy, paragraphs and all, in one <b>: such an element is a container.
    if (child.nodeName === '#text' || (tag && INLINE.has(tag) && !holdsBlocks(child))) {
      pending.push(...inlineOf(child, 0, depth + 1, walk));
      continue;
    }
    if (!tag || DROPPED.has(tag) || walk.skip.has(child) || isHidden(child)) continue;
    flush();
    const inline = () => tidy(inlineOf(child, 0, depth + 1, walk));
    if (tag === 'p' || tag === 'pre' || tag === 'address') {
      const content = inline();
      if (hasText(content)) out.push(paragraph(content));
    } else if (/^h[1-6]$/.test(tag)) {
      const content = inline();
      if (hasText(content)) out.push(heading(tag <= 'h2' ? 'h2' : 'h3', content));
    } else if (tag === 'blockquote') {
      const parts = blocksOf(child, walk, depth + 1).map((b) => b.children as JsonNode[]);
      const joined = parts.flatMap((p, i) => (i ? [lineBreak(), ...p] : p));
      if (hasText(joined)) out.push(quote(joined));
    } else if (tag === 'ul' || tag === 'ol') {
      const items = listItems(child, depth + 1, walk);
      if (items.length) out.push(list(tag === 'ol', items));
    } else out.push(...blocksOf(child, walk, depth + 1));
  }
  flush();
  return out;
}
