/**
 * Every way of asking for undo or redo on the editing screen, sent to the article's one history: the keys
 * (Mod+Z, Mod+Shift+Z, Ctrl+Y) anywhere on the screen but in a box that keeps its own undo (the byline, a
 * comment, the link form's address), the browser's history input events, and the desktop menu's Undo and
 * Redo. The screen's listeners capture, so they come before Lexical's and the boxes' own handling.
 *
 * The browser keeps one undo stack for the whole page, so its own undo, asked for in one of those other
 * boxes, can reach into a headline or caption typed earlier: that is refused here, since those fields'
 * steps belong to this history.
 */
import { useEffect, type RefObject } from 'react';
import { useShellCommand } from '../../shell/useShellCommand';
import { historyActionFor } from '../shortcuts';
import type { ArticleHistory } from './articleHistory';

/** A text box that keeps the browser's own undo: one the article's history does not hold. */
function ownsUndo(el: EventTarget | null, history: ArticleHistory): boolean {
  return (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) && !history.has(el.id);
}

export function useArticleUndoKeys(screen: RefObject<HTMLElement | null>, history: ArticleHistory): void {
  useEffect(() => {
    const el = screen.current;
    if (!el) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = event.isComposing ? null : historyActionFor(event);
      if (!action || ownsUndo(event.target, history)) return;
      event.preventDefault();
      event.stopPropagation();
      history[action]();
    };
    const onBeforeInput = (event: InputEvent) => {
      if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
      if (ownsUndo(event.target, history)) return;
      event.preventDefault();
      event.stopPropagation();
      // The browser's undo reaching in from another box that has the focus: not this history's to give.
      if (ownsUndo(document.activeElement, history)) return;
      history[event.inputType === 'historyUndo' ? 'undo' : 'redo']();
    };
    el.addEventListener('keydown', onKeyDown, true);
    el.addEventListener('beforeinput', onBeforeInput, true);
    return () => {
      el.removeEventListener('keydown', onKeyDown, true);
      el.removeEventListener('beforeinput', onBeforeInput, true);
    };
  }, [screen, history]);

  useShellCommand((command) => {
    if (command !== 'undo' && command !== 'redo') return;
    // The menu's Undo in a box outside the article is that box's own undo, as the standard menu item would do.
    if (ownsUndo(document.activeElement, history)) document.execCommand(command);
    else history[command]();
  });
}
