/**
 * Suggesting mode's node edits on a real Lexical editor without a page (no root element, so nothing is
 * drawn): what typing and deleting do to the body's nodes, read back through the same JSON the archive
 * stores. Caret-relative deletes (Backspace, Delete) need the browser's selection and are tested end to end.
 */
import { describe, expect, it } from 'vitest';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  createEditor,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { SuggestionNode } from '../../../renderer/review/SuggestionNode';
import { $suggestDeleteRange, $suggestInsert } from '../../../renderer/review/suggestingEdits';
import { decideSuggestions, pendingSuggestions, suggestionNode } from '../../../core/review/suggestions';
import { lexicalToPlainText } from '../../../core/richtext/lexicalState';
import type { LexicalState } from '../../../core/article/schema';
import { EDITOR, JOURNALIST, body, paragraph, text, uid } from './fixtures';

const now = new Date('2026-11-29T08:00:00.000Z');
const article = uid(1);

function editorWith(state: LexicalState): LexicalEditor {
  const editor = createEditor({
    nodes: [SuggestionNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(JSON.stringify(state)));
  return editor;
}

function plainBody(...paragraphs: string[]): LexicalState {
  return body(...paragraphs.map((p) => paragraph(text(p))));
}

const json = (editor: LexicalEditor) => editor.getEditorState().toJSON() as unknown as LexicalState;
const pending = (editor: LexicalEditor) =>
  pendingSuggestions(json(editor), article).map((s) => [s.kind, s.text, s.author.name]);
const plain = (editor: LexicalEditor) => lexicalToPlainText(json(editor));

/** The text nodes in document order. */
function $texts(): TextNode[] {
  return $getRoot().getAllTextNodes();
}

/** Puts the caret (or a selection) in the body by text node index and offsets, as a click or drag would. */
function place(editor: LexicalEditor, node: number, from: number, toNode = node, to = from): void {
  editor.update(
    () => {
      const texts = $texts();
      const selection = texts[node]!.select(from, from);
      selection.focus.set(texts[toNode]!.getKey(), to, 'text');
    },
    { discrete: true },
  );
}

function type(editor: LexicalEditor, value: string, author = EDITOR): void {
  editor.update(() => $suggestInsert(value, author, now), { discrete: true });
}

function deleteSelection(editor: LexicalEditor, author = EDITOR): void {
  editor.update(
    () => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) $suggestDeleteRange(selection, author, now, 'start');
    },
    { discrete: true },
  );
}

/** The caret's text node's text and offset, and whether it sits inside a suggestion of which kind. */
function caret(editor: LexicalEditor): { text: string; offset: number; inside: string | null } {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || !selection.isCollapsed()) throw new Error('no caret');
    const node = selection.anchor.getNode();
    const parent = node.getParent();
    return {
      text: node.getTextContent(),
      offset: selection.anchor.offset,
      inside: parent instanceof SuggestionNode ? parent.getMark().kind : null,
    };
  });
}

describe('suggesting mode on the body’s nodes', () => {
  it('types into one insertion stamped with the author, growing it key by key, the caret after it', () => {
    const editor = editorWith(plainBody('قررت الحكومة رفع الأسعار'));
    place(editor, 0, 'قررت الحكومة '.length);
    for (const letter of 'الجديدة ') type(editor, letter);
    expect(pending(editor)).toEqual([['insert', 'الجديدة ', EDITOR.name]]);
    expect(plain(editor)).toBe('قررت الحكومة الجديدة رفع الأسعار');
    expect(caret(editor)).toEqual({ text: 'الجديدة ', offset: 'الجديدة '.length, inside: 'insert' });
    expect(pendingSuggestions(json(editor), article)[0]?.createdAt).toBe(now.toISOString());
  });

  it('starts a separate insertion for another author typing next to it, or inside it, splitting it in two halves', () => {
    const editor = editorWith(plainBody('قال الوزير'));
    place(editor, 0, 'قال '.length);
    type(editor, 'نائب ');
    type(editor, 'رئيس ', JOURNALIST);
    expect(pending(editor)).toEqual([
      ['insert', 'نائب ', EDITOR.name],
      ['insert', 'رئيس ', JOURNALIST.name],
    ]);
    place(editor, 1, 'نا'.length);
    type(editor, 'ـ', JOURNALIST);
    expect(plain(editor)).toBe('قال ناـئب رئيس الوزير');
    // The editor's insertion is still one suggestion (two nodes, one id), the journalist's words apart.
    expect(pending(editor)).toEqual([
      ['insert', 'نائب ', EDITOR.name],
      ['insert', 'ـ', JOURNALIST.name],
      ['insert', 'رئيس ', JOURNALIST.name],
    ]);
  });

  it('keeps deleted text, wrapped as one deletion across paragraphs, until it is accepted', () => {
    const editor = editorWith(plainBody('الفقرة الأولى', 'الفقرة الثانية'));
    place(editor, 0, 'الفقرة '.length, 1, 'الفقرة'.length);
    deleteSelection(editor);
    expect(plain(editor)).toBe('الفقرة الأولى\nالفقرة الثانية');
    const [deletion] = pendingSuggestions(json(editor), article);
    expect(pending(editor)).toEqual([['delete', 'الأولىالفقرة', EDITOR.name]]);
    expect(lexicalToPlainText(decideSuggestions(json(editor), [deletion!.id], 'accept').body)).toBe(
      'الفقرة \n الثانية',
    );
    // The caret waits before the deleted words, never inside them.
    expect(caret(editor)).toEqual({ text: 'الفقرة ', offset: 'الفقرة '.length, inside: null });
  });

  it('really removes the author’s own pending insertion, and marks the plain text beside it', () => {
    const editor = editorWith(plainBody('رفع الأسعار'));
    place(editor, 0, 'رفع '.length);
    type(editor, 'كبير ');
    // Select from inside the insertion («ير ») into the plain text («الأ»).
    editor.update(
      () => {
        const [, inserted, after] = $texts();
        inserted!.select('كب'.length, 'كب'.length).focus.set(after!.getKey(), 'الأ'.length, 'text');
      },
      { discrete: true },
    );
    deleteSelection(editor);
    expect(pending(editor)).toEqual([
      ['insert', 'كب', EDITOR.name],
      ['delete', 'الأ', EDITOR.name],
    ]);
    expect(plain(editor)).toBe('رفع كبالأسعار');
  });

  it('marks another author’s pending insertion for deletion inside it, so both decisions stay possible', () => {
    const insertion = suggestionNode(
      { suggestionId: uid(5), kind: 'insert', author: JOURNALIST, createdAt: now.toISOString() },
      [text('جدا')],
    );
    const editor = editorWith(body(paragraph(text('كبير '), insertion)));
    place(editor, 1, 0, 1, 'جدا'.length);
    deleteSelection(editor);
    expect(pending(editor)).toEqual([
      ['insert', 'جدا', JOURNALIST.name],
      ['delete', 'جدا', EDITOR.name],
    ]);
    expect(lexicalToPlainText(decideSuggestions(json(editor), [uid(5)], 'reject').body)).toBe('كبير ');
  });

  it('puts typed text after the deleted words when the caret is inside them, and types over a selection after its deletion', () => {
    const editor = editorWith(plainBody('العجز كبير'));
    place(editor, 0, 'العجز '.length, 0, 'العجز كبير'.length);
    type(editor, 'صغير');
    expect(pending(editor)).toEqual([
      ['delete', 'كبير', EDITOR.name],
      ['insert', 'صغير', EDITOR.name],
    ]);
    expect(plain(editor)).toBe('العجز كبيرصغير');
    expect(caret(editor)).toEqual({ text: 'صغير', offset: 'صغير'.length, inside: 'insert' });

    place(editor, 1, 2);
    type(editor, 'ا', JOURNALIST);
    expect(plain(editor)).toBe('العجز كبيراصغير');
    expect(pending(editor).map(([kind, value]) => `${kind}:${value}`)).toEqual([
      'delete:كبير',
      'insert:ا',
      'insert:صغير',
    ]);
  });

  it('joins a deletion with the author’s deletion right after it, and leaves already deleted text as it is', () => {
    const editor = editorWith(plainBody('ارتفع العجز كثيرا'));
    place(editor, 0, 'ارتفع العجز '.length, 0, 'ارتفع العجز كثيرا'.length);
    deleteSelection(editor);
    place(editor, 0, 'ارتفع '.length, 0, 'ارتفع العجز '.length);
    deleteSelection(editor);
    expect(pending(editor)).toEqual([['delete', 'العجز كثيرا', EDITOR.name]]);
    // Deleting it all again changes nothing.
    place(editor, 1, 0, 1, 'العجز كثيرا'.length);
    deleteSelection(editor);
    expect(pending(editor)).toEqual([['delete', 'العجز كثيرا', EDITOR.name]]);
  });

  it('inserts a pasted paragraph break as a line break inside the insertion', () => {
    const editor = editorWith(plainBody('سطر'));
    place(editor, 0, 'سطر'.length);
    type(editor, '\nثان');
    expect(pending(editor)).toEqual([['insert', '\nثان', EDITOR.name]]);
    expect(json(editor).root.children).toHaveLength(1);
  });

  it('makes a paragraph for text typed where the body has none', () => {
    const editor = editorWith(plainBody('نص'));
    editor.update(
      () => {
        $getRoot()
          .clear()
          .append($createParagraphNode().append($createTextNode('')));
        $getRoot().selectEnd();
      },
      { discrete: true },
    );
    type(editor, 'جديد');
    expect(pending(editor)).toEqual([['insert', 'جديد', EDITOR.name]]);
  });
});
