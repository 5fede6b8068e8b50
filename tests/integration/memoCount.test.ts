/** The archive list's total is remembered between pages, and never outlives a change by anyone. */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { createArticle, listArticles, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { registerSearchFunctions } from '../../db/search/document';
import { trashArticle } from '../../db/trash';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

describe('the list total', () => {
  it('follows this connection’s writes and another connection’s commits', () => {
    const path = join(tempDir(), 'midad.sqlite');
    const archive = openArchive(path);
    const total = () => listArticles(archive, 10, 0).total;
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'أول' });
    createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'ثان' });
    expect(total()).toBe(2);
    expect(total()).toBe(2);

    const third = createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'ثالث' });
    expect(total()).toBe(3);

    // Another program writing the same file (as a sync tool or a second process would).
    const other = new Database(path);
    registerSearchFunctions(other);
    createArticle(other, { ...NEW_ARTICLE_FIELDS, headline: 'من برنامج آخر' });
    expect(total()).toBe(4);
    trashArticle(other, third.id);
    expect(total()).toBe(3);
    expect(listArticles(archive, 10, 0, true).total).toBe(1);
    other.close();
    archive.close();
  });
});
