/** The application menu, built in both interface languages without Electron. */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate, EDITOR_SHORTCUTS, type AppMenuState } from '../../../electron/menu/appMenu';
import type { MenuAction } from '../../../electron/menu/actions';
import { ar } from '../../../core/i18n/ar';
import { en } from '../../../core/i18n/en';

const linux: AppMenuState = { platform: 'linux', articleOpen: true, developer: false };

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function find(items: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = flatten(items).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

describe('the application menu', () => {
  it('is titled in Arabic for an Arabic interface and in English for an English one', () => {
    const arabic = appMenuTemplate('ar', linux, () => {});
    const english = appMenuTemplate('en', linux, () => {});
    expect(arabic.map((m) => m.label)).toEqual([
      ar['menu.file'],
      ar['menu.edit'],
      ar['menu.format'],
      ar['menu.view'],
      ar['menu.window'],
      ar['menu.help'],
    ]);
    expect(english.map((m) => m.label)).toEqual(['File', 'Edit', 'Format', 'View', 'Window', 'Help']);
    expect(find(arabic, 'import').label).toBe('استيراد…');
    expect(find(english, 'import').label).toBe(en['menu.import']);
    // Every visible label in the Arabic menu is Arabic text, not an English leftover.
    for (const item of flatten(arabic)) {
      if (item.label) expect(item.label, `menu label ${item.label}`).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('offers Import, Export, Backup, Restore, Settings and About, each running its action', () => {
    const ran: MenuAction[] = [];
    const menu = appMenuTemplate('en', linux, (action) => ran.push(action));
    for (const id of [
      'import',
      'export',
      'backup',
      'restore',
      'show-settings',
      'show-about',
      'new-article',
      'toggle-paragraph-direction',
    ] as const) {
      const item = find(menu, id);
      (item.click as () => void)();
    }
    expect(ran).toEqual([
      'import',
      'export',
      'backup',
      'restore',
      'show-settings',
      'show-about',
      'new-article',
      'toggle-paragraph-direction',
    ]);
  });

  it('keeps the standard edit, view and window roles so the system’s own behaviour applies', () => {
    const roles = flatten(appMenuTemplate('ar', { ...linux, articleOpen: false }, () => {}))
      .map((item) => item.role)
      .filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'reload',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
        'windowMenu',
        'minimize',
        'close',
        'help',
        'quit',
      ]),
    );
  });

  it('sends Undo and Redo to the window while an article is open, so they step through the article’s one history', () => {
    const ran: MenuAction[] = [];
    const menu = appMenuTemplate('en', linux, (action) => ran.push(action));
    const roles = flatten(menu).map((item) => item.role);
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
    expect(find(menu, 'undo')).toMatchObject({ label: 'Undo', accelerator: 'CmdOrCtrl+Z' });
    expect(find(menu, 'redo')).toMatchObject({ label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z' });
    expect(
      find(
        appMenuTemplate('en', { ...linux, platform: 'win32' }, () => {}),
        'redo',
      ).accelerator,
    ).toBe('Ctrl+Y');
    (find(menu, 'undo').click as () => void)();
    (find(menu, 'redo').click as () => void)();
    expect(ran).toEqual(['undo', 'redo']);
  });

  it('shows the editor’s shortcuts without taking the keys from the editor', () => {
    const menu = appMenuTemplate('en', linux, () => {});
    for (const [id, accelerator] of Object.entries(EDITOR_SHORTCUTS)) {
      expect(find(menu, id)).toMatchObject({ accelerator, registerAccelerator: false });
    }
    expect(find(menu, 'new-article').accelerator).toBe('CmdOrCtrl+N');
    expect(find(menu, 'import').accelerator).toBe('CmdOrCtrl+O');
  });

  it('disables export and the editor’s commands when no article is open', () => {
    const menu = appMenuTemplate('en', { ...linux, articleOpen: false }, () => {});
    for (const id of ['export', 'format-bold', 'toggle-paragraph-direction'])
      expect(find(menu, id).enabled).toBe(false);
    expect(find(menu, 'import').enabled).toBeUndefined();
  });

  it('puts About, Settings and Quit in the application menu on macOS, named in the interface language', () => {
    const menu = appMenuTemplate('ar', { ...linux, platform: 'darwin' }, () => {});
    expect(menu[0]?.label).toBe(ar['app.name']);
    const first = menu[0]?.submenu as MenuItemConstructorOptions[];
    expect(first.map((i) => i.id ?? i.role).filter(Boolean)).toEqual([
      'show-about',
      'show-settings',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(flatten(menu).filter((i) => i.id === 'show-about')).toHaveLength(1);
  });

  it('has the developer tools only in an unpackaged run', () => {
    const roles = (state: AppMenuState) => flatten(appMenuTemplate('en', state, () => {})).map((i) => i.role);
    expect(roles(linux)).not.toContain('toggleDevTools');
    expect(roles({ ...linux, developer: true })).toContain('toggleDevTools');
  });
});
