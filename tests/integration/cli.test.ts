/**
 * The `midad` command on a real archive file. One case runs it as a person does, `npm run -s midad -- ...`
 * (the npm script, the real binary's exit code and streams); one runs the binary's failure path as a process;
 * the rest run the same command line in this process (helpers/midadCommand.ts), seconds cheaper each.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { useTempDir } from '../helpers/tempDir';
import { parseJson } from '../helpers/json';
import { midad, runMidad } from '../helpers/midadCommand';

const ROOT = resolve(import.meta.dirname, '..', '..');
const tempDir = useTempDir();

function npmMidad(args: string[], env: NodeJS.ProcessEnv = {}) {
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

// The npm case starts npm, then tsx: slow when the machine is loaded.
describe('midad list', { timeout: 120_000 }, () => {
  it('prints one line per article through npm, and JSON with --json', async () => {
    const { db, article } = archiveWithOneArticle();
    const plain = npmMidad(['--db', db, 'list']);
    expect(plain.code).toBe(0);
    expect(plain.stdout.trim().split('\n')).toHaveLength(1);
    expect(plain.stdout).toContain(article.id);
    const json = await midad(['list', '--json'], { MIDAD_DB: db });
    expect(JSON.parse(json.stdout)).toMatchObject([{ id: article.id, headline: 'بايدن يستقبل الكاظمي' }]);
  });
});

describe('midad show', { timeout: 120_000 }, () => {
  it('prints the article with the model’s key names under --json', async () => {
    const { db, article } = archiveWithOneArticle();
    const shown = await midad(['--db', db, 'show', article.id, '--json']);
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

  it('fails with one line on stderr for an unknown id or a bad one, as the real binary too', async () => {
    const { db } = archiveWithOneArticle();
    const missing = await runMidad(['--db', db, 'show', '0b7c6a52-2f59-4a8e-9d33-6c1f0f2a1b11']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/No article with id/);
    const bad = await midad(['--db', db, 'show', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not an article ID/);
  });

  it('names an unknown command and lists the commands under --help', async () => {
    const unknown = await midad(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    const help = await midad(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/list/);
    expect(help.stdout).toMatch(/show/);
  });
});
