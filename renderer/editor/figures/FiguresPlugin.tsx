/**
 * Puts figures into the body: a picture from a file (toolbar), dropped on the body or pasted, or a
 * caption-only placeholder whose picture comes later. Each becomes a media item in the archive first, then
 * a FigureNode referencing it.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot, mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  createCommand,
  DROP_COMMAND,
  PASTE_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { $createFigureNode } from './FigureNode';
import { fileToBase64, useFigures, type Figures } from './FiguresContext';

/** Insert a figure: with a picture file, or `null` for a caption-only placeholder. */
export const INSERT_FIGURE_COMMAND = createCommand<File | null>('INSERT_FIGURE_COMMAND');

const PICTURE = /^image\/(jpeg|png|webp|gif)$/;

async function addFigure(editor: LexicalEditor, figures: Figures, file: File | null): Promise<void> {
  const change = await figures.api['media.add']({
    articleId: figures.articleId,
    ...(file ? { data: await fileToBase64(file) } : {}),
  });
  figures.onMedia(change.media);
  const id = change.item?.id;
  if (!id) return;
  editor.update(() => {
    // At the caret, or at the end when the body has no caret yet.
    if (!$isRangeSelection($getSelection())) $getRoot().selectEnd();
    $insertNodeToNearestRoot($createFigureNode(id));
  });
}

export function FiguresPlugin() {
  const [editor] = useLexicalComposerContext();
  const figures = useFigures();
  // The media list changes with every caption typed: the commands read it at the time they run, so they are
  // registered once per editor, not again on each change (a plugin re-registering on renders is how issue
  // 12's focus theft began: see BodyEditor's validateUrl).
  const latest = useRef(figures);
  useLayoutEffect(() => {
    latest.current = figures;
  });
  useEffect(() => {
    const pictures = (data: DataTransfer | null) => [...(data?.files ?? [])].filter((f) => PICTURE.test(f.type));
    const insertAll = (files: File[]) => {
      void files
        .reduce((done, file) => done.then(() => addFigure(editor, latest.current, file)), Promise.resolve())
        .catch(latest.current.onError);
    };
    return mergeRegister(
      editor.registerCommand(
        INSERT_FIGURE_COMMAND,
        (file) => {
          void addFigure(editor, latest.current, file).catch(latest.current.onError);
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const files = pictures(event instanceof ClipboardEvent ? event.clipboardData : null);
          if (files.length === 0) return false;
          event.preventDefault();
          insertAll(files);
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
      editor.registerCommand(
        DROP_COMMAND,
        (event) => {
          const files = pictures(event.dataTransfer);
          if (files.length === 0) return false;
          event.preventDefault();
          insertAll(files);
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    );
  }, [editor]);
  return null;
}
