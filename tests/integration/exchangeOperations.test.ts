/** Export… and Import… from the desktop dialogs, over the exchange API on a real archive file. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { createArticle, listArticles, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { createArchiveService } from '../../db/service/archiveService';
import { exchangeOperations } from '../../electron/exchangeOperations';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { errorText } from '../../core/i18n/errorText';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

describe('export and import from the desktop', () => {
  it('writes the chosen format to the chosen file, and imports an exported file back as an article', async () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'), { automaticBackups: false });
    const ops = exchangeOperations(createArchiveService(archive));
    const article = createArticle(archive, {
      ...NEW_ARTICLE_FIELDS,
      headline: 'عنوان للتصدير',
      body: stateFromParagraphs(['فقرة أولى.']),
    });
    const out = tempDir();
    await ops.exportArticle(article.id, join(out, 'story.html'), 'html');
    await ops.exportArticle(article.id, join(out, 'story.json'), 'json');
    expect(readFileSync(join(out, 'story.html'), 'utf8')).toContain('عنوان للتصدير');
    expect(JSON.parse(readFileSync(join(out, 'story.json'), 'utf8'))).toBeTruthy();

    const other = openArchive(join(tempDir(), 'other.sqlite'), { automaticBackups: false });
    const imported = await exchangeOperations(createArchiveService(other)).importFiles([
      join(out, 'story.json'),
      join(out, 'story.html'),
    ]);
    expect(imported.count).toBe(2);
    expect(listArticles(other, 10, 0).items.map((a) => a.headline)).toContain('عنوان للتصدير');
    other.close();
    archive.close();
  });

  it('reads a chosen file in Windows-1256 or UTF-16 as the command line does', async () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'), { automaticBackups: false });
    const story = 'بايدن يستقبل الكاظمي\n\nواشنطن - (أ ف ب) - استقبل الرئيس الأمريكي رئيس الوزراء العراقي.';
    const decoder = new TextDecoder('windows-1256');
    const byteOf = new Map<string, number>();
    for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
    const dir = tempDir();
    writeFileSync(join(dir, 'cp1256.txt'), Uint8Array.from(Array.from(story, (ch) => byteOf.get(ch) ?? 0x3f)));
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]));
    await exchangeOperations(createArchiveService(archive)).importFiles([
      join(dir, 'cp1256.txt'),
      join(dir, 'utf16.txt'),
    ]);
    expect(listArticles(archive, 10, 0).items.map((a) => a.headline)).toEqual([
      'بايدن يستقبل الكاظمي',
      'بايدن يستقبل الكاظمي',
    ]);
    archive.close();
  });

  it('refuses a file that is not an article with the exchange’s typed error', async () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'), { automaticBackups: false });
    const bad = join(tempDir(), 'broken.json');
    writeFileSync(bad, '{"this": "is not a Midad article"}');
    const refusal = await exchangeOperations(createArchiveService(archive))
      .importFiles([bad])
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(refusal).toMatchObject({
      code: 'import_failed',
      params: { file: 'broken.json', at: 'top', problem: 'not_article' },
    });
    // What the desktop's dialog says, from the error as it came back through the API's envelope.
    expect(errorText('ar', refusal)).toBe(
      'تعذّر استيراد الملف \u2068broken.json\u2069 (المستوى الأعلى في الملف): المتوقع ملف صدّره مِداد (\u2066"format": "midad"\u2069)، ' +
        'أو خبر بصيغة \u2066ninjs\u2069 (له \u2066uri\u2069 أو عنوان أو متن)، أو قائمة منها، أو ردّ واجهة برمجية يسردها تحت \u2066item\u2069. ' +
        'لم يُضَف شيء من هذا الملف.',
    );
    expect(listArticles(archive, 10, 0).total).toBe(0);
    archive.close();
  });
});
