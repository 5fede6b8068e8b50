/**
 * Matches of a query in the body, block by block (a match may run across bold or linked words, never across
 * paragraphs), as Lexical text points. Functions named `$…` run inside `editor.read()`/`editor.update()`.
 */
import { $getRoot, $isElementNode, $isTextNode, type ElementNode, type TextNode } from 'lexical';
import { findMatches } from '../../../core/arabic/findMatches';

export interface Point {
  node: TextNode;
  offset: number;
}
export interface BodyMatch {
  start: Point;
  end: Point;
}

/** The blocks whose children are text: paragraphs, headings, quotes, list items. */
function $textBlocks(node: ElementNode, out: ElementNode[] = []): ElementNode[] {
  for (const child of node.getChildren()) {
    if (!$isElementNode(child) || child.isInline()) continue;
    const hasText = child.getChildren().some((c) => $isTextNode(c) || ($isElementNode(c) && c.isInline()));
    if (hasText) out.push(child);
    $textBlocks(child, out);
  }
  return out;
}

function $textNodes(node: ElementNode): TextNode[] {
  return node
    .getChildren()
    .flatMap((c) => ($isTextNode(c) ? [c] : $isElementNode(c) && c.isInline() ? $textNodes(c) : []));
}

/** Each match in reading order; with `block`, only those in that block. */
export function $bodyMatches(query: string, exact: boolean, block?: ElementNode): BodyMatch[] {
  const matches: BodyMatch[] = [];
  for (const b of block ? [block] : $textBlocks($getRoot())) {
    const nodes = $textNodes(b);
    const starts: number[] = [];
    let text = '';
    for (const n of nodes) {
      starts.push(text.length);
      text += n.getTextContent();
    }
    const at = (offset: number, isEnd: boolean): Point => {
      // The node holding `offset`; an end exactly at a node's boundary stays in the earlier node.
      let i = nodes.length - 1;
      while (i > 0 && (isEnd ? starts[i]! >= offset : starts[i]! > offset)) i--;
      return { node: nodes[i]!, offset: offset - starts[i]! };
    };
    for (const m of findMatches(text, query, exact)) matches.push({ start: at(m.start, false), end: at(m.end, true) });
  }
  return matches;
}

export function $textBlocksOf(): ElementNode[] {
  return $textBlocks($getRoot());
}
