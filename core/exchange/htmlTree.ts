/** The few things the HTML importer asks of parse5's tree, typed once. */
import { parse, parseFragment } from 'parse5';

export interface HNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: HNode[];
  content?: HNode;
}

export function parseDocument(html: string): HNode {
  return parse(html) as unknown as HNode;
}

export function parseHtmlFragment(html: string): HNode {
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

/** Every element under `node` in document order, stopping at `depth` levels. */
export function* elements(node: HNode, depth = 0, maxDepth = 256): Generator<HNode> {
  if (depth > maxDepth) return;
  for (const child of kids(node)) {
    if (child.tagName) {
      yield child;
      yield* elements(child, depth + 1, maxDepth);
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
