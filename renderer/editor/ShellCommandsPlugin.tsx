/**
 * The desktop menus' editor commands inside the body: bold, italic, underline, and switching the
 * direction of the selected paragraphs (a paragraph with no stored direction follows its first strong
 * letter; the switch stores the opposite of what it shows now).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isElementNode, $isRangeSelection, FORMAT_TEXT_COMMAND, type ElementNode } from 'lexical';
import { useShellCommand } from '../shell/useShellCommand';

function $topBlocksInSelection(): ElementNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const blocks = new Map<string, ElementNode>();
  for (const node of selection.getNodes()) {
    const top = node.getTopLevelElement();
    if (top && $isElementNode(top)) blocks.set(top.getKey(), top);
  }
  const anchor = selection.anchor.getNode().getTopLevelElement();
  if (anchor && $isElementNode(anchor)) blocks.set(anchor.getKey(), anchor);
  return [...blocks.values()];
}

export function ShellCommandsPlugin() {
  const [editor] = useLexicalComposerContext();
  useShellCommand((command) => {
    if (command === 'format-bold') editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold');
    else if (command === 'format-italic') editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic');
    else if (command === 'format-underline') editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline');
    else if (command === 'toggle-paragraph-direction') {
      editor.update(() => {
        for (const block of $topBlocksInSelection()) {
          const shown = editor.getElementByKey(block.getKey());
          const current = block.getDirection() ?? (shown ? getComputedStyle(shown).direction : 'rtl');
          block.setDirection(current === 'rtl' ? 'ltr' : 'rtl');
        }
      });
    }
  });
  return null;
}
