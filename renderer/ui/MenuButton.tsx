/**
 * A button that opens a menu, as the WAI-ARIA menu button pattern has it: the toolbar's menus and the header's
 * are this one component, so they look and move alike. Enter, Space or ArrowDown open it on its first item,
 * ArrowUp on its last; arrows, Home and End move between the items (round at the ends); Escape closes it and
 * gives the focus back to the button, as choosing an item does; Tab or a click elsewhere closes it.
 *
 * The menu is a popover: it sits in the top layer, so no toolbar or header clips it, and opening one menu
 * closes another. CSS anchor positioning puts it under its button on the reading direction's side (its start
 * under the button's start, or its end under the button's end), and turns it over where the window ends.
 */
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  key: string;
  label: string;
  testId?: string;
  /** A choice that is on or off (`checkbox`) or one among several (`radio`), ticked when `checked`. */
  kind?: 'checkbox' | 'radio';
  checked?: boolean;
  /** The keys that do the same from anywhere, shown at the item's far end. */
  keys?: string;
  onSelect: () => void;
}

interface Props {
  /** The menu's accessible name. */
  label: string;
  /** The button's own name and tooltip, when what it shows (a glyph) does not say it. */
  buttonLabel?: string;
  /** What the button shows. */
  children: ReactNode;
  items: readonly MenuItem[];
  /** Shown in the open menu when there is no item to choose. */
  empty?: string;
  /** A fixed id for the menu, for a shortcut that opens it from elsewhere (`openMenu`). */
  id?: string;
  testId?: string;
  /** The button's look: `tool tool--text` in a toolbar, `button button--quiet` in a header. */
  className: string;
  menuClassName?: string;
  /** One of a toolbar's controls, which the toolbar moves between with the arrow keys. */
  toolbarItem?: boolean;
  /** A small triangle after the button's content, saying that it opens a menu. */
  caret?: boolean;
  /** Which edge of the menu lines up with the button's: its start (it opens toward the end) or its end. */
  align?: 'start' | 'end';
}

const ITEMS = '[role^="menuitem"]';

/** Focuses a menu's first or last item, or the menu itself when it offers none (its sentence is read). */
function focusItem(menu: HTMLElement, which: 'first' | 'last'): void {
  const items = [...menu.querySelectorAll<HTMLElement>(ITEMS)];
  const item = which === 'first' ? items[0] : items.at(-1);
  (item ?? menu).focus();
}

/** Opens the menu of that id on its first item: for a keyboard shortcut that reaches it from anywhere. */
export function openMenu(id: string): void {
  const menu = document.getElementById(id);
  if (!menu) return;
  if (!menu.matches(':popover-open')) menu.showPopover();
  focusItem(menu, 'first');
}

export function MenuButton(props: Props) {
  const { label, buttonLabel, children, items, empty, testId, className, menuClassName } = props;
  const ownId = useId();
  // useId's characters are not all allowed in a CSS name; the anchor name is built from the menu's id.
  const menuId = props.id ?? `menu-${ownId.replace(/[^\w-]/g, '')}`;
  const anchor = `--${menuId}`;
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  // Where the focus lands when the menu opens; ArrowUp on the button asks for the last item.
  const landing = useRef<'first' | 'last'>('first');

  const show = (which: 'first' | 'last') => {
    const m = menu.current;
    if (!m) return;
    landing.current = which;
    if (!m.matches(':popover-open')) m.showPopover();
    focusItem(m, which);
  };
  const close = (refocus: boolean) => {
    if (menu.current?.matches(':popover-open')) menu.current.hidePopover();
    if (refocus) button.current?.focus();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    show(e.key === 'ArrowDown' ? 'first' : 'last');
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const all = [...(menu.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
    const at = all.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => all[(i + all.length) % all.length]?.focus();
    if (e.key === 'ArrowDown') focus(at + 1);
    else if (e.key === 'ArrowUp') focus(at - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(all.length - 1);
    // Taken here, so a screen's own Escape (leaving focus mode) waits for the next press.
    else if (e.key === 'Escape') close(true);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const ticks = items.some((item) => item.kind);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={`${className} menu-button`}
        style={{ anchorName: anchor }}
        data-toolbar-item={props.toolbarItem || undefined}
        data-testid={testId}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={buttonLabel}
        title={buttonLabel}
        popoverTarget={menuId}
        onKeyDown={onButtonKey}
      >
        {children}
        {props.caret && (
          <span className="menu-button__caret" aria-hidden="true">
            {'▾'}
          </span>
        )}
      </button>
      <div
        ref={menu}
        id={menuId}
        popover="auto"
        // Without items there is nothing to choose: no menu role, just the sentence saying why.
        role={items.length ? 'menu' : undefined}
        aria-label={items.length ? label : undefined}
        tabIndex={-1}
        className={`menu${props.align === 'end' ? ' menu--end' : ''}${menuClassName ? ` ${menuClassName}` : ''}`}
        style={{ positionAnchor: anchor }}
        onKeyDown={onMenuKey}
        onBeforeToggle={(e) => setOpen(e.newState === 'open')}
        onToggle={(e) => {
          // Opened by a click: the focus goes in, as it does from the keyboard.
          if (e.newState === 'open' && !menu.current?.contains(document.activeElement)) {
            if (menu.current) focusItem(menu.current, landing.current);
          }
          landing.current = 'first';
        }}
        onBlur={(e) => {
          // Leaving the menu with Tab closes it, as a click outside does.
          if (!menu.current?.contains(e.relatedTarget as Node | null)) close(false);
        }}
      >
        {items.length === 0 && <p className="menu__empty">{empty}</p>}
        {items.map((item) => (
          <button
            key={item.key}
            type="button"
            role={item.kind ? `menuitem${item.kind}` : 'menuitem'}
            aria-checked={item.kind ? item.checked === true : undefined}
            tabIndex={-1}
            className="menu__item"
            data-testid={item.testId}
            onClick={() => {
              close(true);
              item.onSelect();
            }}
          >
            {ticks && (
              <span className="menu__check" aria-hidden="true">
                {item.checked ? '✓' : ''}
              </span>
            )}
            <span className="menu__label">{item.label}</span>
            {item.keys && (
              <kbd className="menu__keys" dir="ltr">
                {item.keys}
              </kbd>
            )}
          </button>
        ))}
      </div>
    </>
  );
}
