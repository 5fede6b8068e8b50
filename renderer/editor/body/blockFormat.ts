/**
 * Block-level edits the toolbar and the shortcuts share: paragraph style and per-paragraph direction.
 * Functions named `$…` run inside `editor.update()`/`editor.read()`, as in Lexical.
 */
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $isListNode } from '@lexical/list';
import { $setBlocksType } from '@lexical/selection';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $getState,
  $isElementNode,
  $isRangeSelection,
  $setState,
  createState,
  type ElementNode,
} from 'lexical';

export const BLOCK_TYPES = ['paragraph', 'h2', 'h3', 'quote'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number] | 'ol' | 'ul';

/**
 * A paragraph's direction: `article` (none of its own: the article's, set on the body's root), `auto` (from
 * its first strong letter, as `dir="auto"`), or fixed. The HTML and ninjs exports read the same values
 * (core/exchange/lexicalHtml.ts), so the editor and every export agree.
 */
export const DIRECTIONS = ['article', 'rtl', 'ltr', 'auto'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * Lexical keeps only rtl, ltr or none as an element's direction (anything else is dropped when a body is
 * loaded), so `auto` is a state of its own, serialised on the block as `"$": { "dir": "auto" }`.
 */
export const autoDirection = createState('dir', { parse: (v) => (v === 'auto' ? 'auto' : null) });

export function $blockDirection(block: ElementNode): Direction {
  return block.getDirection() ?? ($getState(block, autoDirection) === 'auto' ? 'auto' : 'article');
}

function $applyDirection(block: ElementNode, direction: Direction): void {
  block.setDirection(direction === 'rtl' || direction === 'ltr' ? direction : null);
  $setState(block, autoDirection, direction === 'auto' ? 'auto' : null);
}

/** The top-level blocks the selection touches: a direction belongs to a whole paragraph (or list). */
function $selectedBlocks(): ElementNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const blocks = new Map<string, ElementNode>();
  for (const node of selection.getNodes()) {
    const top = node.getTopLevelElement();
    if ($isElementNode(top)) blocks.set(top.getKey(), top);
  }
  return [...blocks.values()];
}

export function $setBlockType(type: (typeof BLOCK_TYPES)[number]): void {
  const selection = $getSelection();
  const create: () => ElementNode = {
    paragraph: () => $createParagraphNode(),
    h2: () => $createHeadingNode('h2'),
    h3: () => $createHeadingNode('h3'),
    quote: () => $createQuoteNode(),
  }[type];
  // The new block keeps the old one's direction override.
  $setBlocksType<ElementNode>(selection, create, (from, to) => $applyDirection(to, $blockDirection(from)));
}

export function $setDirection(direction: Direction): void {
  for (const block of $selectedBlocks()) $applyDirection(block, direction);
}

export function $currentBlock(): { type: BlockType; direction: Direction } | null {
  const block = $selectedBlocks()[0];
  if (!block) return null;
  const type: BlockType = $isHeadingNode(block)
    ? block.getTag() === 'h3' || block.getTag() === 'h4'
      ? 'h3'
      : 'h2'
    : $isQuoteNode(block)
      ? 'quote'
      : $isListNode(block)
        ? block.getListType() === 'number'
          ? 'ol'
          : 'ul'
        : 'paragraph';
  return { type, direction: $blockDirection(block) };
}

/**
 * The direction shortcut: the article's → the other way → the article's way, fixed → automatic → the
 * article's. The other way comes first so that the first press always shows: an English paragraph in an
 * Arabic story is one press away (fixing the article's own way first changed nothing on screen).
 */
export function nextDirection(direction: Direction, article: 'rtl' | 'ltr'): Direction {
  const cycle: Direction[] = ['article', article === 'rtl' ? 'ltr' : 'rtl', article, 'auto'];
  return cycle[(cycle.indexOf(direction) + 1) % cycle.length]!;
}

/** The shortcut's next direction for the selected paragraphs (the root carries the article's direction). */
export function $cycleDirection(): void {
  const article = $getRoot().getDirection() === 'ltr' ? 'ltr' : 'rtl';
  $setDirection(nextDirection($currentBlock()?.direction ?? 'article', article));
}
