/**
 * Suggesting mode's edits on Lexical's nodes: typed text goes into an insertion suggestion (the author's own
 * one next to the caret grows; otherwise a new one starts), and deleted text is wrapped in a deletion
 * suggestion instead of going away. Which piece becomes what is decided by core/review/suggesting.ts.
 * Every function here runs inside an editor update (the `$` prefix).
 */
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $isLineBreakNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical';
import {
  deletionAction,
  insertedPieces,
  isOwnDeletion,
  isOwnInsertion,
  newSuggestionMark,
} from '../../core/review/suggesting';
import type { Profile } from '../../core/settings/schema';
import { $createSuggestionNode, $isSuggestionNode, type SuggestionNode } from './SuggestionNode';

/** Which end of the affected text the caret lands on: before it (Backspace) or after it (Delete, typing over). */
export type CaretSide = 'start' | 'end';

/** The suggestion nodes around `node`, innermost first (including `node` itself when it is one). */
function $suggestionsAround(node: LexicalNode): SuggestionNode[] {
  const found: SuggestionNode[] = [];
  for (let at: LexicalNode | null = node; at; at = at.getParent()) if ($isSuggestionNode(at)) found.push(at);
  return found;
}

function $outermostDeletion(node: LexicalNode): SuggestionNode | undefined {
  return $suggestionsAround(node)
    .filter((s) => s.getMark().kind === 'delete')
    .at(-1);
}

const isLeaf = (node: LexicalNode) => $isTextNode(node) || $isLineBreakNode(node);

function $actionFor(leaf: LexicalNode, author: Profile) {
  return deletionAction(
    $suggestionsAround(leaf).map((s) => s.getMark()),
    author,
  );
}

function $caretBefore(node: LexicalNode): void {
  const prev = node.getPreviousSibling();
  if ($isTextNode(prev)) {
    const end = prev.getTextContentSize();
    prev.select(end, end);
    return;
  }
  const index = node.getIndexWithinParent();
  node.getParentOrThrow().select(index, index);
}

function $caretAfter(node: LexicalNode): void {
  if ($isTextNode(node)) {
    const end = node.getTextContentSize();
    node.select(end, end);
    return;
  }
  const next = node.getNextSibling();
  if ($isTextNode(next)) {
    next.select(0, 0);
    return;
  }
  const index = node.getIndexWithinParent() + 1;
  node.getParentOrThrow().select(index, index);
}

/**
 * Where typed text goes: the caret's place as (element, child index), splitting a text node when the caret
 * is inside one, and never inside text already suggested for deletion (the caret goes after it instead).
 */
function $insertionPoint(selection: RangeSelection, author: Profile): { parent: ElementNode; index: number } {
  const { anchor } = selection;
  let parent: ElementNode;
  let index: number;
  const node = anchor.getNode();
  if (anchor.type === 'text' && $isTextNode(node)) {
    parent = node.getParentOrThrow();
    if (anchor.offset === 0) index = node.getIndexWithinParent();
    else if (anchor.offset >= node.getTextContentSize()) index = node.getIndexWithinParent() + 1;
    else index = (node.splitText(anchor.offset)[0] ?? node).getIndexWithinParent() + 1;
  } else {
    parent = node as ElementNode;
    index = anchor.offset;
  }
  const deletion = $outermostDeletion(parent);
  if (deletion) return { parent: deletion.getParentOrThrow(), index: deletion.getIndexWithinParent() + 1 };
  // Inside someone else's insertion, typing goes beside it rather than into it, splitting it in two
  // halves with the same id (one suggestion may span several nodes), so each person's words stay theirs.
  while ($isSuggestionNode(parent) && !isOwnInsertion(parent.getMark(), author)) {
    const other: SuggestionNode = parent;
    if (index > 0 && index < other.getChildrenSize()) {
      const tail = $createSuggestionNode(other.getMark());
      other.insertAfter(tail);
      tail.append(...other.getChildren().slice(index));
    }
    parent = other.getParentOrThrow();
    index = other.getIndexWithinParent() + (index > 0 ? 1 : 0);
  }
  if ($isRootOrShadowRoot(parent)) {
    const paragraph = $createParagraphNode();
    parent.splice(index, 0, [paragraph]);
    return { parent: paragraph, index: 0 };
  }
  return { parent, index };
}

/** Inserts `text` at the selection as the author's suggestion; a selection is first suggested for deletion. */
export function $suggestInsert(text: string, author: Profile, now: Date): void {
  const pieces = insertedPieces(text);
  const typedOver = $getSelection();
  if (pieces.length === 0 || !$isRangeSelection(typedOver)) return;
  if (!typedOver.isCollapsed()) $suggestDeleteRange(typedOver, author, now, 'end');
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const { anchor } = selection;
  const only = pieces.length === 1 ? pieces[0] : undefined;
  const anchorNode = anchor.getNode();
  // The common case, a key typed inside one's own insertion: grow the text node itself, so Lexical's
  // history merges the run of keys into one undo step.
  if (
    only?.kind === 'text' &&
    anchor.type === 'text' &&
    $isTextNode(anchorNode) &&
    anchorNode.getFormat() === selection.format &&
    anchorNode.getStyle() === selection.style
  ) {
    const parent = anchorNode.getParent();
    if ($isSuggestionNode(parent) && isOwnInsertion(parent.getMark(), author)) {
      anchorNode.spliceText(anchor.offset, 0, only.text, true);
      return;
    }
  }
  const nodes = pieces.map((piece) =>
    piece.kind === 'break'
      ? $createLineBreakNode()
      : $createTextNode(piece.text).setFormat(selection.format).setStyle(selection.style),
  );
  const { parent, index } = $insertionPoint(selection, author);
  const before = parent.getChildAtIndex(index - 1);
  const after = parent.getChildAtIndex(index);
  if ($isSuggestionNode(parent) && isOwnInsertion(parent.getMark(), author)) parent.splice(index, 0, nodes);
  else if ($isSuggestionNode(before) && isOwnInsertion(before.getMark(), author)) before.append(...nodes);
  else if ($isSuggestionNode(after) && isOwnInsertion(after.getMark(), author)) after.splice(0, 0, nodes);
  else
    parent.splice(index, 0, [
      $createSuggestionNode(newSuggestionMark('insert', author, crypto.randomUUID(), now)).append(...nodes),
    ]);
  const last = nodes.at(-1);
  if (last) $caretAfter(last);
}

/** Wraps `leaf` in a deletion, joining the author's deletion just before it when there is one. */
function $wrapInDeletion(leaf: LexicalNode, wrapper: () => SuggestionNode, author: Profile): SuggestionNode {
  const prev = leaf.getPreviousSibling();
  if ($isSuggestionNode(prev) && isOwnDeletion(prev.getMark(), author)) {
    prev.append(leaf);
    return prev;
  }
  const created = wrapper();
  leaf.insertBefore(created);
  created.append(leaf);
  return created;
}

/** A deletion that ends where the author's earlier deletion starts (Backspace after Backspace) joins it. */
function $joinNextDeletion(deletion: SuggestionNode, author: Profile): void {
  if (!deletion.isAttached()) return;
  const next = deletion.getNextSibling();
  if (!$isSuggestionNode(next) || !isOwnDeletion(next.getMark(), author)) return;
  const first = next.getFirstChild();
  for (const child of deletion.getChildren()) {
    if (first) first.insertBefore(child);
    else next.append(child);
  }
  deletion.remove();
}

function $collapseTo(selection: RangeSelection, point: PointType): void {
  const { key, offset, type } = point;
  selection.anchor.set(key, offset, type);
  selection.focus.set(key, offset, type);
}

/** Suggests deleting the selected text: own pending insertions really go, the rest is marked. */
export function $suggestDeleteRange(selection: RangeSelection, author: Profile, now: Date, side: CaretSide): void {
  if (selection.isCollapsed()) return;
  const mark = newSuggestionMark('delete', author, crypto.randomUUID(), now);
  const touched = new Set<SuggestionNode>();
  const leaves = selection.extract().filter(isLeaf);
  for (const leaf of leaves) {
    const action = $actionFor(leaf, author);
    if (action === 'remove') leaf.remove();
    else if (action === 'mark') touched.add($wrapInDeletion(leaf, () => $createSuggestionNode(mark), author));
  }
  for (const deletion of touched) $joinNextDeletion(deletion, author);
  const [start, end] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  $collapseTo(selection, side === 'start' ? start : end);
  // The caret never rests inside text suggested for deletion: typing there would be lost on acceptance.
  const deletion = $outermostDeletion(selection.anchor.getNode());
  if (deletion) {
    if (side === 'start') $caretBefore(deletion);
    else $caretAfter(deletion);
  }
}

/** The leaves a range covers at least one character of (as `extract` would cut them, without cutting). */
function $coveredLeaves(selection: RangeSelection): LexicalNode[] {
  const nodes = selection.getNodes().filter(isLeaf);
  const [start, end] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  const first = nodes[0];
  if (first && start.type === 'text' && first.getKey() === start.key && start.offset >= first.getTextContentSize())
    nodes.shift();
  const last = nodes.at(-1);
  if (last && end.type === 'text' && last.getKey() === end.key && end.offset === 0) nodes.pop();
  return nodes;
}

/**
 * Backspace, Delete and their word and line forms from a caret: the selection grows by one unit at a time
 * over text already suggested for deletion until it covers something to delete, then that is suggested.
 * At a paragraph's edge the caret just moves over the break: a suggestion cannot join two paragraphs.
 */
export function $suggestDeleteFromCaret(
  selection: RangeSelection,
  isBackward: boolean,
  unit: 'character' | 'word' | 'lineboundary',
  author: Profile,
  now: Date,
): void {
  const block = (point: PointType) => point.getNode().getTopLevelElement()?.getKey();
  const startBlock = block(selection.anchor);
  for (let step = 0; step < 10_000; step++) {
    selection.modify('extend', isBackward, unit);
    if (selection.isCollapsed()) return;
    const leaves = $coveredLeaves(selection);
    if (leaves.length === 0 || block(selection.focus) !== startBlock) {
      $collapseTo(selection, selection.focus);
      return;
    }
    if (leaves.some((leaf) => $actionFor(leaf, author) !== 'keep')) break;
  }
  $suggestDeleteRange(selection, author, now, isBackward ? 'start' : 'end');
}
