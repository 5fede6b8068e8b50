import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeJsonSchema } from '../../../core/exchange/nativeJsonSchema';
import { exportNative } from '../../../core/exchange/nativeExport';
import { parseImport } from '../../../core/exchange/registry';
import { IMPORT_LIMITS } from '../../../core/exchange/limits';
import { MidadError } from '../../../core/api/errors';
import { MIXED_STORY, PICTURE_STORY, WIRE_STORY } from './testArticles';

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
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({ format: 'midad', formatVersion: 1 });
    expect(doc.articles).toHaveLength(3);
    expect(doc.articles[2].media[0]).toMatchObject({ caption: 'غروب الشمس فوق النيل', data: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==' });
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
    expect(error.params).toMatchObject({ file: 'broken.json', where: 'line 3, column 16' });
    expect(error.message).toMatch(/^broken\.json: line 3, column 16: expected well-formed JSON/);
  });

  it('names the JSON path of a field that breaks the schema', () => {
    const doc = JSON.parse(exportNative([WIRE_STORY]));
    doc.articles[0].headline = 'x'.repeat(600);
    const error = failure('long.json', JSON.stringify(doc));
    expect(error.params.where).toBe('articles[0].headline');
    const bad = JSON.parse(exportNative([WIRE_STORY]));
    bad.articles[0].dateline.agency = 'BBC';
    expect(failure('agency.json', JSON.stringify(bad)).params.where).toBe('articles[0].dateline.agency');
  });

  it('is refused past the nesting and size bounds with a message saying so', () => {
    const deep = `{"format":"midad","articles":${'['.repeat(IMPORT_LIMITS.jsonDepth + 5)}${']'.repeat(IMPORT_LIMITS.jsonDepth + 5)}}`;
    expect(failure('deep.json', deep).message).toMatch(/JSON nested at most 100 levels deep/);
    expect(failure('huge.html', `<html>${'a'.repeat(IMPORT_LIMITS.fileChars)}</html>`).message).toMatch(/huge\.html: the whole file: expected a file of at most 64 MB/);
  });

  it('is refused when it is JSON of neither format', () => {
    expect(failure('other.json', '{"hello": 1}').message).toMatch(/other\.json: \(top level\): expected a Midad export/);
  });
});
