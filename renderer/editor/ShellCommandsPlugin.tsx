/**
 * The desktop menus' editor commands inside the body: bold, italic, underline, and the paragraph direction
 * switch. They do exactly what the toolbar and the keyboard shortcuts do (body/blockFormat.ts), so a menu
 * item and its shortcut can never disagree.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { FORMAT_TEXT_COMMAND } from 'lexical';
import { useShellCommand } from '../shell/useShellCommand';
import { $cycleDirection } from './body/blockFormat';

export function ShellCommandsPlugin() {
  const [editor] = useLexicalComposerContext();
  useShellCommand((command) => {
    if (command === 'format-bold') editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold');
    else if (command === 'format-italic') editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic');
    else if (command === 'format-underline') editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline');
    else if (command === 'toggle-paragraph-direction') {
      editor.update($cycleDirection);
    }
  });
  return null;
}
