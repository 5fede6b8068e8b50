/**
 * The Electron main process: wires real Electron objects into the small modules beside it (each written
 * against the slice of Electron it uses, and tested with that slice faked). Security follows Electron's
 * checklist: isolated, sandboxed renderer without Node, a strict CSP, navigation denied, new windows only
 * for Midad's own article pages, permissions denied by default.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MidadService } from '../core/api/contract';
import { LOCK_PROGRAMS } from '../core/api/lockPrograms';
import { errorText } from '../core/i18n/errorText';
import { translate, type Locale } from '../core/i18n/translate';
import { SHELL_CHANNEL, type ShellCommand } from '../core/shell/commands';
import type { Settings } from '../core/settings/schema';
import { backupsDir } from '../db/backupFiles';
import { openArchive, pendingMigration } from '../db/connection';
import type { Archive } from '../db/archive';
import { resolveArchivePath } from '../db/paths';
import { seedOnFirstRun } from '../db/seed';
import { readSettings } from '../db/settings';
import { createArchiveService } from '../db/service/archiveService';
// imports and exports off the main thread, the stemmer warmed at start-up
import { setAppRoot } from '../db/appRoot';
import { sharedOffThread } from '../db/worker/offThread';
import { warmSearchStemmer } from '../db/search/stemmer';
import { syncEngineFactory } from '../db/sync/newsroomEngine';
import { createNewsroomService } from '../db/sync/newsroomService';
import { safeStorageVault } from './newsroomVault';
import { archiveOperations } from './archiveOperations';
import { createAppWindow, createNoticeWindow } from './appWindow';
import { createDialogs } from './dialogs';
import { exchangeOperations } from './exchangeOperations';
import { FileOpenQueue, filesFromArgv, listenForOpenFile } from './fileOpen';
import { registerIpc } from './ipc';
import { openAskingToBreakLock } from './lockPrompt';
import { catchMainErrors } from './mainErrors';
import { isMainAction, type MenuAction } from './menu/actions';
import { appMenuTemplate } from './menu/appMenu';
import { createRotatingLog, describeError } from './rotatingLog';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY } from './security';
import { bringToFront, claimSingleInstance } from './singleInstance';
import { withUpdateNotice } from './updateNotice';
import { readStatic } from './staticFiles';
import { articleIdInUrl, articleUrl } from './windowRoutes';

const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '..', 'renderer');
const log = createRotatingLog({ dir: join(app.getPath('userData'), 'logs') });
let locale: Locale = 'ar';
const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate(locale, key, params);

catchMainErrors(process, log, () => dialog.showErrorBox(t('app.name'), t('desktop.mainError')));

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// Files can arrive before the app is ready: on macOS as open-file events, elsewhere on the command line.
const filesToImport = new FileOpenQueue();
listenForOpenFile(app, filesToImport);
filesToImport.push(filesFromArgv(process.argv, process.cwd()));

function serveApp(): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'midad' ? await readStatic(rendererRoot, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'content-type': file.type, 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  });
}

function send(window: BrowserWindow | null | undefined, command: ShellCommand): void {
  if (window && !window.isDestroyed()) window.webContents.send(SHELL_CHANNEL, command);
}

function focusedOrAny(): BrowserWindow | undefined {
  return BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
}

async function main(): Promise<void> {
  // The shipped dictionaries are found from here, in the project and in the packaged app.asar alike.
  setAppRoot(app.getAppPath());
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  let archive: Archive;
  try {
    const path = resolveArchivePath(app.getPath('userData'));
    const noticeWindow = () => createNoticeWindow(t('desktop.update.title'));
    const opened = await withUpdateNotice(pendingMigration(path), noticeWindow, locale, () =>
      openAskingToBreakLock(
        (breakLock) =>
          openArchive(path, {
            program: LOCK_PROGRAMS.app,
            dailyBackup: 'background',
            breakLock,
            onMigrating: (from, to) => log.write('info', `updating the archive from schema ${from} to ${to}`),
            onLockBroken: (held) =>
              log.write(
                'info',
                `broke the archive lock of ${held.program} on ${held.host} (since ${held.startedAt}) at the person's request`,
              ),
          }),
        dialog,
        locale,
      ),
    );
    if (!opened) {
      app.exit(0);
      return;
    }
    archive = opened;
  } catch (error) {
    log.write('error', `opening the archive: ${describeError(error)}`);
    dialog.showErrorBox(t('app.name'), errorText(locale, error, 'error.internal'));
    app.exit(1);
    return;
  }
  seedOnFirstRun(archive);
  let settings: Settings = readSettings(archive);
  locale = settings.interfaceLanguage;

  const newsroom = createNewsroomService(archive, {
    vault: safeStorageVault(app.getPath('userData'), safeStorage, (message) => log.write('info', message)),
    engine: syncEngineFactory,
    log: (message) => log.write('error', message),
  });
  // Imports' parsing and exports' serialising run on this worker thread, not on the loop that answers IPC.
  const offThread = sharedOffThread();
  const base = createArchiveService(archive, { newsroom, offThread });
  const service: MidadService = {
    ...base,
    // The menu follows the interface language the moment the settings screen changes it.
    'settings.update': async (patch) => {
      settings = await base['settings.update'](patch);
      locale = settings.interfaceLanguage;
      refreshMenu();
      return settings;
    },
  };
  registerIpc(ipcMain, service, (error) => log.write('error', describeError(error)));
  serveApp();

  const dialogs = createDialogs<BrowserWindow>({
    dialog,
    operations: {
      ...archiveOperations(archive),
      ...exchangeOperations(service, (error) => log.write('error', describeError(error))),
    },
    locale: () => locale,
    log: (message) => log.write('error', message),
    changed: (window) => send(window, 'archive-changed'),
  });

  function runAction(action: MenuAction): void {
    const window = focusedOrAny();
    if (!isMainAction(action)) return send(window, action);
    if (action === 'show-log') return void shell.openPath(dirname(log.path));
    if (!window) return;
    const work = {
      import: () => dialogs.importChosen(window),
      export: () => dialogs.exportArticle(window, articleIdInUrl(window.webContents.getURL()), ''),
      // The dialogs start in the archive's backups folder (the sidecar's choice, or backups/ beside it).
      backup: () => dialogs.backup(window, backupsDir(archive.name)),
      restore: () => dialogs.restore(window, backupsDir(archive.name)),
    }[action];
    void work().catch((error: unknown) => log.write('error', describeError(error)));
  }

  function refreshMenu(): void {
    const window = BrowserWindow.getFocusedWindow();
    const articleOpen = !!window && articleIdInUrl(window.webContents.getURL()) !== null;
    const state = { platform: process.platform, articleOpen, developer: !app.isPackaged };
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(locale, state, runAction)));
  }

  function createWindow(url: string): BrowserWindow {
    return createAppWindow(url, {
      archive,
      preloadPath: join(here, 'preload.cjs'),
      locale: () => locale,
      logError: (message) => log.write('error', message),
      refreshMenu,
      openArticleWindow,
      send,
    });
  }

  function openArticleWindow(id: string): void {
    const existing = BrowserWindow.getAllWindows().find((w) => articleIdInUrl(w.webContents.getURL()) === id);
    if (existing) bringToFront(existing);
    else createWindow(articleUrl(id));
  }

  refreshMenu();
  const first = createWindow(`${APP_ORIGIN}/index.html`);
  first.webContents.once('did-finish-load', () => {
    // The search stemmer's lexicon, derived on the worker thread while the person looks at the list, so the
    // first save or search does not wait for it (db/search/stemmer.ts).
    warmSearchStemmer(offThread).catch((error: unknown) => log.write('error', describeError(error)));
    filesToImport.attach((files) => {
      const window = focusedOrAny() ?? first;
      void dialogs.importPaths(window, files);
    });
  });

  app.on('window-all-closed', () => {
    // Sync stops before the archive closes under it; local work is already saved.
    void newsroom.close().finally(() => {
      archive.close();
      app.quit();
    });
  });
}

// A second launch hands its files to the running Midad and quits; the first starts normally.
if (
  claimSingleInstance(app, (files) => {
    const window = focusedOrAny();
    if (window) bringToFront(window);
    filesToImport.push(files);
  })
) {
  void main();
}
