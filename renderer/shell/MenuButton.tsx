/**
 * A button that opens a menu, as the WAI-ARIA menu button pattern has it: Enter, Space or ArrowDown open it
 * on its first item, ArrowUp on its last; arrows, Home and End move between items; Escape closes it and
 * gives focus back to the button; Tab or a click elsewhere closes it. The header groups its actions in these
 * so it stays one row on a 1024 px screen.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuItem {
  key: string;
  label: string;
  testId?: string;
  /** A choice among several (a role): shown ticked when true. */
  checked?: boolean;
  onSelect: () => void;
}

interface Props {
  /** The menu's accessible name; the button's too when `named` (otherwise the button's text names it). */
  label: string;
  named?: boolean;
  children: ReactNode;
  items: MenuItem[];
  testId?: string;
  className?: string;
  /** Shown in the open menu when there is no item to choose. */
  empty?: string;
}

export function MenuButton({ label, named = false, children, items, testId, className, empty }: Props) {
  const [open, setOpen] = useState<null | 'first' | 'last'>(null);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);

  const itemsOf = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const all = itemsOf();
    (open === 'first' ? all[0] : all.at(-1))?.focus();
    if (!all.length) menu.current?.focus();
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(null);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const all = itemsOf();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => all[(i + all.length) % all.length]?.focus();
    if (e.key === 'ArrowDown') focus(at + 1);
    else if (e.key === 'ArrowUp') focus(at - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(all.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') return close(false);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className={`menu-button ${className ?? ''}`}>
      <button
        ref={button}
        type="button"
        className="button button--quiet menu-button__button"
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? menuId : undefined}
        aria-label={named ? label : undefined}
        data-testid={testId}
        onClick={() => setOpen(open ? null : 'first')}
        onKeyDown={onButtonKey}
      >
        {children}
        <span className="menu-button__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && items.length === 0 && (
        <div ref={menu} id={menuId} className="menu-button__menu" tabIndex={-1} onKeyDown={onMenuKey}>
          <p className="menu-button__empty">{empty}</p>
        </div>
      )}
      {open && items.length > 0 && (
        <div
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={label}
          className="menu-button__menu"
          tabIndex={-1}
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked={item.checked}
              tabIndex={-1}
              className="menu-button__item"
              data-testid={item.testId}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
