/**
 * Lexical's serialised body rendered as HTML without the Lexical runtime (core/ must run anywhere). Only the
 * structure the editor supports is written; every text is escaped; links are kept only when safe to follow.
 * A block's direction is as the editor lays it out (renderer/editor/body/blockFormat.ts): its own when set,
 * from its first strong character when `auto`, else its container's (the article's); it is written where it
 * differs from the container's.
 */
import { escapeAttr, escapeText, safeUrl } from './escape';
import { directionOfLetter, firstStrongDirection, type Direction } from './direction';

export type JsonNode = Record<string, unknown>;

export function childrenOf(node: JsonNode): JsonNode[] {
  return Array.isArray(node.children) ? (node.children as JsonNode[]) : [];
}

/** Lexical's text format bits, in the nesting order the tags are written. */
const FORMAT_TAGS: Array<[number, string]> = [
  [1, 'b'],
  [2, 'i'],
  [8, 'u'],
  [4, 's'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
];

export function textOf(node: JsonNode): string {
  if (node.type === 'linebreak') return '\n';
  if (typeof node.text === 'string') return node.text;
  return childrenOf(node).map(textOf).join('');
}

export function blockDirection(node: JsonNode): Direction | null {
  if (node.direction === 'rtl' || node.direction === 'ltr') return node.direction;
  // `auto` is a node state in Lexical's JSON (renderer/editor/body/blockFormat.ts): `"$": { "dir": "auto" }`.
  const state = node.$;
  if (state && typeof state === 'object' && (state as Record<string, unknown>).dir === 'auto')
    return firstStrongDirection(textOf(node));
  return null;
}

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const PUNCTUATION = /[^\p{L}\p{N}\s]/u;
/** A run ending in an abbreviation (U.S, Inc) owns the full stop after it; any other full stop ends the sentence. */
const ABBREVIATION = /(?:^|[\s.])\p{L}\.\p{L}$|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Dr|Mr|Mrs|Ms|No|vs|etc)$/u;

/**
 * Escapes `text` and isolates each run written in the other direction when it carries punctuation (a comma
 * between two English names, the dots of "U.S."), which the bidirectional algorithm would otherwise move to
 * the wrong side. A run starts and ends on a letter or digit (or an abbreviation's full stop), so sentence
 * punctuation after it stays outside.
 */
export function isolateRuns(text: string, blockDir: Direction): string {
  const chars = Array.from(text);
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] as string;
    if (!LETTER.test(ch) || directionOfLetter(ch) === blockDir) {
      out += escapeText(ch);
      i++;
      continue;
    }
    let end = i;
    for (let j = i + 1; j < chars.length; j++) {
      const c = chars[j] as string;
      if (LETTER.test(c) && directionOfLetter(c) === blockDir) break;
      if (LETTER_OR_DIGIT.test(c)) end = j;
    }
    if (chars[end + 1] === '.' && ABBREVIATION.test(chars.slice(i, end + 1).join(''))) end++;
    const run = chars.slice(i, end + 1).join('');
    out += PUNCTUATION.test(run) ? `<bdi>${escapeText(run)}</bdi>` : escapeText(run);
    i = end + 1;
  }
  return out;
}

function renderText(node: JsonNode, dir: Direction): string {
  const text = typeof node.text === 'string' ? node.text : '';
  const format = typeof node.format === 'number' ? node.format : 0;
  let html = isolateRuns(text, dir);
  for (let k = FORMAT_TAGS.length - 1; k >= 0; k--) {
    const [bit, tag] = FORMAT_TAGS[k] as [number, string];
    if (format & bit) html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

export function renderInline(node: JsonNode, dir: Direction): string {
  switch (node.type) {
    case 'text':
      return renderText(node, dir);
    case 'linebreak':
      return '<br>';
    case 'tab':
      return '\t';
    case 'link':
    case 'autolink': {
      const inner = childrenOf(node)
        .map((c) => renderInline(c, dir))
        .join('');
      const url = safeUrl(node.url);
      return url ? `<a href="${escapeAttr(url)}">${inner}</a>` : inner;
    }
    default:
      return childrenOf(node)
        .map((c) => renderInline(c, dir))
        .join('');
  }
}

function dirAttr(node: JsonNode, context: Direction): { attr: string; dir: Direction } {
  const own = blockDirection(node) ?? context;
  return { attr: own === context ? '' : ` dir="${own}"`, dir: own };
}

function renderListItem(node: JsonNode, context: Direction): string {
  const { attr, dir } = dirAttr(node, context);
  const parts = childrenOf(node).map((c) => (c.type === 'list' ? renderBlock(c, dir) : renderInline(c, dir)));
  return `<li${attr}>${parts.join('')}</li>`;
}

/** One top-level block; `prefix` is HTML placed at its start (the dateline leading the first paragraph). */
export function renderBlock(node: JsonNode, context: Direction, prefix = ''): string {
  const { attr, dir } = dirAttr(node, context);
  const inline = () =>
    prefix +
    childrenOf(node)
      .map((c) => renderInline(c, dir))
      .join('');
  switch (node.type) {
    case 'heading': {
      const tag = node.tag === 'h1' || node.tag === 'h2' ? 'h2' : 'h3';
      return `<${tag}${attr}>${inline()}</${tag}>`;
    }
    case 'quote':
      return `<blockquote${attr}>${inline()}</blockquote>`;
    case 'list': {
      const ordered = node.listType === 'number';
      const start =
        ordered && typeof node.start === 'number' && node.start !== 1 ? ` start="${Math.trunc(node.start)}"` : '';
      const items = childrenOf(node)
        .map((c) => renderListItem(c, dir))
        .join('');
      const tag = ordered ? 'ol' : 'ul';
      return items ? `<${tag}${attr}${start}>${items}</${tag}>` : '';
    }
    default: {
      const html = inline();
      return html.trim() ? `<p${attr}>${html}</p>` : '';
    }
  }
}
