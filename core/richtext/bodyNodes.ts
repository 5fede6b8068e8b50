/**
 * Lexical nodes from outside (the clipboard's `application/x-lexical-editor`, which any web page can set from
 * its copy handler) rebuilt as the body's own: paragraphs, h2/h3, quotes, lists, links, line breaks and text
 * with the formats the toolbar sets. Nothing is copied over as it came: every node is made anew from the few
 * fields we read, so styles (`font-size:0`), pending suggestions, comment marks, figures, foreign node types
 * and unsafe link addresses cannot ride along. Suggestions and marks give up their text as plain text (what
 * the person saw when copying); anything nested deeper than the body allows is flattened to its text, by a
 * loop, never by recursion a hostile depth could overflow.
 */
import { heading, lineBreak, link, list, paragraph, quote, textNode } from '../exchange/lexicalBuild';
import { jsonTooDeepAt } from '../exchange/jsonText';
import type { JsonNode } from '../exchange/lexicalHtml';
import { validLinkUrl } from './linkUrl';

/** Bold, italic, strikethrough, underline, code, subscript, superscript: the formats the editor writes. */
const FORMAT_MASK = 1 | 2 | 4 | 8 | 16 | 32 | 64;
/** Element levels kept inside one block (a link in a block, a list in a list item…); deeper becomes text. */
const MAX_INLINE_DEPTH = 8;
/** Lists nested in lists: deeper items join their parent item's text. */
const MAX_LIST_DEPTH = 4;
/** JSON levels in a clipboard's Lexical state: a body needs far fewer (each element is two: object, children). */
const CLIPBOARD_JSON_DEPTH = 200;
/** Nodes read from one paste; the rest is left out (a body is far smaller). */
const MAX_NODES = 200_000;

const isNode = (value: unknown): value is JsonNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const childrenOf = (node: JsonNode): unknown[] => (Array.isArray(node.children) ? node.children : []);

interface Budget {
  left: number;
}

/** A subtree's text, read with an explicit stack: safe at any depth. Line breaks stay spaces. */
function flatText(root: JsonNode, budget: Budget): string {
  const parts: string[] = [];
  const stack: unknown[] = [root];
  while (stack.length && budget.left-- > 0) {
    const node = stack.pop();
    if (!isNode(node)) continue;
    if (typeof node.text === 'string' && node.type === 'text') parts.push(node.text);
    else if (node.type === 'linebreak' || node.type === 'tab') parts.push(' ');
    const kids = childrenOf(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return parts.join('');
}

function cleanText(node: JsonNode): JsonNode | null {
  if (typeof node.text !== 'string' || node.text === '') return null;
  const format = typeof node.format === 'number' && Number.isInteger(node.format) ? node.format & FORMAT_MASK : 0;
  return textNode(node.text, format);
}

/** Inline content: text, line breaks and links; every other element gives up its children. */
function cleanInline(nodes: unknown[], depth: number, budget: Budget): JsonNode[] {
  const out: JsonNode[] = [];
  for (const node of nodes) {
    if (!isNode(node) || budget.left-- <= 0) continue;
    if (node.type === 'text') {
      const text = cleanText(node);
      if (text) out.push(text);
    } else if (node.type === 'linebreak') out.push(lineBreak());
    else if (node.type === 'tab') out.push(textNode('\t'));
    else if (!Array.isArray(node.children))
      continue; // a foreign leaf (a figure, an image…)
    else if (depth >= MAX_INLINE_DEPTH) {
      const text = flatText(node, budget);
      if (text) out.push(textNode(text));
    } else {
      const inner = cleanInline(node.children, depth + 1, budget);
      const url = node.type === 'link' || node.type === 'autolink' ? validLinkUrl(node.url) : null;
      // A link inside a link is not something the editor makes: the inner one gives up its address.
      const nested = inner.some((n) => n.type === 'link');
      if (url && inner.length && !nested) out.push(link(url, inner));
      else out.push(...inner);
    }
  }
  return out;
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'root']);

function headingTag(tag: unknown): 'h2' | 'h3' {
  // h1 is the headline's; h4–h6 fold into h3 as the toolbar offers only two levels.
  return tag === 'h1' || tag === 'h2' ? 'h2' : 'h3';
}

function withDirection(block: JsonNode, from: JsonNode): JsonNode {
  if (from.direction === 'rtl' || from.direction === 'ltr') block.direction = from.direction;
  return block;
}

function listItem(children: JsonNode[], value: number): JsonNode {
  return { children, direction: null, format: '', indent: 0, type: 'listitem', version: 1, value };
}

/** A list in order; Lexical nests a list in an item of its own. Lists nested past the bound become text. */
function cleanList(node: JsonNode, depth: number, budget: Budget): JsonNode {
  const built = list(node.listType === 'number', []);
  const items = built.children as JsonNode[];
  for (const item of childrenOf(node)) {
    if (!isNode(item) || budget.left-- <= 0) continue;
    const inline: unknown[] = [];
    for (const child of childrenOf(item)) {
      if (isNode(child) && child.type === 'list' && depth < MAX_LIST_DEPTH) {
        const inner = cleanList(child, depth + 1, budget);
        if ((inner.children as JsonNode[]).length) items.push(listItem([inner], items.length + 1));
      } else inline.push(child);
    }
    const content = cleanInline(inline, 1, budget);
    if (content.length) items.push(listItem(content, items.length + 1));
  }
  return withDirection(built, node);
}

function cleanBlock(node: JsonNode, budget: Budget): JsonNode[] {
  switch (node.type) {
    case 'paragraph':
      return [withDirection(paragraph(cleanInline(childrenOf(node), 1, budget)), node)];
    case 'heading':
      return [withDirection(heading(headingTag(node.tag), cleanInline(childrenOf(node), 1, budget)), node)];
    case 'quote':
      return [withDirection(quote(cleanInline(childrenOf(node), 1, budget)), node)];
    case 'list':
      return [cleanList(node, 1, budget)];
    default: {
      // The root, or a foreign block: its content as paragraphs, so the text is not lost.
      const text = flatText(node, budget);
      return text.trim() ? [paragraph([textNode(text)])] : [];
    }
  }
}

/**
 * The pasted nodes rebuilt: blocks stay blocks, inline runs stay inline (a copy from inside one paragraph
 * pastes into the paragraph at the caret). Accepts anything; returns only what the editor itself would make.
 */
export function cleanBodyNodes(nodes: unknown): JsonNode[] {
  if (!Array.isArray(nodes)) return [];
  const budget: Budget = { left: MAX_NODES };
  const out: JsonNode[] = [];
  let inlineRun: unknown[] = [];
  const flushInline = () => {
    out.push(...cleanInline(inlineRun, 0, budget));
    inlineRun = [];
  };
  for (const node of nodes) {
    if (!isNode(node)) continue;
    if (typeof node.type === 'string' && BLOCK_TYPES.has(node.type)) {
      flushInline();
      out.push(...cleanBlock(node, budget));
    } else inlineRun.push(node);
  }
  flushInline();
  return out;
}

/** The clipboard's Lexical JSON (`{namespace, nodes}`) as clean body nodes, or null when it is not that. */
export function cleanClipboardLexical(json: string): JsonNode[] | null {
  // A body is far smaller; a larger clipboard is not worth parsing.
  if (json.length > 16 * 1024 * 1024) return null;
  // Nesting no body needs is refused before JSON.parse spends seconds on it; the HTML beside it is used instead.
  if (jsonTooDeepAt(json, CLIPBOARD_JSON_DEPTH) >= 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isNode(value) || !Array.isArray(value.nodes)) return null;
  return cleanBodyNodes(value.nodes);
}
