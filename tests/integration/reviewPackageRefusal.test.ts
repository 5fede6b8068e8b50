/**
 * A bad review package file is refused the way a bad import is: `midad review-import`
 * names the file, where in it and what was wrong in English; the same file read by the archive, or handed
 * to the API as the desktop app would, reads in Arabic with the file's name and the path in isolates, and
 * the archive is left as it was.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../core/api/envelope';
import type { ApiError, MidadError } from '../../core/api/errors';
import { exportNative } from '../../core/exchange/nativeExport';
import { errorText } from '../../core/i18n/errorText';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { openArchive } from '../../db/connection';
import { exportReviewPackage, readReviewPackageFile } from '../../db/review/handoff';
import { createArchiveService } from '../../db/service/archiveService';
import { useTempDir } from '../helpers/tempDir';
import { WIRE_STORY } from '../unit/exchange/testArticles';
import { midad } from '../helpers/midadCommand';

const tempDir = useTempDir();

const midadOn = (db: string, args: string[]) => midad(['--db', db, ...args]);

/** A real package, written as `midad review-export` writes one, from a journalist's archive. */
function realPackage(dir: string) {
  const archive = openArchive(join(dir, 'journalist.sqlite'));
  const article = createArticle(archive, {
    ...NEW_ARTICLE_FIELDS,
    headline: 'ارتفاع أسعار الوقود',
    standfirst: 'قرار حكومي جديد',
  });
  const pkg = exportReviewPackage(archive, article.id);
  archive.close();
  return JSON.parse(JSON.stringify(pkg)) as { article: { content: Record<string, unknown> } };
}

function refusalOf(path: string): MidadError {
  try {
    readReviewPackageFile(path);
  } catch (error) {
    return error as MidadError;
  }
  throw new Error('the package was expected to be refused');
}

function articleCount(db: string): number {
  const archive = openArchive(db);
  const { n } = archive.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
  archive.close();
  return n;
}

describe('a review package file that cannot be imported', { timeout: 120_000 }, () => {
  it('is refused when it is another kind of file, an article export, naming the file whatever its script', async () => {
    const dir = tempDir();
    const db = join(dir, 'editor.sqlite');
    const file = join(dir, 'خبر عاجل.json');
    writeFileSync(file, exportNative([WIRE_STORY]));

    const run = await midadOn(db, ['review-import', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'midad review-import: خبر عاجل.json: the whole file: expected a review package exported by Midad ("format": "midad-review-package")\n',
    );
    const refused = refusalOf(file);
    expect(errorText('ar', refused)).toBe(
      'تعذّر استيراد ملف المراجعة \u2068خبر عاجل.json\u2069 (الملف كله): المتوقع ملف مراجعة صدّره مِداد (\u2066"format": "midad-review-package"\u2069). لم يتغيّر شيء في الأرشيف.',
    );
    expect(errorText('en', refused)).toBe(
      'Could not import the review package \u2068خبر عاجل.json\u2069 (the whole file): expected a review package exported by Midad (\u2066"format": "midad-review-package"\u2069). Nothing in the archive was changed.',
    );
    expect(articleCount(db)).toBe(0);
  });

  it('is refused when it was cut short in copying, at the line and column where it stops', async () => {
    const dir = tempDir();
    const db = join(dir, 'editor.sqlite');
    const file = join(dir, 'to-editor.json');
    const lines = `${JSON.stringify(realPackage(dir), null, 2)}\n`.split('\n');
    writeFileSync(file, `${lines.slice(0, 10).join('\n')}\n`);

    const run = await midadOn(db, ['review-import', file]);
    expect(run.code).toBe(1);
    // The parser's own words follow in parentheses, for whoever reads the log.
    expect(run.stderr).toMatch(
      /^midad review-import: to-editor\.json: line 11, column 1: expected well-formed JSON, but the file ends before it does \(was it cut short\?\) \(.+\)\n$/,
    );
    expect(errorText('ar', refusalOf(file))).toBe(
      'تعذّر استيراد ملف المراجعة \u2068to-editor.json\u2069 (السطر 11، العمود 1): ينتهي الملف قبل أن يكتمل نص \u2066JSON\u2069 فيه، ولعله نُسخ ناقصاً. لم يتغيّر شيء في الأرشيف.',
    );
    expect(articleCount(db)).toBe(0);
  });

  it('is refused when a value in it is wrong, at its path, by the command line and through the API alike', async () => {
    const dir = tempDir();
    const db = join(dir, 'editor.sqlite');
    const file = join(dir, 'مراجعة سلمى.json');
    const pkg = realPackage(dir);
    pkg.article.content.headline = 7;
    writeFileSync(file, JSON.stringify(pkg, null, 2));

    const run = await midadOn(db, ['review-import', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'midad review-import: مراجعة سلمى.json: article.content.headline: expected text, found a number\n',
    );
    const arabic =
      'تعذّر استيراد ملف المراجعة \u2068مراجعة سلمى.json\u2069 (الموضع \u2066article.content.headline\u2069): المتوقع نص، لكن الموجود رقم. لم يتغيّر شيء في الأرشيف.';
    expect(errorText('ar', refusalOf(file))).toBe(arabic);

    // The desktop app hands the API the package and the name of the file the person chose.
    const archive = openArchive(db);
    const service = createArchiveService(archive);
    const named = await dispatch(service, 'review.importPackage', { package: pkg, fileName: 'مراجعة سلمى.json' });
    expect(named.ok).toBe(false);
    const wire = JSON.parse(JSON.stringify((named as { error: ApiError }).error)) as ApiError;
    expect(wire.code).toBe('review_package_invalid');
    expect(errorText('ar', wire)).toBe(arabic);
    expect(errorText('en', wire)).toBe(
      'Could not import the review package \u2068مراجعة سلمى.json\u2069 (\u2066article.content.headline\u2069): expected text, found a number. Nothing in the archive was changed.',
    );
    // Without a name, the sentence says where and what all the same.
    const unnamed = await dispatch(service, 'review.importPackage', { package: pkg });
    const error = (unnamed as { error: ApiError }).error;
    expect(errorText('ar', error)).toBe(
      'تعذّر استيراد ملف المراجعة (الموضع \u2066article.content.headline\u2069): المتوقع نص، لكن الموجود رقم. لم يتغيّر شيء في الأرشيف.',
    );
    expect(error.message).toBe('Review package: article.content.headline: expected text, found a number');
    archive.close();
    expect(articleCount(db)).toBe(0);
  });
});
