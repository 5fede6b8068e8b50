/**
 * The body toolbar's View menu: how the page is shown, never what it holds. Focus mode (also Ctrl+Shift+F)
 * and the proofing underlines, each a checkable item, and printing (the page as it will look on paper).
 * It takes the print button's place with a glyph of the same width: the English toolbar had six pixels to
 * spare at 1366 px, so any new button wrapped it. Built as the picture menu is (a popover under its
 * button, arrows between items) so the toolbar's controls look and move alike; Ctrl+Alt+V opens it from
 * anywhere on the screen, and the shortcuts help says so.
 */
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { displayKeys, SHORTCUTS } from './shortcuts';

const MENU_ID = 'view-menu';

export interface ViewToggle {
  key: string;
  label: string;
  /** On or off for a view choice; absent for an action (print). */
  on?: boolean;
  toggle: () => void;
  /** The keys that do the same from anywhere, shown beside the item. */
  keys?: string;
}

/** Opens the View menu on its first item (the screen's Ctrl+Alt+V). */
export function openViewMenu(): void {
  const menu = document.getElementById(MENU_ID);
  if (!menu || !('showPopover' in menu)) return;
  menu.showPopover();
  menu.querySelector<HTMLElement>('[role^="menuitem"]')?.focus();
}

export function ViewMenu({ toggles }: { toggles: ViewToggle[] }) {
  const { t } = useI18n();
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];

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
        data-testid="view-menu"
        className="tool tool--text tool--menu tool--view"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={t('view.menu')}
        title={t('view.menu')}
        popoverTarget={MENU_ID}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown') return;
          e.preventDefault();
          openViewMenu();
        }}
      >
        {t('view.menu.glyph')}
      </button>
      <div
        ref={menu}
        id={MENU_ID}
        popover="auto"
        role="menu"
        aria-label={t('view.menu.label')}
        className="tool-menu view-menu"
        onKeyDown={onMenuKey}
        onBeforeToggle={(e) => setOpen(e.newState === 'open')}
        onToggle={(e) => {
          if (e.newState === 'open' && !menu.current?.contains(document.activeElement)) items()[0]?.focus();
          // Closed by Escape or a choice: the focus goes back to the button, as a menu button's does.
          if (e.newState === 'closed' && (!document.activeElement || document.activeElement === document.body))
            button.current?.focus();
        }}
        onBlur={(e) => {
          if (!menu.current?.contains(e.relatedTarget as Node | null)) menu.current?.hidePopover();
        }}
      >
        {toggles.map((item) => (
          <button
            key={item.key}
            type="button"
            role={item.on === undefined ? 'menuitem' : 'menuitemcheckbox'}
            aria-checked={item.on}
            className="tool-menu__item view-menu__item"
            data-testid={`view-${item.key}`}
            onClick={() => {
              menu.current?.hidePopover();
              item.toggle();
            }}
          >
            <span className="view-menu__check" aria-hidden="true">
              {item.on ? '✓' : ''}
            </span>
            <span className="view-menu__label">{item.label}</span>
            {item.keys && (
              <kbd className="view-menu__keys" dir="ltr">
                {displayKeys(item.keys)}
              </kbd>
            )}
          </button>
        ))}
      </div>
    </>
  );
}

/** The keys listed for an action in the shortcuts table, for the menu to show beside its item. */
export function keysOf(action: (typeof SHORTCUTS)[number]['action']): string | undefined {
  return SHORTCUTS.find((s) => s.action === action)?.keys;
}

/** A view choice kept in this browser's storage: how a person likes the page is theirs, not the article's. */
export function useStoredToggle(key: string, initial: boolean): [boolean, () => void] {
  const [on, setOn] = useState(() => {
    const kept = localStorage.getItem(key);
    return kept === null ? initial : kept === '1';
  });
  const toggle = useCallback(() => {
    setOn((v) => {
      localStorage.setItem(key, v ? '0' : '1');
      return !v;
    });
  }, [key]);
  return [on, toggle];
}
