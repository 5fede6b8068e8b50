/**
 * `midad search` on a real archive file, the command line run in this process (cli.test.ts runs the real
 * binary, through npm and directly).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { useTempDir } from '../helpers/tempDir';
import { midad } from '../helpers/midadCommand';

const tempDir = useTempDir();

function archiveWithTwo() {
  const db = join(tempDir(), 'midad.sqlite');
  const archive = openArchive(db);
  const bare = createArticle(
    archive,
    { ...NEW_ARTICLE_FIELDS, headline: 'محطة وقود جديدة', body: stateFromParagraphs(['افتتحت محطة وقود في بغداد.']) },
    new Date('2024-05-01T00:00:00.000Z'),
  );
  const withArticle = createArticle(
    archive,
    {
      ...NEW_ARTICLE_FIELDS,
      headline: 'أسعار الوقود',
      status: 'published',
      body: stateFromParagraphs(['ارتفعت أسعارُ الوَقُودِ أمس.']),
    },
    new Date('2024-05-02T00:00:00.000Z'),
  );
  archive.close();
  return { db, bare, withArticle };
}

describe('midad search', () => {
  it('prints {id, headline, snippet, status, updatedAt} in rank order under --json, exact matches first', async () => {
    const { db, bare, withArticle } = archiveWithTwo();
    const run = await midad(['--db', db, 'search', 'وقود', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        id: bare.id,
        headline: 'محطة وقود جديدة',
        snippet: 'افتتحت محطة وقود في بغداد.',
        status: 'draft',
        updatedAt: '2024-05-01T00:00:00.000Z',
      },
      {
        id: withArticle.id,
        headline: 'أسعار الوقود',
        snippet: 'ارتفعت أسعارُ الوَقُودِ أمس.',
        status: 'published',
        updatedAt: '2024-05-02T00:00:00.000Z',
      },
    ]);
  });

  it('prints one result per two lines without --json, and nothing for no match', async () => {
    const { db, withArticle } = archiveWithTwo();
    const plain = await midad(['--db', db, 'search', '"أسعار الوقود"']);
    expect(plain.code).toBe(0);
    expect(plain.stdout.trim().split('\n')).toHaveLength(2);
    expect(plain.stdout).toContain(withArticle.id);
    const none = await midad(['--db', db, 'search', 'كهرباء', '--json']);
    expect(JSON.parse(none.stdout)).toEqual([]);
  });

  it('answers a query with nothing to search for with one line on stderr', async () => {
    const { db } = archiveWithTwo();
    const star = await midad(['--db', db, 'search', '*']);
    expect(star.code).toBe(1);
    expect(star.stderr.trim().split('\n')).toHaveLength(1);
    expect(star.stderr).toMatch(/at least one word/);
    const nothing = await midad(['--db', db, 'search']);
    expect(nothing.code).toBe(2);
  });
});
