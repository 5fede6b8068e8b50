/** Building Lexical's serialised nodes (the shapes Lexical 0.52 writes) for importers. */
import type { LexicalState } from '../article/schema';
import type { JsonNode } from './lexicalHtml';

export function textNode(text: string, format = 0): JsonNode {
  return { detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1 };
}

export const lineBreak = (): JsonNode => ({ type: 'linebreak', version: 1 });

function element(type: string, children: JsonNode[], extra: JsonNode = {}): JsonNode {
  return { children, direction: null, format: '', indent: 0, type, version: 1, ...extra };
}

export const paragraph = (children: JsonNode[]): JsonNode =>
  element('paragraph', children, { textFormat: 0, textStyle: '' });
export const heading = (tag: 'h2' | 'h3', children: JsonNode[]): JsonNode => element('heading', children, { tag });
export const quote = (children: JsonNode[]): JsonNode => element('quote', children);
export const link = (url: string, children: JsonNode[]): JsonNode =>
  element('link', children, { rel: null, target: null, title: null, url });

export function list(ordered: boolean, items: JsonNode[][]): JsonNode {
  return element(
    'list',
    items.map((children, i) => element('listitem', children, { value: i + 1 })),
    { listType: ordered ? 'number' : 'bullet', start: 1, tag: ordered ? 'ol' : 'ul' },
  );
}

export function stateOf(blocks: JsonNode[]): LexicalState {
  return { root: element('root', blocks.length ? blocks : [paragraph([])]) as LexicalState['root'] };
}

/** Removes the first `count` characters of a paragraph's text (a dateline now held in its own field). */
export function dropLeadingText(block: JsonNode, count: number): void {
  let left = count;
  const kids = block.children as JsonNode[];
  while (left > 0 && kids.length) {
    const first = kids[0] as JsonNode;
    const text = typeof first.text === 'string' ? first.text : null;
    if (text === null) {
      if (first.type === 'linebreak') left--;
      kids.shift();
      continue;
    }
    if (text.length <= left) {
      left -= text.length;
      kids.shift();
    } else {
      first.text = text.slice(left);
      left = 0;
    }
  }
  const first = kids[0];
  if (first && typeof first.text === 'string') first.text = first.text.trimStart();
}
