/**
 * Lays out a block whose direction is `auto` (body/blockFormat.ts) with `dir="auto"`. Lexical writes `dir`
 * only from an element's own rtl/ltr; a block without one takes the article's from the root. This sets or
 * clears the attribute after Lexical has drawn a block, and again whenever the block changes.
 */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { $getNodeByKey, $isElementNode, ParagraphNode, type NodeKey, type NodeMutation } from 'lexical';
import { $blockDirection } from './blockFormat';

const BLOCKS = [ParagraphNode, HeadingNode, QuoteNode, ListNode, ListItemNode];

export function AutoDirectionPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const draw = (mutations: Map<NodeKey, NodeMutation>) => {
      editor.getEditorState().read(() => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') continue;
          const node = $getNodeByKey(key);
          const dom = editor.getElementByKey(key);
          if (!dom || !$isElementNode(node)) continue;
          const direction = $blockDirection(node);
          if (direction === 'auto') dom.dir = 'auto';
          else if (direction === 'article' && dom.getAttribute('dir') === 'auto') dom.removeAttribute('dir');
        }
      });
    };
    return mergeRegister(...BLOCKS.map((klass) => editor.registerMutationListener(klass, draw)));
  }, [editor]);
  return null;
}
