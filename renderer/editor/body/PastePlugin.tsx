/** Paste from Word or a web page: the HTML goes through sanitizePastedHtml before Lexical imports it. */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $generateNodesFromDOM } from '@lexical/html';
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from 'lexical';
import { fromFigureBox } from './figureBoxEvent';
import { sanitizePastedHtml } from './sanitizePastedHtml';

export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          // A paste into a figure's caption, credit or alt box belongs to that box (the browser's own paste).
          if (fromFigureBox(event)) return false;
          const data = event instanceof ClipboardEvent ? event.clipboardData : null;
          const html = data?.getData('text/html');
          // Lexical's own clipboard format (a copy inside Midad) and plain text need no cleaning.
          if (!data || !html || data.types.includes('application/x-lexical-editor')) return false;
          event.preventDefault();
          const clean = sanitizePastedHtml(html);
          editor.update(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, clean), selection);
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
