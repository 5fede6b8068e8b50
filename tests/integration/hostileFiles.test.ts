/**
 * Broken files at the door, each generated here: a file too large is refused before it is read
 * (by `midad import`, the desktop's Import… and review packages alike), and UTF-16 without a BOM is read as
 * text rather than stored with a NUL between letters.
 */
import { openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { listArticles, getArticle } from '../../db/articles';
import { importFile } from '../../db/exchange/importFiles';
import { decodeText } from '../../db/exchange/decodeText';
import { readReviewPackageFile } from '../../db/review/handoff';
import { createArchiveService } from '../../db/service/archiveService';
import { exchangeOperations } from '../../electron/exchangeOperations';
import { MidadError } from '../../core/api/errors';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

/** A 600 MB file that takes no room on disk: its size is all a reader should look at. */
function hugeFile(name: string): string {
  const path = join(tempDir(), name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, 600 * 1024 * 1024);
  closeSync(fd);
  return path;
}

async function refusal(run: () => unknown): Promise<Record<string, unknown>> {
  try {
    await run();
  } catch (error) {
    if (error instanceof MidadError) return { code: error.code, ...error.params };
    throw error;
  }
  throw new Error('expected a refusal');
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[i * 2 + (endian === 'le' ? 0 : 1)] = unit & 0xff;
    bytes[i * 2 + (endian === 'le' ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}

describe('a file too large to import', () => {
  it('is refused from its size, before it is read, at every door', async () => {
    const path = hugeFile('huge.json');
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    const memoryBefore = process.memoryUsage().rss;
    const started = performance.now();
    const expected = { code: 'import_failed', problem: 'file_too_large', file: 'huge.json' };
    expect(await refusal(() => importFile(archive, path))).toMatchObject(expected);
    expect(await refusal(() => exchangeOperations(createArchiveService(archive)).importFiles([path]))).toMatchObject(
      expected,
    );
    expect(await refusal(() => readReviewPackageFile(path))).toMatchObject({
      code: 'review_package_invalid',
      problem: 'file_too_large',
    });
    expect(performance.now() - started).toBeLessThan(2000);
    // Reading it would have taken 600 MB at least.
    expect(process.memoryUsage().rss - memoryBefore).toBeLessThan(200 * 1024 * 1024);
    expect(listArticles(archive, 10, 0).total).toBe(0);
    archive.close();
  });
});

describe('UTF-16 without a byte order mark', () => {
  const wire = 'القاهرة (أ ف ب) - قال وزير الخارجية اليوم إن المحادثات ستستمر.\nCairo talks continue, 2026.\n';

  it('is read as text, little or big endian, Arabic or Latin, never with NULs between letters', () => {
    for (const endian of ['le', 'be'] as const) {
      expect(decodeText(utf16(wire, endian))).toBe(wire);
      expect(decodeText(utf16('Plain English wire copy, 12 May.', endian))).toBe('Plain English wire copy, 12 May.');
    }
    // Ordinary UTF-8 and Windows-1256 are not mistaken for it.
    expect(decodeText(new TextEncoder().encode(wire))).toBe(wire);
    expect(decodeText(new Uint8Array([0xc7, 0xe1, 0xde, 0xc7, 0xe5, 0xd1, 0xc9]))).toBe('القاهرة');
  });

  it('imports as the words it holds', () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    const path = join(tempDir(), 'wire.txt');
    writeFileSync(path, utf16(`عاجل\nالحكومة تقر الموازنة الجديدة\n${wire}`, 'le'));
    const [imported] = importFile(archive, path);
    const article = getArticle(archive, imported!.id);
    expect(JSON.stringify(article)).not.toContain('\\u0000');
    expect(article.bodyText).toContain('المحادثات ستستمر');
    archive.close();
  });
});
