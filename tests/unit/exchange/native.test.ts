import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeJsonSchema } from '../../../core/exchange/nativeJsonSchema';
import { exportNative } from '../../../core/exchange/nativeExport';
import { parseImport } from '../../../core/exchange/registry';
import { IMPORT_LIMITS } from '../../../core/exchange/limits';
import { MidadError } from '../../../core/api/errors';
import { errorText } from '../../../core/i18n/errorText';
import { MIXED_STORY, PICTURE_STORY, WIRE_STORY } from './testArticles';
import { parseNative } from '../../helpers/json';

const SCHEMA_FILE = resolve(import.meta.dirname, '..', '..', '..', 'core', 'exchange', 'midad-article.schema.json');

function failure(fileName: string, text: string): MidadError {
  try {
    parseImport(fileName, text);
  } catch (error) {
    if (error instanceof MidadError) return error;
    throw error;
  }
  throw new Error('the import was expected to fail');
}

describe('the native JSON format', () => {
  it('has its JSON Schema checked in exactly as the zod schemas generate it (npx tsx scripts/write-exchange-schema.ts)', () => {
    expect(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'))).toEqual(nativeJsonSchema());
  });

  it('exports format, formatVersion and every field, pictures base64, and reads them all back', () => {
    const text = exportNative([WIRE_STORY, MIXED_STORY, PICTURE_STORY]);
    const doc = parseNative(text);
    expect(doc).toMatchObject({ format: 'midad', formatVersion: 1 });
    expect(doc.articles).toHaveLength(3);
    expect(doc.articles[2]!.media[0]).toMatchObject({
      caption: 'غروب الشمس فوق النيل',
      data: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    });
    const drafts = parseImport('three.json', text);
    expect(drafts.map((d) => d.id)).toEqual([WIRE_STORY.article.id, MIXED_STORY.article.id, PICTURE_STORY.article.id]);
    expect(drafts[1]?.fields.body).toEqual(MIXED_STORY.article.body);
    expect(drafts[2]?.media[0]?.bytes).toEqual(PICTURE_STORY.media.get(PICTURE_STORY.article.media[0]!.id));
  });
});

describe('a bad file', () => {
  it('names the file, the line and column of a JSON syntax error', () => {
    const error = failure('broken.json', '{\n  "format": "midad",\n  "articles": [,]\n}');
    expect(error.code).toBe('import_failed');
    expect(error.params).toEqual({
      file: 'broken.json',
      at: 'line_column',
      line: 3,
      column: 16,
      problem: 'json_malformed',
    });
    expect(error.message).toBe("broken.json: line 3, column 16: expected well-formed JSON (Unexpected token ',')");
    expect(errorText('ar', error)).toBe(
      'تعذّر استيراد الملف \u2068broken.json\u2069 (السطر 3، العمود 16): المتوقع نص \u2066JSON\u2069 سليم البنية. لم يُضَف شيء من هذا الملف.',
    );
  });

  it('says a file cut short ends before its JSON does', () => {
    const text = '{"format": "midad", "formatVersion": 1, "articles": [{"headline": "عاجل';
    const error = failure('cut.json', text);
    // Where the text ran out: one past its last character.
    expect(error.params).toEqual({
      file: 'cut.json',
      at: 'line_column',
      line: 1,
      column: text.length + 1,
      problem: 'json_truncated',
    });
    expect(errorText('ar', error)).toContain('ينتهي الملف قبل أن يكتمل نص \u2066JSON\u2069 فيه، ولعله نُسخ ناقصاً');
  });

  it('names the JSON path of a field that breaks the schema, and what the schema wanted there', () => {
    const doc = parseNative(exportNative([WIRE_STORY]));
    doc.articles[0]!.headline = 'x'.repeat(600);
    const error = failure('long.json', JSON.stringify(doc));
    expect(error.params).toEqual({
      file: 'long.json',
      at: 'path',
      path: 'articles[0].headline',
      problem: 'text_too_long',
      limit: 500,
    });
    expect(errorText('ar', error)).toBe(
      'تعذّر استيراد الملف \u2068long.json\u2069 (الموضع \u2066articles[0].headline\u2069): عدد أحرف النص يتجاوز الحد المسموح به (500). لم يُضَف شيء من هذا الملف.',
    );
    const bad = parseNative(exportNative([WIRE_STORY]));
    // An agency the schema does not know, on purpose: Object.assign lets the test write what the type forbids.
    Object.assign(bad.articles[0]!.dateline, { agency: 'BBC' });
    expect(failure('agency.json', JSON.stringify(bad)).params).toMatchObject({
      at: 'path',
      path: 'articles[0].dateline.agency',
      problem: 'not_one_of',
    });
  });

  it('is refused past the nesting and size bounds with a message saying so', () => {
    const deep = `{"format":"midad","articles":${'['.repeat(IMPORT_LIMITS.jsonDepth + 5)}${']'.repeat(IMPORT_LIMITS.jsonDepth + 5)}}`;
    expect(failure('deep.json', deep).params).toMatchObject({
      at: 'line_column',
      problem: 'json_too_deep',
      limit: 100,
    });
    expect(failure('deep.json', deep).message).toMatch(/JSON nested at most 100 levels deep/);
    const huge = failure('huge.html', `<html>${'a'.repeat(IMPORT_LIMITS.fileChars)}</html>`);
    expect(huge.message).toBe('huge.html: the whole file: expected a file of at most 64 MB');
    expect(errorText('ar', huge)).toBe(
      'تعذّر استيراد الملف \u2068huge.html\u2069 (الملف كله): حجم الملف يتجاوز الحد المسموح به (64 ميغابايت). لم يُضَف شيء من هذا الملف.',
    );
  });

  it('is refused when it is JSON of neither format', () => {
    const error = failure('other.json', '{"hello": 1}');
    expect(error.params).toEqual({ file: 'other.json', at: 'top', problem: 'not_article' });
    expect(error.message).toMatch(/^other\.json: the top level: expected a Midad export/);
  });
});
