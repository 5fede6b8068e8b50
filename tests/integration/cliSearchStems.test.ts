/**
 * `midad search` finds what stacked clitics, verb endings and broken plurals hide from light stemming
 *, through the command as a person runs it, with the exact match first.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openArchive } from '../../db/connection';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { useTempDir } from '../helpers/tempDir';

const ROOT = resolve(import.meta.dirname, '..', '..');
const tempDir = useTempDir();
const Hits = z.array(z.object({ id: z.string(), headline: z.string() }));

function midad(args: string[]) {
  const result = spawnSync('npm', ['run', '-s', 'midad', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const STORIES = [
  ['دعم للحكومة', 'أكد النائب أن البرلمان سيصوت وللحكومة أن تقدم خطتها.'],
  ['الحكومة تستقيل', 'أعلنت الحكومة استقالتها أمس.'],
  ['بيان المعارضة', 'فقالوا إن لقراراتها أثرا على بمستشفياتها كلها.'],
  ['اجتماع مرتقب', 'وسيجتمع الوزراء غدا في العاصمة.'],
  ['ولد في بيت', 'ولد الكاتب في بيت قديم وأصدر فيلم وكتاب.'],
] as const;

describe('midad search past light stemming', { timeout: 600_000 }, () => {
  it('finds each form of the issue under the plain word, the exact one ranked first', () => {
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
    const search = (query: string) => {
      const run = midad(['--db', db, 'search', query, '--json']);
      expect(run.code, run.stderr).toBe(0);
      return Hits.parse(JSON.parse(run.stdout)).map((h) => h.headline);
    };
    // Each call starts npm, tsx and the lexicon: a few calls, several words each (every word must match).
    expect(search('الحكومة')).toEqual(['الحكومة تستقيل', 'دعم للحكومة']);
    expect(search('قالوا قرارات مستشفيات')).toEqual(['بيان المعارضة']);
    expect(search('يجتمع وزير')).toEqual(['اجتماع مرتقب']);
    // Words of the list are not cut: لد (ولد) and يت (بيت) find nothing.
    expect(search('لد')).toEqual([]);
    expect(search('يت')).toEqual([]);
  });
});
