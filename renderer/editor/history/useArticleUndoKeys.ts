/**
 * Every way of asking for undo or redo on the editing screen, sent to the article's one history: the keys
 * (Mod+Z, Mod+Shift+Z, Ctrl+Y) anywhere on the page but in a box of its own (the link form's address), the
 * browser's history input events, and the desktop menu's Undo and Redo. The page's listeners capture, so
 * they come before Lexical's and the boxes' own handling.
 *
 * The browser keeps one undo stack for the whole page, so its own undo, asked for in a box outside the
 * article (the byline, a comment), can reach into a headline or caption typed earlier: that is refused
 * here, since those fields' steps belong to this history.
 */
import { useEffect, type RefObject } from 'react';
import { useShellCommand } from '../../shell/useShellCommand';
import { historyActionFor } from '../shortcuts';
import type { ArticleHistory } from './articleHistory';

/** A text box or editable area that keeps its own browser undo: anything editable the history does not hold. */
function ownsUndo(el: Element | null, history: ArticleHistory, page: HTMLElement | null): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return !history.has(el.id);
  return el instanceof HTMLElement && el.isContentEditable && !page?.contains(el);
}

export function useArticleUndoKeys(page: RefObject<HTMLElement | null>, history: ArticleHistory): void {
  useEffect(() => {
    const el = page.current;
    if (!el) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = event.isComposing ? null : historyActionFor(event);
      if (!action || ownsUndo(event.target as Element, history, el)) return;
      event.preventDefault();
      event.stopPropagation();
      history[action]();
    };
    const onBeforeInput = (event: InputEvent) => {
      if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
      if (ownsUndo(event.target as Element, history, el)) return;
      event.preventDefault();
      event.stopPropagation();
      // Asked for from outside the article (the browser's undo reaching in from another box): not this history's.
      if (!el.contains(document.activeElement)) return;
      history[event.inputType === 'historyUndo' ? 'undo' : 'redo']();
    };
    el.addEventListener('keydown', onKeyDown, true);
    el.addEventListener('beforeinput', onBeforeInput, true);
    return () => {
      el.removeEventListener('keydown', onKeyDown, true);
      el.removeEventListener('beforeinput', onBeforeInput, true);
    };
  }, [page, history]);

  useShellCommand((command) => {
    if (command !== 'undo' && command !== 'redo') return;
    // The menu's Undo in a box outside the article is that box's own undo, as the standard menu item would do.
    if (ownsUndo(document.activeElement, history, page.current)) document.execCommand(command);
    else history[command]();
  });
}
