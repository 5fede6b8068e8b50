/**
 * The application menu as a pure function of the interface language and the app's state, so both languages
 * are tested without Electron. Standard behaviour comes from Electron's roles; Midad's own items carry an
 * `id` equal to their action and call `run` when chosen.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../../core/i18n/translate';
import { translate } from '../../core/i18n/translate';
import type { MessageKey } from '../../core/i18n/ar';
import type { MenuAction } from './actions';

export interface AppMenuState {
  platform: NodeJS.Platform;
  /** Whether the focused window shows an article (export and the editor's commands need one). */
  articleOpen: boolean;
  /** Unpackaged runs (npm start) get the developer tools; the installed app does not. */
  developer: boolean;
}

/**
 * The editor's shortcuts (renderer/editor/shortcuts.ts). The editor handles these key presses itself, so the
 * menu shows them without registering them; choosing the item sends the same command.
 */
export const EDITOR_SHORTCUTS = {
  'format-bold': 'CmdOrCtrl+B',
  'format-italic': 'CmdOrCtrl+I',
  'format-underline': 'CmdOrCtrl+U',
} as const;

/** The paragraph direction cycle (renderer/editor/body/blockFormat.ts nextDirection), as the editor's Mod+Shift+D. */
export const TOGGLE_DIRECTION_ACCELERATOR = 'CmdOrCtrl+Shift+D';

export function appMenuTemplate(
  locale: Locale,
  state: AppMenuState,
  run: (action: MenuAction) => void,
): MenuItemConstructorOptions[] {
  const t = (key: MessageKey) => translate(locale, key);
  const item = (
    action: MenuAction,
    key: MessageKey,
    extra: MenuItemConstructorOptions = {},
  ): MenuItemConstructorOptions => ({
    id: action,
    label: t(key),
    click: () => run(action),
    ...extra,
  });
  const mac = state.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: t('app.name'),
          submenu: [
            item('show-about', 'menu.about'),
            separator,
            item('show-settings', 'menu.settings', { accelerator: 'Cmd+,' }),
            separator,
            { role: 'services', label: t('menu.services') },
            separator,
            { role: 'hide', label: t('menu.hide') },
            { role: 'hideOthers', label: t('menu.hideOthers') },
            { role: 'unhide', label: t('menu.unhide') },
            separator,
            { role: 'quit', label: t('menu.quit') },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      item('new-article', 'menu.newArticle', { accelerator: 'CmdOrCtrl+N' }),
      item('show-archive', 'menu.archive', { accelerator: 'CmdOrCtrl+Shift+A' }),
      separator,
      item('import', 'menu.import', { accelerator: 'CmdOrCtrl+O' }),
      item('export', 'menu.export', { accelerator: 'CmdOrCtrl+Shift+E', enabled: state.articleOpen }),
      separator,
      item('backup', 'menu.backup'),
      item('restore', 'menu.restore'),
      ...(mac
        ? []
        : [
            separator,
            item('show-settings', 'menu.settings', { accelerator: 'Ctrl+,' }),
            separator,
            { role: 'quit', label: t('menu.quit') } as const,
          ]),
    ],
  };

  // In an article, Undo and Redo are the article's one history across its fields (the window decides, and
  // hands the browser's own undo to a box outside the article); elsewhere the system's own.
  const history: MenuItemConstructorOptions[] = state.articleOpen
    ? [
        item('undo', 'menu.undo', { accelerator: 'CmdOrCtrl+Z' }),
        item('redo', 'menu.redo', { accelerator: state.platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z' }),
      ]
    : [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
      ];

  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      ...history,
      separator,
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'pasteAndMatchStyle', label: t('menu.pasteAsText') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };

  const format: MenuItemConstructorOptions = {
    label: t('menu.format'),
    submenu: [
      item('format-bold', 'menu.bold', {
        accelerator: EDITOR_SHORTCUTS['format-bold'],
        registerAccelerator: false,
        enabled: state.articleOpen,
      }),
      item('format-italic', 'menu.italic', {
        accelerator: EDITOR_SHORTCUTS['format-italic'],
        registerAccelerator: false,
        enabled: state.articleOpen,
      }),
      item('format-underline', 'menu.underline', {
        accelerator: EDITOR_SHORTCUTS['format-underline'],
        registerAccelerator: false,
        enabled: state.articleOpen,
      }),
      separator,
      item('toggle-paragraph-direction', 'menu.toggleDirection', {
        accelerator: TOGGLE_DIRECTION_ACCELERATOR,
        registerAccelerator: false,
        enabled: state.articleOpen,
      }),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { role: 'reload', label: t('menu.reload') },
      ...(state.developer ? [{ role: 'toggleDevTools', label: t('menu.devTools') } as const] : []),
      separator,
      { role: 'resetZoom', label: t('menu.resetZoom') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      separator,
      { role: 'togglefullscreen', label: t('menu.fullscreen') },
    ],
  };

  const window: MenuItemConstructorOptions = {
    label: t('menu.window'),
    role: 'windowMenu',
    submenu: [
      { role: 'minimize', label: t('menu.minimize') },
      { role: 'zoom', label: t('menu.zoomWindow') },
      ...(mac
        ? [separator, { role: 'front', label: t('menu.front') } as const]
        : [{ role: 'close', label: t('menu.close') } as const]),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: t('menu.help'),
    role: 'help',
    submenu: [...(mac ? [] : [item('show-about', 'menu.about')]), item('show-log', 'menu.showLog')],
  };

  return [...appMenu, file, edit, format, view, window, help];
}
