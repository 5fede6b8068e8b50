/**
 * The archive's vocabulary counts (db/proofing/words.ts) are kept between calls and counted again only after
 * a write: the editor asks for them whenever it opens an article, and counting reads every article. The names
 * agencies tag articles with are accepted from one article, and taken back when it goes to the trash.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { NewsroomWordsSchema } from '../../core/proofing/newsroomDictionary';
import { createArticle, NEW_ARTICLE_FIELDS, saveArticle } from '../../db/articles';
import { openArchive } from '../../db/connection';
import { openProofer } from '../../db/proofing/proofer';
import { trashArticle } from '../../db/trash';
import { articleCounts, frequentWords, newsroomWords } from '../../db/proofing/words';
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

  it('accept the words of a tagged name from one article, never a slip of a word, until it is trashed', async () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    try {
      const ruleOf = async (text: string) => (await openProofer(archive)).lint([text]).map((f) => f.rule);
      // An amusement park's name: لاند reads as a slip of لأند to the word-form rules (alone: beside الفانتزي, a
      // word no dictionary knows, HAMZA_MEDIAL already takes it for a name, core/proofing/nameContext.ts).
      expect(await ruleOf('زار لاند')).toContain('HAMZA_MEDIAL');
      const tagged = createArticle(archive, {
        ...NEW_ARTICLE_FIELDS,
        headline: 'افتتاح موسم الصيف',
        entities: {
          places: [{ name: 'الفانتزي لاند' }],
          people: [{ name: 'ابراهيم كوفالتشوك' }, { name: 'حمزه' }, { name: 'كولن باول' }],
        },
      });
      expect(newsroomWords(archive, 3).tagged).toEqual(expect.arrayContaining(['لاند', 'الفانتزي', 'للفانتزي']));
      expect(await ruleOf('زار الفانتزي لاند')).toEqual([]);
      expect(await ruleOf('زار لاند')).toEqual([]);
      expect(await ruleOf('مرورا بلاند وللفانتزي')).toEqual([]);
      expect(await ruleOf('وقال كوفالتشوك')).toEqual([]);
      // باول is Powell, not ب + أول: a slip only after letters read as a proclitic is no slip of a name.
      expect(await ruleOf('وقال باول')).toEqual([]);
      // An agency's ابراهيم or حمزه is a slip of إبراهيم or حمزة all the same.
      expect(await ruleOf('وقال ابراهيم وحمزه')).toEqual(['HAMZA_INITIAL', 'TAA_MARBUTA']);
      trashArticle(archive, tagged.id);
      expect(newsroomWords(archive, 3).tagged).toEqual([]);
      expect(await ruleOf('زار لاند')).toContain('HAMZA_MEDIAL');
    } finally {
      archive.close();
    }
  });

  it('rank the first suggestion by how the archive writes the word, and forget a trashed article’s', async () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    try {
      const first = async (text: string) => (await openProofer(archive)).lint([text]).map((f) => f.suggestions[0]);
      // Both are words; with no archive to go by, the rule's own order (hamzaInitial.ts) offers إخبار.
      expect(await first('نشرة اخبار')).toEqual(['إخبار']);
      expect(await first('وزير والاعلام')).toEqual(['والأعلام']);
      const written = ['موجز الأخبار', 'أخبار الصباح في إعلام الدولة', 'وأخبار المساء ولإعلام الجيران'].map(
        (headline) => createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline }),
      );
      const words = newsroomWords(archive, 3);
      // What proofing.words sends the editor's worker: the API's own schema takes it.
      // وأخبار counts as أخبار; الأخبار in one article alone says nothing of the house's habits.
      expect(NewsroomWordsSchema.parse(words).usage).toEqual({ أخبار: 2, إعلام: 2 });
      expect(await first('نشرة اخبار')).toEqual(['أخبار']);
      // With the article: إعلام written without it still says which word the house means.
      expect(await first('وزير والاعلام')).toEqual(['والإعلام']);
      for (const article of written) trashArticle(archive, article.id);
      expect(newsroomWords(archive, 3).usage).toEqual({});
      expect(await first('نشرة اخبار')).toEqual(['إخبار']);
      expect(await first('وزير والاعلام')).toEqual(['والأعلام']);
    } finally {
      archive.close();
    }
  });

  it('learn a word three articles use, never a slip three articles make (the editor as the command line)', async () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    try {
      for (const n of [1, 2, 3])
        createArticle(archive, { ...NEW_ARTICLE_FIELDS, headline: `الجامعة الاردنية وزيلينسكي ${n}` });
      expect(frequentWords(archive, 3)).toEqual(expect.arrayContaining(['الاردنية', 'وزيلينسكي']));
      const rules = (await openProofer(archive)).lint(['زار وزيلينسكي الجامعة الاردنية']);
      expect(rules.map((f) => [f.rule, f.found])).toEqual([['HAMZA_INITIAL', 'الاردنية']]);
    } finally {
      archive.close();
    }
  });
});
