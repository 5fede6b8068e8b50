/**
 * The body toolbar's View menu: how the page is shown, never what it holds. Focus mode (also Ctrl+Shift+F)
 * and the proofing underlines, each a checkable item, and printing (the page as it will look on paper).
 * It takes the print button's place with a glyph of the same width: the English toolbar had six pixels to
 * spare at 1366 px, so any new button wrapped it. The kit's menu button, as the picture menu is, so the
 * toolbar's controls look and move alike; Ctrl+Alt+V opens it from anywhere on the screen, and the shortcuts
 * help says so.
 */
import { useCallback, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { MenuButton, openMenu } from '../ui/MenuButton';
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
  openMenu(MENU_ID);
}

export function ViewMenu({ toggles }: { toggles: ViewToggle[] }) {
  const { t } = useI18n();
  return (
    <MenuButton
      id={MENU_ID}
      testId="view-menu"
      className="tool tool--text"
      toolbarItem
      label={t('view.menu.label')}
      buttonLabel={t('view.menu')}
      items={toggles.map((item) => ({
        key: item.key,
        label: item.label,
        testId: `view-${item.key}`,
        kind: item.on === undefined ? undefined : 'checkbox',
        checked: item.on,
        keys: item.keys && displayKeys(item.keys),
        onSelect: item.toggle,
      }))}
    >
      {t('view.menu.glyph')}
    </MenuButton>
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
