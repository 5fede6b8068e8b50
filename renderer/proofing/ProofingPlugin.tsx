/**
 * Proofing in the body: after a pause in typing the changed paragraphs go to the worker; its findings come
 * back as highlight ranges (highlights.ts). Right-click on a marked word, or the context-menu key / Shift+F10
 * with the caret in it, opens the menu: suggestions (asked for only then), add to dictionary, ignore.
 */
import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  $setSelection,
  type LexicalNode,
} from 'lexical';
import { $isListNode } from '@lexical/list';
import type { MidadApi } from '../../core/api/contract';
import type { Settings } from '../../core/settings/schema';
import { proofingClient } from './client';
import { clearField, markAt, rangeIn, setFieldMarks, type Marked } from './highlights';
import { ProofingMenu } from './ProofingMenu';

const FIELD = 'body';
/** A pause in typing, like autosave's: the worker is not asked on every key. */
const PAUSE_MS = 400;

function blocks(nodes: LexicalNode[]): LexicalNode[] {
  return nodes.flatMap((n) => ($isListNode(n) ? blocks(n.getChildren()) : [n]));
}

interface Props {
  api: MidadApi;
  settings: Settings;
}

export function ProofingPlugin({ api, settings }: Props) {
  const [editor] = useLexicalComposerContext();
  const [menu, setMenu] = useState<{ mark: Marked; x: number; y: number } | null>(null);

  useEffect(() => {
    const client = proofingClient();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const send = () => {
      const paragraphs = editor.getEditorState().read(() =>
        blocks($getRoot().getChildren())
          .filter((n) => $isElementNode(n))
          .map((n) => ({ key: n.getKey(), text: n.getTextContent() })),
      );
      client.check(FIELD, paragraphs);
    };
    const unsubscribe = client.subscribe(FIELD, (byKey) => {
      const marks: Marked[] = [];
      for (const [key, findings] of Object.entries(byKey)) {
        const element = editor.getElementByKey(key);
        if (!element) continue;
        for (const finding of findings) {
          const range = rangeIn(element, finding.start, finding.length);
          if (range) marks.push({ range, finding });
        }
      }
      setFieldMarks(FIELD, marks);
    });
    void client.configure(api, settings).then(send, () => send());
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(send, PAUSE_MS);
    });
    return () => {
      clearTimeout(timer);
      unregister();
      unsubscribe();
      clearField(FIELD);
    };
  }, [editor, api, settings]);

  useEffect(() => {
    const onContextMenu = (event: MouseEvent) => {
      const root = editor.getRootElement();
      if (!root || !(event.target instanceof Node) || !root.contains(event.target)) return;
      // A figure's boxes sit inside the body but are fields of their own: the caption's mirror has its menu.
      if (event.target instanceof Element && event.target.closest('figure')) return;
      let node: Node | null = null;
      let offset = 0;
      // The keyboard's context-menu key fires with no pointer position: use the caret.
      const fromKeyboard = event.button !== 2 || (event.clientX === 0 && event.clientY === 0);
      if (fromKeyboard) {
        const selection = window.getSelection();
        node = selection?.anchorNode ?? null;
        offset = selection?.anchorOffset ?? 0;
      } else {
        const caret = document.caretPositionFromPoint(event.clientX, event.clientY);
        node = caret?.offsetNode ?? null;
        offset = caret?.offset ?? 0;
      }
      const mark = node ? markAt(node, offset) : null;
      if (!mark) return;
      event.preventDefault();
      const box = mark.range.getBoundingClientRect();
      setMenu({ mark, x: fromKeyboard ? box.left : event.clientX, y: fromKeyboard ? box.bottom : event.clientY });
    };
    document.addEventListener('contextmenu', onContextMenu);
    return () => document.removeEventListener('contextmenu', onContextMenu);
  }, [editor]);

  const replace = (mark: Marked, text: string) => {
    const { startContainer, startOffset, endContainer, endOffset } = mark.range;
    editor.update(() => {
      const start = $getNearestNodeFromDOMNode(startContainer);
      const end = $getNearestNodeFromDOMNode(endContainer);
      if (!$isTextNode(start) || !$isTextNode(end)) return;
      const selection = $createRangeSelection();
      selection.anchor.set(start.getKey(), startOffset, 'text');
      selection.focus.set(end.getKey(), endOffset, 'text');
      $setSelection(selection);
      selection.insertText(text);
    });
    editor.focus();
  };

  const remember = async (word: string, kind: 'add' | 'ignore') => {
    await api['proofing.addWord']({ word, kind });
    const client = proofingClient();
    await client.configure(api, settings);
    // Everything is checked again with the new word.
    editor.update(() => $getRoot().markDirty());
  };

  if (!menu) return null;
  return (
    <ProofingMenu
      finding={menu.mark.finding}
      x={menu.x}
      y={menu.y}
      onClose={() => {
        setMenu(null);
        editor.focus();
      }}
      onReplace={(text) => {
        replace(menu.mark, text);
        setMenu(null);
      }}
      onRemember={(kind) => {
        void remember(menu.mark.finding.found, kind);
        setMenu(null);
      }}
    />
  );
}
