/**
 * What the screen needs to hear from the body: that it changed (the screen serialises it only when it
 * saves), its plain text for the counts (after a pause, not per keystroke), the selected text, and the
 * shortcuts Midad adds to Lexical's own.
 */
import { useEffect, useEffectEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_NORMAL,
  HISTORY_MERGE_TAG,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { shortcutFor, type ShortcutAction } from '../shortcuts';
import { $cycleDirection, $setBlockType } from './blockFormat';

export interface BodyEvents {
  /** The body changed; `editor` reads its current state when the save happens. */
  onChange: (editor: LexicalEditor) => void;
  /** The body's plain text, a short pause after typing stops. */
  onText: (text: string) => void;
  /** The selected text ('' for a caret). */
  onSelectionText: (text: string) => void;
  /** A shortcut that belongs to the screen (link form, save). */
  onShortcut: (action: ShortcutAction) => void;
}

const TEXT_PAUSE_MS = 400;

export function BodyEventsPlugin(events: BodyEvents) {
  const [editor] = useLexicalComposerContext();
  // The listeners are registered once per editor; each event reaches the handlers of the latest render.
  const latest = useEffectEvent(() => events);

  useEffect(() => {
    let textTimer: ReturnType<typeof setTimeout> | null = null;
    let lastSelection = '';
    const readText = () => {
      textTimer = null;
      latest().onText(editor.getEditorState().read(() => $getRoot().getTextContent()));
    };
    readText();
    return mergeRegister(
      editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
        // Lexical tags the states it sets itself (loading the article) as history-merge: not an edit, so
        // not a save; opening an article must not make a new version of it (as Lexical's OnChangePlugin).
        const contentChanged = (dirtyElements.size > 0 || dirtyLeaves.size > 0) && !tags.has(HISTORY_MERGE_TAG);
        if (contentChanged && !prevEditorState.isEmpty()) {
          latest().onChange(editor);
          if (textTimer) clearTimeout(textTimer);
          textTimer = setTimeout(readText, TEXT_PAUSE_MS);
        }
        const selected = editorState.read(() => {
          const selection = $getSelection();
          return $isRangeSelection(selection) && !selection.isCollapsed() ? selection.getTextContent() : '';
        });
        if (selected !== lastSelection) {
          lastSelection = selected;
          latest().onSelectionText(selected);
        }
      }),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const action = shortcutFor(event);
          // Undo and redo: the page takes these keys first; any that get here go on to Lexical's binding,
          // whose command BodyHistoryPlugin hands to the article's history.
          if (!action || action === 'undo' || action === 'redo') return false;
          event.preventDefault();
          if (action === 'direction') {
            editor.update($cycleDirection);
          } else if (action === 'h2' || action === 'h3' || action === 'paragraph') {
            editor.update(() => $setBlockType(action));
          } else {
            latest().onShortcut(action);
          }
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
      () => {
        if (textTimer) clearTimeout(textTimer);
      },
    );
  }, [editor]);
  return null;
}
