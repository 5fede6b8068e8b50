/**
 * The app's windows, hardened as Electron's security checklist asks: an isolated, sandboxed renderer without
 * Node whose preload exposes only the typed API; navigation kept to the app's origin; new windows only for
 * Midad's own article pages, web links handed to the person's browser; each window placed where it was
 * last, with a crashed or hung page reloaded. main.ts wires it to the archive, the menu and the log.
 */
import { BrowserWindow, Menu, dialog, screen, shell } from 'electron';
import type { Locale } from '../core/i18n/translate';
import { translate } from '../core/i18n/translate';
import type { ShellCommand } from '../core/shell/commands';
import type { WindowKind } from '../core/settings/windowState';
import type { Archive } from '../db/archive';
import { readWindowState, saveWindowBounds } from '../db/windowState';
import { watchForCrashes } from './crashRecovery';
import { contextMenuTemplate } from './menu/contextMenu';
import { describeError } from './rotatingLog';
import { APP_ORIGIN } from './security';
import { placeWindow, rememberBounds } from './windowBounds';
import { articleIdInUrl, isWebLink, windowKindOf } from './windowRoutes';

export interface AppWindowDeps {
  archive: Archive;
  /** The bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** The interface language now: the settings screen can change it while windows are open. */
  locale: () => Locale;
  logError: (message: string) => void;
  /** The menu's state follows the focused window and its page. */
  refreshMenu: () => void;
  /** The page asked for an article's window (window.open('#/article/ID')). */
  openArticleWindow: (id: string) => void;
  send: (window: BrowserWindow, command: ShellCommand) => void;
}

export function createAppWindow(url: string, deps: AppWindowDeps): BrowserWindow {
  const { archive, refreshMenu } = deps;
  const t = (key: Parameters<typeof translate>[1]) => translate(deps.locale(), key);
  const kind: WindowKind = windowKindOf(url);
  const areas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea);
  const place = placeWindow(readWindowState(archive)[kind], areas);
  const window = new BrowserWindow({
    x: place.x,
    y: place.y,
    width: place.width,
    height: place.height,
    minWidth: 480,
    minHeight: 360,
    title: t('app.name'),
    show: false,
    webPreferences: {
      // The preload exposes only the typed API and the menu subscription (see preload.ts), never ipcRenderer.
      preload: deps.preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle click must not open a link in a new Electron window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  rememberBounds(window, (bounds) => {
    try {
      saveWindowBounds(archive, kind, bounds);
    } catch (error) {
      deps.logError(`saving window bounds: ${describeError(error)}`);
    }
  });
  watchForCrashes(window, {
    log: deps.logError,
    giveUp: () => dialog.showErrorBox(t('app.name'), t('desktop.mainError')),
  });
  window.webContents.on('will-navigate', (event, target) => {
    if (!target.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  window.webContents.on('did-navigate-in-page', refreshMenu);
  window.on('focus', refreshMenu);
  window.webContents.setWindowOpenHandler(({ url: target }) => {
    // One window per article: the page asks with window.open('#/article/ID').
    const id = articleIdInUrl(target);
    if (id) deps.openArticleWindow(id);
    // Links in articles open in the person's browser, never inside Midad.
    else if (isWebLink(target)) void shell.openExternal(target); // eng-disable OPEN_EXTERNAL_JS_CHECK: http(s) only, checked by isWebLink
    return { action: 'deny' };
  });
  window.webContents.on('context-menu', (_event, params) => {
    const inEditor =
      articleIdInUrl(window.webContents.getURL()) !== null && params.isEditable && params.formControlType === 'none';
    const template = contextMenuTemplate(deps.locale(), params, inEditor, (command) => deps.send(window, command));
    if (template.length) Menu.buildFromTemplate(template).popup({ window });
  });
  window.once('ready-to-show', () => {
    if (place.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(url);
  return window;
}

/** The update notice's window: a static page with no script and no links, hardened like the app's all the same. */
export function createNoticeWindow(title: string): BrowserWindow {
  return new BrowserWindow({
    width: 460,
    height: 240,
    show: false,
    resizable: false,
    minimizable: false,
    maximizable: false,
    title,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      javascript: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
