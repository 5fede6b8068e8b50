/** The few things the HTML importer asks of parse5's tree, typed once. */
import { parse, parseFragment } from 'parse5';
import { IMPORT_LIMITS } from './limits';
import { htmlTooDeepAt } from './htmlDepth';
import { importFailed } from './importError';

export interface HNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: HNode[];
  content?: HNode;
}

/**
 * Tags nested this deep in the tag stream are refused before parse5 sees them (it slows with the square of
 * the depth); the stream's count errs high, so it is kept well above the tree's own bound, checked later.
 */
export const HTML_TAG_STREAM_DEPTH = 16 * IMPORT_LIMITS.htmlDepth;

function checkTagDepth(html: string, fileName: string): void {
  if (htmlTooDeepAt(html, HTML_TAG_STREAM_DEPTH) >= 0)
    throw importFailed(fileName, { at: 'nesting' }, { problem: 'html_too_deep', limit: IMPORT_LIMITS.htmlDepth });
}

export function parseDocument(html: string, fileName: string): HNode {
  checkTagDepth(html, fileName);
  return parse(html) as unknown as HNode;
}

export function parseHtmlFragment(html: string, fileName: string): HNode {
  checkTagDepth(html, fileName);
  return parseFragment(html) as unknown as HNode;
}

export function attr(node: HNode, name: string): string | null {
  return node.attrs?.find((a) => a.name === name)?.value ?? null;
}

export function hasClass(node: HNode, cls: string): boolean {
  return (attr(node, 'class') ?? '').split(/\s+/).includes(cls);
}

export function kids(node: HNode): HNode[] {
  return node.childNodes ?? [];
}

/** Every element under `node` in document order, no deeper than the import bound (blocksOf refuses deeper). */
export function* elements(node: HNode, depth = 0): Generator<HNode> {
  if (depth > IMPORT_LIMITS.htmlDepth) return;
  for (const child of kids(node)) {
    if (child.tagName) {
      yield child;
      yield* elements(child, depth + 1);
    }
  }
}

export function find(node: HNode, test: (n: HNode) => boolean): HNode | null {
  for (const el of elements(node)) if (test(el)) return el;
  return null;
}

export function textContent(node: HNode): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.tagName === 'script' || node.tagName === 'style') return '';
  return kids(node).map(textContent).join('');
}

export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
