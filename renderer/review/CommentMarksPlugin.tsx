/**
 * Comment anchors in the body: wrapping the selection in an @lexical/mark node that carries the thread's
 * id (so the anchor moves with the text as it is edited around), and selecting a thread's text again.
 * The screen reaches it through `handle`, as the panel sits outside the editor.
 */
import { useImperativeHandle, type RefObject } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isMarkNode, $wrapSelectionInMarkNode } from '@lexical/mark';
import { $getRoot, $getSelection, $isElementNode, $isRangeSelection, type LexicalNode } from 'lexical';

export interface CommentMarksHandle {
  /** Wraps the selected text in a mark for `id`; returns the quoted text, or null when nothing is selected. */
  wrapSelection: (id: string) => string | null;
  /** Selects the text of the mark for `id`; false when it is gone (the thread is detached). */
  selectMark: (id: string) => boolean;
}

function $findMark(node: LexicalNode, id: string): LexicalNode | null {
  if ($isMarkNode(node) && node.hasID(id)) return node;
  if ($isElementNode(node)) {
    for (const child of node.getChildren()) {
      const found = $findMark(child, id);
      if (found) return found;
    }
  }
  return null;
}

export function CommentMarksPlugin({ handle }: { handle: RefObject<CommentMarksHandle | null> }) {
  const [editor] = useLexicalComposerContext();
  // The screen's handle to the marks; React sets it while this plugin is on the page and clears it after.
  useImperativeHandle(
    handle,
    () => ({
      wrapSelection: (id) => {
        let quote: string | null = null;
        editor.update(
          () => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection) || selection.isCollapsed()) return;
            quote = selection.getTextContent();
            $wrapSelectionInMarkNode(selection, selection.isBackward(), id);
          },
          { discrete: true },
        );
        return quote;
      },
      selectMark: (id) => {
        let found = false;
        editor.update(() => {
          const mark = $findMark($getRoot(), id);
          if (mark && $isElementNode(mark)) {
            mark.select(0, mark.getChildrenSize());
            found = true;
          }
        });
        if (found) editor.focus();
        return found;
      },
    }),
    [editor],
  );
  return null;
}
