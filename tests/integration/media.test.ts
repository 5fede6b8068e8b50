/** Pictures in the archive, through the same dispatch both transports use (so payloads are validated too). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import type { Archive } from '../../db/archive';
import { createArchiveService } from '../../db/service/archiveService';
import { dispatch } from '../../core/api/envelope';
import { LIMITS } from '../../core/article/schema';
import type { ApiError } from '../../core/api/errors';
import { errorText } from '../../core/i18n/errorText';
import { useTempDir } from '../helpers/tempDir';
import { gif, jpeg, png, webp } from '../helpers/images';

const tempDir = useTempDir();

function setUp() {
  const archive = openArchive(join(tempDir(), 'midad.sqlite'));
  const service = createArchiveService(archive);
  const call = async (method: string, payload: unknown) =>
    dispatch(service, method, payload, (e) => {
      throw e;
    });
  const ok = async (method: string, payload: unknown) => {
    const result = await call(method, payload);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
    return result.value as never;
  };
  return { archive, service, call, ok };
}

const b64 = (bytes: Buffer) => bytes.toString('base64');

describe('adding pictures', () => {
  it('stores the bytes with the type and size read from the picture itself, the first one as lead', async () => {
    const { archive, service, ok } = setUp();
    const article = await service['articles.create']({});
    const first = await ok('media.add', {
      articleId: article.id,
      data: b64(jpeg(1200, 800)),
      caption: 'الرئيس في البيت الأبيض',
      credit: 'أ ف ب',
    });
    const second = await ok('media.add', { articleId: article.id, data: b64(webp(640, 480)) });
    expect(first).toMatchObject({
      item: { mime: 'image/jpeg', width: 1200, height: 800, isLead: true, caption: 'الرئيس في البيت الأبيض' },
    });
    expect((second as { media: unknown[] }).media).toHaveLength(2);
    expect((second as { item: { isLead: boolean } }).item.isLead).toBe(false);
    const stored = await service['articles.get']({ id: article.id });
    expect(stored.media.map((m) => m.mime)).toEqual(['image/jpeg', 'image/webp']);
    expect(stored.media[0]!.byteLength).toBe(jpeg(1200, 800).length);
    expect(stored.version).toBe(article.version);
    archive.close();
  });

  it('gives back the exact bytes for display', async () => {
    const { archive, service, ok } = setUp();
    const article = await service['articles.create']({});
    const picture = png(3, 2);
    const added = (await ok('media.add', { articleId: article.id, data: b64(picture) })) as { item: { id: string } };
    const bytes = (await ok('media.bytes', { id: added.item.id })) as { mime: string; data: string };
    expect(bytes.mime).toBe('image/png');
    expect(Buffer.from(bytes.data, 'base64').equals(picture)).toBe(true);
    archive.close();
  });

  it('refuses a file that is not a picture, whatever it claims, and leaves the article unchanged', async () => {
    const { archive, service, call } = setUp();
    const article = await service['articles.create']({});
    const svg = await call('media.add', {
      articleId: article.id,
      data: b64(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')),
    });
    expect(svg).toMatchObject({ ok: false, error: { code: 'media_unsupported' } });
    const notBase64 = await call('media.add', { articleId: article.id, data: 'not base64!' });
    expect(notBase64).toMatchObject({ ok: false, error: { code: 'invalid_request', params: { field: 'data' } } });
    expect((await service['articles.get']({ id: article.id })).media).toEqual([]);
    archive.close();
  });

  it('refuses a picture over the size bound before decoding it', async () => {
    const { archive, service, call } = setUp();
    const article = await service['articles.create']({});
    const huge = 'A'.repeat(Math.ceil(LIMITS.mediaBytes / 3) * 4 + 4);
    const result = await call('media.add', { articleId: article.id, data: huge });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request', params: { field: 'data' } } });
    const error = (result as { error: ApiError }).error;
    expect(error.message).toMatch(/25 MB/);
    // In megabytes of picture, as a person counts, not in base64's characters.
    expect(errorText('ar', error)).toBe(
      'تعذّر تنفيذ الطلب (الحقل \u2066data\u2069): حجم الصورة يتجاوز الحد المسموح به (25 ميغابايت).',
    );
    archive.close();
  });

  it('refuses a picture for an article that does not exist', async () => {
    const { archive, call } = setUp();
    const result = await call('media.add', { articleId: '0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11', data: b64(gif(1, 1)) });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    archive.close();
  });
});

describe('a caption waiting for its picture', () => {
  it('exists without bytes, has none to display, and takes its picture later', async () => {
    const { archive, service, ok, call } = setUp();
    const article = await service['articles.create']({});
    const added = (await ok('media.add', { articleId: article.id, caption: 'صورة تصل لاحقاً', credit: 'رويترز' })) as {
      item: { id: string; mime: null; byteLength: number };
    };
    expect(added.item).toMatchObject({
      mime: null,
      width: null,
      height: null,
      byteLength: 0,
      caption: 'صورة تصل لاحقاً',
    });
    expect(await call('media.bytes', { id: added.item.id })).toMatchObject({
      ok: false,
      error: { code: 'media_no_picture' },
    });
    const attached = await ok('media.attach', { id: added.item.id, data: b64(gif(320, 200)) });
    expect(attached).toMatchObject({
      item: { mime: 'image/gif', width: 320, height: 200, caption: 'صورة تصل لاحقاً', credit: 'رويترز' },
    });
    archive.close();
  });
});

describe('editing and removing pictures', () => {
  async function threePictures() {
    const setup = setUp();
    const article = await setup.service['articles.create']({});
    const ids: string[] = [];
    for (const size of [10, 20, 30]) {
      const change = (await setup.ok('media.add', { articleId: article.id, data: b64(png(size, size)) })) as {
        item: { id: string };
      };
      ids.push(change.item.id);
    }
    return { ...setup, article, ids };
  }

  const leads = (archive: Archive, articleId: string) =>
    archive.prepare('SELECT id FROM media WHERE article_id = ? AND is_lead = 1').all(articleId) as Array<{
      id: string;
    }>;

  it('updates caption, credit and alt text, leaving what was not sent', async () => {
    const { archive, ids, ok } = await threePictures();
    await ok('media.update', { id: ids[1], caption: 'تعليق', credit: 'أ ب' });
    const change = (await ok('media.update', { id: ids[1], alt: 'وصف للصورة' })) as { item: object };
    expect(change.item).toMatchObject({ caption: 'تعليق', credit: 'أ ب', alt: 'وصف للصورة' });
    archive.close();
  });

  it('keeps exactly one lead picture when the lead changes', async () => {
    const { archive, article, ids, ok } = await threePictures();
    const change = (await ok('media.update', { id: ids[2], isLead: true })) as {
      media: Array<{ id: string; isLead: boolean }>;
    };
    expect(change.media.filter((m) => m.isLead).map((m) => m.id)).toEqual([ids[2]]);
    expect(leads(archive, article.id)).toEqual([{ id: ids[2] }]);
    archive.close();
  });

  it('passes the lead to the first remaining picture when the lead is removed', async () => {
    const { archive, article, ids, ok } = await threePictures();
    const change = (await ok('media.remove', { id: ids[0] })) as { media: Array<{ id: string }> };
    expect(change.media.map((m) => m.id)).toEqual([ids[1], ids[2]]);
    expect(leads(archive, article.id)).toEqual([{ id: ids[1] }]);
    archive.close();
  });

  it('makes a new picture the lead when asked', async () => {
    const { archive, article, ok } = await threePictures();
    const change = (await ok('media.add', { articleId: article.id, data: b64(jpeg(8, 8)), isLead: true })) as {
      item: { id: string };
    };
    expect(leads(archive, article.id)).toEqual([{ id: change.item.id }]);
    archive.close();
  });

  it('answers media_not_found for an unknown item', async () => {
    const { archive, call } = await threePictures();
    const result = await call('media.update', { id: '0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11', caption: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'media_not_found' } });
    archive.close();
  });

  it('is refused by the file itself if two leads are ever written', async () => {
    const { archive, article } = await threePictures();
    expect(() => archive.prepare('UPDATE media SET is_lead = 1 WHERE article_id = ?').run(article.id)).toThrow(
      /UNIQUE/,
    );
    archive.close();
  });
});
