/**
 * An article with thousands of pictures: imported in seconds, indexed once with every caption,
 * and refused clearly above the bound, with nothing added.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { listArticles, getArticle } from '../../db/articles';
import { importText } from '../../db/exchange/importFiles';
import { searchArticles } from '../../db/search/search';
import { verifySearchIndex } from '../../db/search/verify';
import { SearchRequestSchema } from '../../core/search/schema';
import { IMPORT_LIMITS } from '../../core/exchange/limits';
import { MidadError } from '../../core/api/errors';
import { captionOnlyNinjs } from '../bench/ninjsPictures';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();
const found = (archive: ReturnType<typeof openArchive>, query: string) =>
  searchArticles(archive, SearchRequestSchema.parse({ query })).total;

describe('an article with thousands of pictures', () => {
  it('imports 4,000 caption-only pictures in seconds, every caption searchable, again as a new version', () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    const text = captionOnlyNinjs(4_000);
    const started = performance.now();
    const [imported] = importText(archive, 'gallery.json', text);
    // Before migration 9 each picture re-indexed the article: 43 s on the audit's machine.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(getArticle(archive, imported!.id).media).toHaveLength(4_000);
    expect(found(archive, '"صورة 3999"')).toBe(1);
    expect(verifySearchIndex(archive).problems).toEqual([]);
    // The same file again replaces the pictures of the same article, still indexed once and right.
    const again = JSON.parse(text) as {
      uri: string;
      associations: Record<string, { descriptions: Array<{ value: string }> }>;
    };
    again.uri = `urn:midad:article:${imported!.id}`;
    again.associations.picture7!.descriptions[0]!.value = 'قافلة المساعدات';
    importText(archive, 'gallery.json', JSON.stringify(again));
    expect(found(archive, 'قافلة')).toBe(1);
    expect(verifySearchIndex(archive).problems).toEqual([]);
    archive.close();
  }, 60_000);

  it('is refused above the bound, naming the bound, with nothing added', () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    const limit = IMPORT_LIMITS.picturesPerArticle;
    let refusal: unknown;
    try {
      importText(archive, 'huge.json', captionOnlyNinjs(limit + 1));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(MidadError);
    expect((refusal as MidadError).params).toMatchObject({ problem: 'too_many_pictures', limit, file: 'huge.json' });
    expect(listArticles(archive, 10, 0).total).toBe(0);
    archive.close();
  }, 60_000);
});
