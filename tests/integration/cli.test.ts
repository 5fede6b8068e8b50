/** The `midad` command as a person runs it: `npm run -s midad -- ...` on a real archive file. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { useTempDir } from '../helpers/tempDir';
import { parseJson } from '../helpers/json';

const ROOT = resolve(import.meta.dirname, '..', '..');
const tempDir = useTempDir();

function midad(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync('npm', ['run', '-s', 'midad', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function archiveWithOneArticle() {
  const db = join(tempDir(), 'midad.sqlite');
  const archive = openArchive(db);
  const article = createArticle(archive, {
    ...NEW_ARTICLE_FIELDS,
    headline: 'بايدن يستقبل الكاظمي',
    section: 'العرب والعالم',
    dateline: { city: 'واشنطن', agency: 'AFP' },
    body: stateFromParagraphs(['استقبل الرئيس الأمريكي رئيس الوزراء العراقي.']),
  });
  archive.close();
  return { db, article };
}

// Each case starts `npm run midad` (npm, then tsx) more than once: slow when the machine is loaded.
describe('midad list', { timeout: 120_000 }, () => {
  it('prints one line per article, and JSON with --json', () => {
    const { db, article } = archiveWithOneArticle();
    const plain = midad(['--db', db, 'list']);
    expect(plain.code).toBe(0);
    expect(plain.stdout.trim().split('\n')).toHaveLength(1);
    expect(plain.stdout).toContain(article.id);
    const json = midad(['list', '--json'], { MIDAD_DB: db });
    expect(JSON.parse(json.stdout)).toMatchObject([{ id: article.id, headline: 'بايدن يستقبل الكاظمي' }]);
  });
});

describe('midad show', { timeout: 120_000 }, () => {
  it('prints the article with the model’s key names under --json', () => {
    const { db, article } = archiveWithOneArticle();
    const shown = midad(['--db', db, 'show', article.id, '--json']);
    expect(shown.code).toBe(0);
    const parsed = parseJson(shown.stdout);
    expect(parsed).toMatchObject({
      id: article.id,
      headline: 'بايدن يستقبل الكاظمي',
      section: 'العرب والعالم',
      dateline: { city: 'واشنطن', agency: 'AFP' },
      bodyText: 'استقبل الرئيس الأمريكي رئيس الوزراء العراقي.',
      media: [],
    });
  });

  it('fails with one line on stderr for an unknown id or a bad one', () => {
    const { db } = archiveWithOneArticle();
    const missing = midad(['--db', db, 'show', '0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/No article with id/);
    const bad = midad(['--db', db, 'show', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not an article ID/);
  });

  it('names an unknown command and lists the commands under --help', () => {
    const unknown = midad(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    const help = midad(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/list/);
    expect(help.stdout).toMatch(/show/);
  });
});
