/**
 * The toolbar's one door for figures: a menu button offering a picture from a file, or a caption whose
 * picture comes later. One button where there were two, so the toolbar keeps to one line in Arabic and in
 * English. The menu is a popover (light dismiss and Escape from the browser) anchored under its button;
 * arrow keys move between its items.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useI18n } from '../../i18n/I18nProvider';
import { INSERT_FIGURE_COMMAND } from '../figures/FiguresPlugin';

const MENU_ID = 'insert-figure-menu';

export function InsertFigureMenu() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  const choose = (insert: () => void) => {
    menu.current?.hidePopover();
    insert();
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const list = items();
    const i = list.indexOf(e.target as HTMLElement);
    const next =
      e.key === 'ArrowDown'
        ? i + 1
        : e.key === 'ArrowUp'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? list.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    list[(next + list.length) % list.length]?.focus();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        data-toolbar-item
        className="tool tool--text tool--menu"
        aria-haspopup="menu"
        aria-expanded={open}
        popoverTarget={MENU_ID}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown') return;
          e.preventDefault();
          menu.current?.showPopover();
          items()[0]?.focus();
        }}
      >
        {t('toolbar.picture')}
        <span className="tool__caret" aria-hidden="true">
          {'▾'}
        </span>
      </button>
      <div
        ref={menu}
        id={MENU_ID}
        popover="auto"
        role="menu"
        aria-label={t('toolbar.picture')}
        className="tool-menu"
        onKeyDown={onMenuKey}
        onBeforeToggle={(e) => setOpen(e.newState === 'open')}
        onToggle={(e) => {
          // Opened by a click: the first item takes the focus, as it does from the keyboard.
          if (e.newState === 'open' && !menu.current?.contains(document.activeElement)) items()[0]?.focus();
        }}
        onBlur={(e) => {
          // Leaving the menu with Tab closes it, as a click outside does.
          if (!menu.current?.contains(e.relatedTarget as Node | null)) menu.current?.hidePopover();
        }}
      >
        <button
          type="button"
          role="menuitem"
          className="tool-menu__item"
          onClick={() => choose(() => file.current?.click())}
        >
          {t('toolbar.pictureFromFile')}
        </button>
        <button
          type="button"
          role="menuitem"
          className="tool-menu__item"
          onClick={() => choose(() => editor.dispatchCommand(INSERT_FIGURE_COMMAND, null))}
        >
          {t('toolbar.captionOnly')}
        </button>
      </div>
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
