/**
 * `midad search` finds what stacked clitics, verb endings and broken plurals hide from light stemming, with
 * the exact match first: the command line run in this process (cli.test.ts runs the real binary).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openArchive } from '../../db/connection';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { useTempDir } from '../helpers/tempDir';
import { midad } from '../helpers/midadCommand';

const tempDir = useTempDir();
const Hits = z.array(z.object({ id: z.string(), headline: z.string() }));

const STORIES = [
  ['دعم للحكومة', 'أكد النائب أن البرلمان سيصوت وللحكومة أن تقدم خطتها.'],
  ['الحكومة تستقيل', 'أعلنت الحكومة استقالتها أمس.'],
  ['بيان المعارضة', 'فقالوا إن لقراراتها أثرا على بمستشفياتها كلها.'],
  ['اجتماع مرتقب', 'وسيجتمع الوزراء غدا في العاصمة.'],
  ['ولد في بيت', 'ولد الكاتب في بيت قديم وأصدر فيلم وكتاب.'],
] as const;

// The stemmer's lexicon is built on the first save: seconds on a loaded machine.
describe('midad search past light stemming', { timeout: 120_000 }, () => {
  it('finds each form of the issue under the plain word, the exact one ranked first', async () => {
    const db = join(tempDir(), 'midad.sqlite');
    const archive = openArchive(db);
    STORIES.forEach(([headline, text], i) =>
      createArticle(
        archive,
        { ...NEW_ARTICLE_FIELDS, headline, body: stateFromParagraphs([text]) },
        new Date(Date.UTC(2024, 4, 1 + i)),
      ),
    );
    archive.close();
    const search = async (query: string) => {
      const run = await midad(['--db', db, 'search', query, '--json']);
      expect(run.code, run.stderr).toBe(0);
      return Hits.parse(JSON.parse(run.stdout)).map((h) => h.headline);
    };
    // A few calls, several words each (every word must match).
    expect(await search('الحكومة')).toEqual(['الحكومة تستقيل', 'دعم للحكومة']);
    expect(await search('قالوا قرارات مستشفيات')).toEqual(['بيان المعارضة']);
    expect(await search('يجتمع وزير')).toEqual(['اجتماع مرتقب']);
    // Words of the list are not cut: لد (ولد) and يت (بيت) find nothing.
    expect(await search('لد')).toEqual([]);
    expect(await search('يت')).toEqual([]);
  });
});
