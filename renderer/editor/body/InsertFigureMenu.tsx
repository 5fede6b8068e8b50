/**
 * The toolbar's one door for figures: a menu button offering a picture from a file, or a caption whose
 * picture comes later. One button where there were two, so the toolbar keeps to one line in Arabic and in
 * English. The kit's menu button (ui/MenuButton) opens it; the file chooser behind it stays outside the menu.
 */
import { useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useI18n } from '../../i18n/I18nProvider';
import { MenuButton } from '../../ui/MenuButton';
import { INSERT_FIGURE_COMMAND } from '../figures/FiguresPlugin';

export function InsertFigureMenu() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const file = useRef<HTMLInputElement>(null);

  return (
    <>
      <MenuButton
        className="tool tool--text"
        toolbarItem
        caret
        label={t('toolbar.picture')}
        items={[
          { key: 'file', label: t('toolbar.pictureFromFile'), onSelect: () => file.current?.click() },
          {
            key: 'caption',
            label: t('toolbar.captionOnly'),
            onSelect: () => editor.dispatchCommand(INSERT_FIGURE_COMMAND, null),
          },
        ]}
      >
        {t('toolbar.picture')}
      </MenuButton>
      <input
        ref={file}
        type="file"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="picture-input"
        accept="image/jpeg,image/png,image/webp,image/gif"
        className="visually-hidden"
        onChange={(e) => {
          const picked = e.target.files?.[0];
          if (picked) editor.dispatchCommand(INSERT_FIGURE_COMMAND, picked);
          e.target.value = '';
        }}
      />
    </>
  );
}
