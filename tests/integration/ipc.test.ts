/**
 * The Electron IPC wiring, driven through a fake ipcMain (Electron's outer API is the only thing faked)
 * over the real service and a real archive file.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IPC_PREFIX, isTrustedSender, registerIpc, type IpcEventLike, type IpcMainLike } from '../../electron/ipc';
import { createArchiveService } from '../../db/service/archiveService';
import { openArchive } from '../../db/connection';
import { METHOD_NAMES } from '../../core/api/contract';
import type { Envelope } from '../../core/api/envelope';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

type Handler = (event: IpcEventLike, payload: unknown) => Promise<Envelope>;

function wire() {
  const handlers = new Map<string, Handler>();
  const fakeIpcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
  const archive = openArchive(join(tempDir(), 'midad.sqlite'));
  const logged: unknown[] = [];
  registerIpc(fakeIpcMain, createArchiveService(archive), (e) => logged.push(e));
  const call = (method: string, payload: unknown, url = 'app://midad/index.html') => {
    const handler = handlers.get(`${IPC_PREFIX}${method}`);
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler({ senderFrame: { url } }, payload);
  };
  return { handlers, call, archive, logged };
}

describe('IPC wiring', () => {
  it('registers exactly one handler per API method', () => {
    const { handlers, archive } = wire();
    expect([...handlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `${IPC_PREFIX}${m}`).sort());
    archive.close();
  });

  it('creates and saves an article for the app’s own page', async () => {
    const { call, archive } = wire();
    const created = await call('articles.create', { language: 'ar' });
    expect(created.ok).toBe(true);
    const article = (created as { value: { id: string; version: number } }).value;
    const saved = await call('articles.save', {
      id: article.id,
      baseVersion: article.version,
      fields: { headline: 'عنوان' },
    });
    expect(saved).toMatchObject({ ok: true, value: { headline: 'عنوان', version: 2 } });
    archive.close();
  });

  it('refuses a message from any other page, without calling the service', async () => {
    const { call, archive } = wire();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', '']) {
      expect(await call('articles.create', {}, url)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
    expect(archive.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 0 });
    archive.close();
  });

  it('answers a malformed payload with a typed error and keeps serving', async () => {
    const { call, archive } = wire();
    for (const payload of [null, 42, 'text', { id: 5 }, { id: '../../etc' }, { __proto__: { id: 'x' } }]) {
      expect(await call('articles.get', payload)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
    expect(await call('articles.list', {})).toMatchObject({ ok: true });
    archive.close();
  });
});

describe('isTrustedSender', () => {
  it('trusts only app://midad', () => {
    expect(isTrustedSender('app://midad/index.html#/article/x')).toBe(true);
    expect(isTrustedSender('app://midad.evil/index.html')).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
