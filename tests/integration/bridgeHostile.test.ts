/** The bridge (a real process) given a malformed `%` escape in an /api/ path: 400, not 500. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridgeProcess, type BridgeProcess } from '../helpers/bridgeProcess';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();
let bridge: BridgeProcess;

beforeAll(async () => {
  bridge = await startBridgeProcess(join(tempDir(), 'midad.sqlite'));
}, 60_000);
afterAll(async () => {
  await bridge?.stop();
});

const call = (path: string) =>
  fetch(`${bridge.origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-midad-token': bridge.token },
    body: '{}',
  });

describe('a malformed escape in an API path', () => {
  it('is a bad request, and the bridge answers the next one as before', async () => {
    for (const path of ['/api/%E0%A4%A', '/api/%', '/api/articles.list%ZZ']) {
      const response = await call(path);
      expect(response.status, path).toBe(400);
      expect(await response.text()).not.toMatch(/URIError|at .*\.ts/);
    }
    const ok = await call('/api/articles.list');
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { ok: boolean }).ok).toBe(true);
  }, 60_000);
});
