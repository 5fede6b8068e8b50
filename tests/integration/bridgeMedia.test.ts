/** A press photo near the size bound travels through the real bridge and comes back byte for byte. */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBridgeProcess, type BridgeProcess } from '../helpers/bridgeProcess';
import { useTempDir } from '../helpers/tempDir';
import { png } from '../helpers/images';

const tempDir = useTempDir();
let bridge: BridgeProcess | undefined;
afterEach(async () => {
  await bridge?.stop();
  bridge = undefined;
});

async function call(b: BridgeProcess, method: string, body: unknown) {
  const response = await fetch(`${b.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-midad-token': b.token },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  const envelope = (await response.json()) as { ok: boolean; value: never; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
  return envelope.value;
}

describe('pictures through the bridge', () => {
  it('accepts a 20 MB picture and gives the same bytes back', async () => {
    bridge = await startBridgeProcess(join(tempDir(), 'midad.sqlite'));
    // A real PNG header followed by data up to 20 MB, as a large camera file would be.
    const picture = Buffer.concat([png(4000, 3000), Buffer.alloc(20 * 1024 * 1024, 7)]);
    const article = (await call(bridge, 'articles.create', {})) as { id: string };
    const added = (await call(bridge, 'media.add', {
      articleId: article.id,
      data: picture.toString('base64'),
      caption: 'صورة كبيرة',
    })) as {
      item: { id: string; width: number; height: number; byteLength: number };
    };
    expect(added.item).toMatchObject({ width: 4000, height: 3000, byteLength: picture.length });
    const back = (await call(bridge, 'media.bytes', { id: added.item.id })) as { mime: string; data: string };
    expect(back.mime).toBe('image/png');
    expect(Buffer.from(back.data, 'base64').equals(picture)).toBe(true);
  }, 90_000);
});
