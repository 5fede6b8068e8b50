/**
 * Pictures the article holds that its body does not place: imported before pictures became body figures
 * (core/article/figures.ts), or taken out in the editor. They are not in the article and no export writes
 * them, so the tray under the body says so and offers to place each one: the lead picture at the top, any
 * other at the caret (or at the end when the body has had no caret), as the picture menu places a new one.
 *
 * Why a tray and not a migration that appends a figure for each: the archive cannot tell a picture that was
 * never placed from one deleted in the editor (deleting keeps the media row so undo can bring it back, and
 * revisions are checkpoints minutes apart), so a migration would put deleted pictures back into exports.
 */
import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import type { Media } from '../../../core/article/schema';
import { useI18n, useUiDir } from '../../i18n/I18nProvider';
import { textDir } from '../../i18n/textDir';
import { $createFigureNode, $isFigureNode, FigureNode } from './FigureNode';
import { useFigures } from './FiguresContext';

/** The media ids the body's figures name now. */
function placedIds(editor: LexicalEditor): Set<string> {
  return editor.getEditorState().read(() => {
    const ids = new Set<string>();
    for (const node of $getRoot().getChildren()) if ($isFigureNode(node)) ids.add(node.__mediaId);
    return ids;
  });
}

function place(editor: LexicalEditor, item: Media): void {
  editor.update(() => {
    const figure = $createFigureNode(item.id);
    const root = $getRoot();
    const first = root.getFirstChild();
    if (item.isLead && first) first.insertBefore(figure);
    else if ($isRangeSelection($getSelection())) $insertNodeToNearestRoot(figure);
    else root.append(figure);
  });
}

export function PictureTray() {
  const [editor] = useLexicalComposerContext();
  const { media } = useFigures();
  const { t, locale } = useI18n();
  const uiDir = useUiDir();
  const [placed, setPlaced] = useState(() => placedIds(editor));
  // Only a figure made or destroyed can change what is placed: typing does not wake the tray.
  useEffect(
    () =>
      editor.registerMutationListener(FigureNode, () => setPlaced(placedIds(editor)), { skipInitialization: false }),
    [editor],
  );
  const waiting = media.filter((m) => !placed.has(m.id));
  if (waiting.length === 0) return null;
  return (
    // In the interface's language and direction: it is Midad speaking, not the article (an English interface
    // on an Arabic article read its sentences right to left, the full stop first).
    <section
      className="picture-tray"
      aria-labelledby="picture-tray-title"
      data-testid="picture-tray"
      dir={uiDir}
      lang={locale}
    >
      <h2 className="picture-tray__title" id="picture-tray-title">
        {t('figures.tray.title')}
      </h2>
      <p className="picture-tray__hint">{t('figures.tray.hint')}</p>
      <ul className="picture-tray__list">
        {waiting.map((item) => (
          <li key={item.id} className="picture-tray__item" data-testid="tray-picture" data-media-id={item.id}>
            <span
              className="picture-tray__caption"
              dir={textDir(item.caption)}
              lang={item.caption ? undefined : locale}
            >
              {item.caption || t('figures.tray.noCaption')}
            </span>
            {item.credit && (
              <span className="picture-tray__credit">
                <bdi dir="auto">{item.credit}</bdi>
              </span>
            )}
            <button type="button" className="button button--quiet" onClick={() => place(editor, item)}>
              {t('figures.tray.place')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
