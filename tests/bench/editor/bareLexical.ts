/** The bench's baseline: Lexical's rich text with the same nodes and no plugins at all (no history, no React). */
import { createEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { LinkNode } from '@lexical/link';

const editor = createEditor({
  namespace: 'bare',
  nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode],
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(document.getElementById('editor'));
registerRichText(editor);
void fetch('./state.json')
  .then((r) => r.text())
  .then((json) => {
    editor.setEditorState(editor.parseEditorState(json));
    document.body.dataset.ready = 'true';
  });
