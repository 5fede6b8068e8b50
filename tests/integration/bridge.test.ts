/** The loopback bridge as a real child process on a real archive file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startBridgeProcess, type BridgeProcess } from '../helpers/bridgeProcess';
import { parseJson } from '../helpers/json';
import { errorText } from '../../core/i18n/errorText';

// One bridge for the file: no case writes to the archive, and a bridge started inside a case raced the case's
// 30 s limit on a loaded machine (the start alone is allowed 90 s there), five times a file.
let dir = '';
let bridge: BridgeProcess;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'midad-bridge-'));
  bridge = await startBridgeProcess(join(dir, 'midad.sqlite'));
}, 120_000);
afterAll(async () => {
  await bridge?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function api(b: BridgeProcess, method: string, body: unknown, token = b.token) {
  const response = await fetch(`${b.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-midad-token': token },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: response.status === 200 ? parseJson(text) : text };
}

/** A GET with a Host header of our choosing (fetch will not let us forge it). */
function getWithHost(b: BridgeProcess, host: string): Promise<number> {
  const { port } = new URL(b.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: `/?t=${b.token}`, headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the loopback bridge', () => {
  it('listens on 127.0.0.1 and serves the API with the token', async () => {
    expect(new URL(bridge.origin).hostname).toBe('127.0.0.1');
    const list = await api(bridge, 'articles.list', {});
    expect(list.body).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    expect((await api(bridge, 'articles.list', {}, '')).status).toBe(403);
    expect((await api(bridge, 'articles.list', {}, 'x'.repeat(48))).status).toBe(403);
  });

  it('serves the page only at the address it printed, and only under its own host name', async () => {
    expect((await fetch(`${bridge.origin}/`)).status).toBe(403);
    const page = await fetch(bridge.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain(`content="${bridge.token}"`);
    expect(await getWithHost(bridge, 'evil.example')).toBe(421);
  });

  it('answers bad JSON and bad payloads with typed errors, and keeps running', async () => {
    const notJson = (await api(bridge, 'articles.get', '{not json')).body;
    expect(notJson).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', params: { problem: 'json_malformed' } },
    });
    expect(errorText('ar', z.object({ error: z.unknown() }).parse(notJson).error)).toBe(
      'تعذّر تنفيذ الطلب: المتوقع نص \u2066JSON\u2069 سليم البنية.',
    );
    expect((await api(bridge, 'articles.get', { id: 'nope' })).body).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect((await api(bridge, 'nothing.here', {})).body).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect((await api(bridge, 'articles.list', {})).body).toMatchObject({ ok: true });
  });

  it('does not serve files outside the renderer folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      expect((await fetch(`${bridge.origin}${path}`)).status).toBe(404);
    }
  });
});
