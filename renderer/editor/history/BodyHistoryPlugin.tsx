/**
 * The body as a field of the article's one history. Lexical's own history runs as HistoryPlugin would run
 * it (registerHistory: a run of typing merged into one step, the selection restored with the text); this
 * plugin tells the log each time that history pushes a new step, and answers the log's undo and redo with
 * one of Lexical's. Every UNDO_COMMAND and REDO_COMMAND the body receives (its toolbar, Lexical's own key
 * bindings, the browser's history input events) goes to the log, which picks the field whose turn it is.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, REDO_COMMAND, UNDO_COMMAND, type LexicalCommand } from 'lexical';
import { useArticleUndo } from './ArticleHistoryContext';
import { TYPING_RUN_MS } from './textHistory';

/** The body's id in the article's history (the plain boxes use their element ids). */
export const BODY_FIELD = 'body';

export function BodyHistoryPlugin() {
  const [editor] = useLexicalComposerContext();
  const { history } = useArticleUndo();

  useEffect(() => {
    const state = createEmptyHistoryState();
    /** How many undo steps the log has been told of. */
    let depth = 0;
    /** True while Lexical undoes or redoes for the log: its own stack moves, the log already knows. */
    let replaying = false;
    // Lexical merges a change into the step before when it comes within the delay of the last change, on
    // this clock. Sealing (an edit in another field came between) moves the clock on by the delay: a pause.
    let clockOffset = 0;
    const now = () => Date.now() + clockOffset;

    const stopHistory = registerHistory(editor, state, TYPING_RUN_MS, now, () => {
      const pushed = state.undoStack.length > depth;
      depth = state.undoStack.length;
      if (pushed && !replaying) history.record(BODY_FIELD);
    });

    const replay = (command: LexicalCommand<void>, stack: unknown[]): boolean => {
      if (stack.length === 0) return false;
      // Lexical leaves the page's selection alone while a figure's box has the focus, so take it back first.
      const root = editor.getRootElement();
      const active = document.activeElement;
      if (root && active instanceof HTMLElement && active !== root) active.blur();
      replaying = true;
      try {
        editor.dispatchCommand(command, undefined);
      } finally {
        replaying = false;
      }
      editor.focus();
      return true;
    };

    const toLog = (command: LexicalCommand<void>, step: () => void) =>
      editor.registerCommand(
        command,
        () => {
          if (replaying) return false; // Lexical's own handler, below this one, does the step.
          step();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      );

    return mergeRegister(
      stopHistory,
      history.register(BODY_FIELD, {
        undo: () => replay(UNDO_COMMAND, state.undoStack),
        redo: () => replay(REDO_COMMAND, state.redoStack),
        dropRedo: () => {
          state.redoStack = [];
        },
        seal: () => {
          clockOffset += TYPING_RUN_MS;
        },
      }),
      toLog(UNDO_COMMAND, () => history.undo()),
      toLog(REDO_COMMAND, () => history.redo()),
    );
  }, [editor, history]);

  return null;
}
