/**
 * The Electron main process: opens the archive, serves the renderer from app://, and wires IPC to the
 * archive service. Security follows Electron's checklist: isolated, sandboxed renderer without Node, a
 * strict CSP, navigation and new windows denied, permissions denied by default.
 */
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openArchive } from '../db/connection';
import { resolveArchivePath } from '../db/paths';
import { seedOnFirstRun } from '../db/seed';
import { createArchiveService } from '../db/service/archiveService';
import { registerIpc } from './ipc';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY } from './security';
import { readStatic } from './staticFiles';
import { MidadError } from '../core/api/errors';
import { isMessageKey, translate } from '../core/i18n/translate';

const here = dirname(fileURLToPath(import.meta.url));
const rendererRoot = join(here, '..', 'renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

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

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'مِداد',
    show: false,
    webPreferences: {
      preload: join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Links in articles open in the person's browser, never inside Midad.
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

async function main(): Promise<void> {
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  const archive = openArchive(resolveArchivePath(app.getPath('userData')), { dailyBackup: 'background' });
  seedOnFirstRun(archive);
  registerIpc(ipcMain, createArchiveService(archive), (error) => console.error(error));
  serveApp();
  createWindow();

  app.on('window-all-closed', () => {
    archive.close();
    app.quit();
  });
}

/** An archive that cannot be opened (damaged and moved aside, too new) is explained in words, not a crash. */
function explainAndQuit(error: unknown): void {
  const key = error instanceof MidadError ? `error.${error.code}` : 'error.internal';
  const params = error instanceof MidadError ? error.params : {};
  dialog.showErrorBox(translate('ar', 'app.name'), isMessageKey(key) ? translate('ar', key, params) : String(error));
  app.quit();
}

main().catch(explainAndQuit);
