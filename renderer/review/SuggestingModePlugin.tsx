/**
 * Suggesting mode: while it is on, the body's text-changing commands are taken before Lexical's rich-text
 * handlers and turned into suggestions stamped with the profile (suggestingEdits.ts). Typing, Enter, paste
 * and drop insert; Backspace, Delete, their word and line forms, cut and drag delete. Everything runs in
 * ordinary editor updates, so Lexical's history undoes and redoes suggestions like any edit. Formatting
 * and paragraph style are not tracked. The root carries `data-suggesting` so the page can show the mode.
 */
import { useEffect } from 'react';
import { fromFigureBox } from '../editor/body/figureBoxEvent';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { copyToClipboard } from '@lexical/clipboard';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  BEFORE_INPUT_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_HIGH,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  type LexicalEditor,
} from 'lexical';
import type { Profile } from '../../core/settings/schema';
import { $suggestDeleteFromCaret, $suggestDeleteRange, $suggestInsert } from './suggestingEdits';

interface Props {
  /** Who is suggesting; null turns the mode off (no profile, nobody to stamp). */
  author: Profile | null;
}

/** The plain text a paste, drop or replacement carries. */
function carriedText(event: Event | string): string {
  if (typeof event === 'string') return event;
  if (event instanceof ClipboardEvent) return event.clipboardData?.getData('text/plain') ?? '';
  if (event instanceof InputEvent) return event.dataTransfer?.getData('text/plain') ?? event.data ?? '';
  return '';
}

function registerSuggesting(editor: LexicalEditor, author: Profile): () => void {
  const insert = (text: string) => {
    $suggestInsert(text, author, new Date());
    return true;
  };
  const deleteFromCaret = (isBackward: boolean, unit: 'character' | 'word' | 'lineboundary') => {
    const selection = $getSelection();
    // A figure picked as a whole is not text: suggesting cannot delete it, so nothing happens.
    if (!$isRangeSelection(selection)) return true;
    if (selection.isCollapsed()) $suggestDeleteFromCaret(selection, isBackward, unit, author, new Date());
    else $suggestDeleteRange(selection, author, new Date(), isBackward ? 'start' : 'end');
    return true;
  };
  const deleteSelection = () => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $suggestDeleteRange(selection, author, new Date(), 'start');
    return true;
  };
  return mergeRegister(
    editor.registerCommand(
      BEFORE_INPUT_COMMAND,
      (event) => {
        // Plain typing: Lexical lets the browser insert it into the DOM; here it must become a suggestion.
        if (event.inputType !== 'insertText' || !event.data || event.data.includes('\n')) return false;
        event.preventDefault();
        return insert(event.data);
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      CONTROLLED_TEXT_INSERTION_COMMAND,
      (payload) => insert(carriedText(payload)),
      COMMAND_PRIORITY_HIGH,
    ),
    // A suggestion sits inside one paragraph, so Enter suggests a line break rather than a new paragraph.
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => insert('\n'), COMMAND_PRIORITY_HIGH),
    editor.registerCommand(INSERT_LINE_BREAK_COMMAND, () => insert('\n'), COMMAND_PRIORITY_HIGH),
    // Critical, to come before the paste cleaner (PastePlugin, high): a suggested paste is its plain text.
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        if (fromFigureBox(event)) return false;
        event.preventDefault();
        return insert(carriedText(event));
      },
      COMMAND_PRIORITY_CRITICAL,
    ),
    editor.registerCommand(
      DELETE_CHARACTER_COMMAND,
      (isBackward) => deleteFromCaret(isBackward, 'character'),
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      DELETE_WORD_COMMAND,
      (isBackward) => deleteFromCaret(isBackward, 'word'),
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      DELETE_LINE_COMMAND,
      (isBackward) => deleteFromCaret(isBackward, 'lineboundary'),
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(REMOVE_TEXT_COMMAND, deleteSelection, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(
      CUT_COMMAND,
      (event) => {
        if (event && fromFigureBox(event)) return false;
        void copyToClipboard(editor, event instanceof ClipboardEvent ? event : null).then(() =>
          editor.update(deleteSelection),
        );
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerRootListener((root, previous) => {
      previous?.removeAttribute('data-suggesting');
      root?.setAttribute('data-suggesting', 'true');
    }),
    () => editor.getRootElement()?.removeAttribute('data-suggesting'),
  );
}

export function SuggestingModePlugin({ author }: Props) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => (author ? registerSuggesting(editor, author) : undefined), [editor, author]);
  return null;
}
