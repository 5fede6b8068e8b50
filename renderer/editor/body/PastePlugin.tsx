/**
 * Every paste into the body is untrusted input, whatever it claims to be. Lexical's own clipboard format
 * (`application/x-lexical-editor`) can be set by any web page's copy handler, so it is rebuilt node by node
 * (core/richtext/bodyNodes.ts) rather than trusted; HTML goes through the importers' sanitiser
 * (core/exchange/pasteHtml.ts). Either way only what the editor itself makes reaches the body; when
 * nothing of it survives, the plain text is pasted, so a paste is never silently lost.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $generateNodesFromSerializedNodes, $insertGeneratedNodes } from '@lexical/clipboard';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  type SerializedLexicalNode,
} from 'lexical';
import { cleanClipboardLexical } from '../../../core/richtext/bodyNodes';
import { pastedHtmlNodes } from '../../../core/exchange/pasteHtml';
import type { JsonNode } from '../../../core/exchange/lexicalHtml';
import { fromFigureBox } from './figureBoxEvent';

const LEXICAL_TYPE = 'application/x-lexical-editor';

/** The clipboard's content as clean body nodes: Lexical's JSON first, then HTML; null for plain text only. */
function cleanNodes(data: DataTransfer): JsonNode[] | null {
  const lexical = data.types.includes(LEXICAL_TYPE) ? cleanClipboardLexical(data.getData(LEXICAL_TYPE)) : null;
  if (lexical?.length) return lexical;
  const html = data.getData('text/html');
  if (!html) return null;
  try {
    return pastedHtmlNodes(html);
  } catch {
    return null; // the plain text beside it is pasted instead
  }
}

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
          if (!data) return false;
          const nodes = cleanNodes(data);
          // Plain text alone is Lexical's to paste; with Lexical's type present it would trust that, so not then.
          if (nodes === null && !data.types.includes(LEXICAL_TYPE)) return false;
          event.preventDefault();
          const plain = data.getData('text/plain');
          editor.update(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            if (nodes?.length) {
              const generated = $generateNodesFromSerializedNodes(nodes as unknown as SerializedLexicalNode[]);
              $insertGeneratedNodes(editor, generated, selection);
            } else if (plain) selection.insertRawText(plain);
          });
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
