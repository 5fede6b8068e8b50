/**
 * The archive's vocabulary counts (db/proofing/words.ts) are kept between calls and counted again only after
 * a write: the editor asks for them whenever it opens an article, and counting reads every article.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { openArchive } from '../../db/connection';
import { articleCounts, frequentWords } from '../../db/proofing/words';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

describe('proofing vocabulary counts', () => {
  it('are kept until a save, then counted again with the saved words', () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    try {
      const ids = [1, 2].map((n) => createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: `زيلينسكي ${n}` }));
      const first = articleCounts(archive);
      expect(first.get('زيلينسكي')).toBe(2);
      // Nothing written since: the same counts, not a new scan.
      expect(articleCounts(archive)).toBe(first);
      expect(frequentWords(archive, 2)).toEqual(['زيلينسكي']);

      const article = ids[0]!;
      saveArticle(archive, article.id, article.version, { headline: 'كوفالتشوك' });
      const after = articleCounts(archive);
      expect(after).not.toBe(first);
      expect(after.get('زيلينسكي')).toBe(1);
      expect(after.get('كوفالتشوك')).toBe(1);
      expect(frequentWords(archive, 2)).toEqual([]);
    } finally {
      archive.close();
    }
  });

  it('are counted again after another connection writes (the command line, a sync)', () => {
    const file = join(tempDir(), 'midad.sqlite');
    const archive = openArchive(file);
    try {
      createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: 'زيلينسكي' });
      const first = articleCounts(archive);
      expect(articleCounts(archive)).toBe(first);
      // A second connection straight to the file (openArchive's lock would refuse a second program); the
      // articles' triggers need the app's SQL functions, so it writes the person's words instead.
      const other = new Database(file);
      other.prepare("INSERT INTO proofing_words (word, kind, added_at) VALUES ('كلمة', 'add', '2026-01-01')").run();
      other.close();
      expect(articleCounts(archive)).not.toBe(first);
    } finally {
      archive.close();
    }
  });
});
