/**
 * Block-level edits the toolbar and the shortcuts share: paragraph style and per-paragraph direction.
 * Functions named `$…` run inside `editor.update()`/`editor.read()`, as in Lexical.
 */
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $isListNode } from '@lexical/list';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $getSelection, $isElementNode, $isRangeSelection, type ElementNode } from 'lexical';

export const BLOCK_TYPES = ['paragraph', 'h2', 'h3', 'quote'] as const;
export type BlockType = (typeof BLOCK_TYPES)[number] | 'ol' | 'ul';

export const DIRECTIONS = ['auto', 'rtl', 'ltr'] as const;
export type Direction = (typeof DIRECTIONS)[number];

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
  $setBlocksType<ElementNode>(selection, create, (from, to) => to.setDirection(from.getDirection()));
}

export function $setDirection(direction: Direction): void {
  for (const block of $selectedBlocks()) block.setDirection(direction === 'auto' ? null : direction);
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
  return { type, direction: block.getDirection() ?? 'auto' };
}

/** auto → rtl → ltr → auto: the direction shortcut. */
export function nextDirection(direction: Direction): Direction {
  return DIRECTIONS[(DIRECTIONS.indexOf(direction) + 1) % DIRECTIONS.length]!;
}
