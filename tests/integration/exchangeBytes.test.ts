/** `exchange.importBytes`: a dropped file's bytes, read as `midad import` reads a file, within a size bound. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { getArticle, listArticles } from '../../db/articles';
import { createArchiveService } from '../../db/service/archiveService';
import { dispatch } from '../../core/api/envelope';
import { IMPORT_LIMITS } from '../../core/exchange/limits';
import { errorText } from '../../core/i18n/errorText';
import { useTempDir } from '../helpers/tempDir';
import { sharedFiles } from '../helpers/shared';

const tempDir = useTempDir();
const WIRE = sharedFiles('exchangeBytes.test.ts, the Windows-1256 case', ['fixtures', 'wire-afp-biden-kadhimi.txt']);
const FIXTURE = WIRE.paths[0]!;

function setup() {
  const archive = openArchive(join(tempDir(), 'midad.sqlite'));
  return { archive, service: createArchiveService(archive) };
}

describe('importing a file from its bytes', () => {
  it('reads wire copy in Windows-1256 as well as UTF-8, as the command line does', async ({ skip }) => {
    if (WIRE.missing) skip(WIRE.missing);
    const { archive, service } = setup();
    const utf8 = readFileSync(FIXTURE);
    const { articles } = await service['exchange.importBytes']({ fileName: 'wire.txt', data: utf8.toString('base64') });
    expect(getArticle(archive, articles[0]!.id)).toMatchObject({ dateline: { city: 'واشنطن', agency: 'AFP' } });
    // The same story in Windows-1256, from the code page's own table.
    const decoder = new TextDecoder('windows-1256');
    const byteOf = new Map<string, number>();
    for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
    const cp1256 = Uint8Array.from(
      Array.from(
        'بايدن يستقبل الكاظمي\n\nواشنطن - (أ ف ب) - استقبل الرئيس رئيس الوزراء.',
        (ch) => byteOf.get(ch) ?? 0x3f,
      ),
    );
    const second = await service['exchange.importBytes']({
      fileName: 'cp1256.txt',
      data: Buffer.from(cp1256).toString('base64'),
    });
    expect(second.articles[0]!.headline).toBe('بايدن يستقبل الكاظمي');
    archive.close();
  });

  it('refuses text that is not base64 naming the file, and a file past the bound before reading it, adding nothing', async () => {
    const { archive, service } = setup();
    const odd = await dispatch(service, 'exchange.importBytes', { fileName: 'odd.txt', data: 'not base64!' });
    expect(odd).toMatchObject({
      ok: false,
      error: { code: 'import_failed', params: { file: 'odd.txt', at: 'file', problem: 'file_bytes_invalid' } },
    });
    expect(errorText('ar', !odd.ok && odd.error)).toBe(
      'تعذّر استيراد الملف \u2068odd.txt\u2069 (الملف كله): وصلت بيانات الملف تالفة فتعذّرت قراءتها. لم يُضَف شيء من هذا الملف.',
    );
    const tooBig = 'A'.repeat(Math.ceil(IMPORT_LIMITS.fileBytes / 3) * 4 + 4);
    const envelope = await dispatch(service, 'exchange.importBytes', { fileName: 'big.json', data: tooBig });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(listArticles(archive, 10, 0).total).toBe(0);
    archive.close();
  });
});
