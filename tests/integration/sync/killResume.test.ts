/**
 * A `midad sync` process killed with SIGKILL in the middle of pulling 1,000 articles, then run again: it
 * resumes from the checkpoint the archive kept, nothing is duplicated or half-applied, and `midad check`
 * finds the archive sound. Everything real: the server, the killed process, the files; the resumed run and
 * the checks after it are the same command line run in this process (helpers/midadCommand.ts).
 */
import { spawn } from 'node:child_process';
import { resolve, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../../db/articles';
import { stateFromParagraphs } from '../../../core/richtext/lexicalState';
import { describeServer } from '../../helpers/newsroomServer';
import { midad } from '../../helpers/midadCommand';
import { useTempDir } from '../../helpers/tempDir';
import { engineFor, openWorkstation, startNewsroom, type Newsroom, type Person } from './newsroom';

console.log(describeServer());

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
// 2,000 changes: four pages of the pull, the first slice of 40 committed long before the last one.
const ARTICLES = 1_000;
const amal: Person = { name: 'amal', password: 'qalam-1', role: 'editor' };
const badr: Person = { name: 'badr', password: 'waraq-2', role: 'journalist' };
let newsroom: Newsroom;
const tempDir = useTempDir('midad-sync-kill-');

beforeAll(async () => {
  newsroom = await startNewsroom([amal, badr]);
}, 120_000);
afterAll(async () => {
  await newsroom?.server.stop();
});

function counts(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      articles: n('SELECT count(*) AS n FROM articles'),
      revisions: n('SELECT count(*) AS n FROM sync_revisions'),
      distinctRevisions: n('SELECT count(DISTINCT rev_id) AS n FROM sync_revisions'),
      checkpoint: (db.prepare('SELECT since FROM sync_checkpoint').get() as { since: string } | undefined)?.since,
    };
  } finally {
    db.close();
  }
}

describe('kill -9 during a pull, then a restart', () => {
  it('resumes from the checkpoint with nothing duplicated, and the archive checks sound', async () => {
    const dir = tempDir();
    const a = openWorkstation(dir, 'a.sqlite', amal);
    a.transaction(() => {
      for (let i = 0; i < ARTICLES; i++)
        createArticle(a, {
          ...NEW_ARTICLE_FIELDS,
          headline: `خبر رقم ${i}`,
          body: stateFromParagraphs([`نص الخبر ${i} عن الاقتصاد والسياسة في المنطقة`]),
        });
    })();
    expect(await engineFor(newsroom, a, amal).runOnce()).toMatchObject({ pushed: 2 * ARTICLES, converged: true });
    a.close();

    const bFile = join(dir, 'b.sqlite');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'cli/main.ts', '--db', bFile, 'sync', newsroom.urlOf(badr), '--once'],
      { cwd: ROOT, stdio: 'ignore' },
    );
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    // Kill as soon as the first batch is committed: part of the pull is in, most is not.
    let killedAt: ReturnType<typeof counts> | null = null;
    while (!killedAt) {
      await new Promise((r) => setTimeout(r, 15));
      if (child.exitCode !== null) break;
      try {
        const now = counts(bFile);
        if (now.checkpoint !== undefined) {
          child.kill('SIGKILL');
          killedAt = now;
        }
      } catch {
        // The file or its tables are not there yet.
      }
    }
    await exited;
    expect(child.signalCode).toBe('SIGKILL');
    const afterKill = counts(bFile);
    expect(afterKill.articles).toBeLessThan(ARTICLES);
    expect(afterKill.revisions).toBeGreaterThan(0);
    expect(afterKill.checkpoint).not.toBe('0');

    const resumed = await midad(['--db', bFile, 'sync', newsroom.urlOf(badr), '--once']);
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    const pulled = Number(/pulled (\d+), pushed (\d+), conflicts (\d+)/.exec(resumed.stdout)?.[1]);
    // It did not start over: what the killed run applied was not fetched and applied again.
    expect(pulled).toBeLessThan(2 * ARTICLES - afterKill.revisions + 1);
    expect(resumed.stdout).toMatch(/conflicts 0/);

    const final = counts(bFile);
    expect(final).toMatchObject({ articles: ARTICLES, revisions: ARTICLES, distinctRevisions: ARTICLES });
    const check = await midad(['--db', bFile, 'check']);
    expect(check.code).toBe(0);
    const last = `خبر رقم ${ARTICLES - 1}`;
    const found = await midad(['--db', bFile, 'search', `"${last}"`, '--json']);
    expect(found.code).toBe(0);
    expect(found.stdout).toContain(last);

    // show --json says whether the article is conflicted; history --json lists revisions with parents.
    const db = new Database(bFile, { readonly: true });
    const { id } = db.prepare('SELECT id FROM articles LIMIT 1').get() as { id: string };
    db.close();
    const shown = JSON.parse((await midad(['--db', bFile, 'show', id, '--json'])).stdout) as { conflicted: boolean };
    expect(shown.conflicted).toBe(false);
    const history = JSON.parse((await midad(['--db', bFile, 'history', id, '--json'])).stdout) as Array<
      Record<string, unknown>
    >;
    expect(history).toHaveLength(1);
    expect(Object.keys(history[0] ?? {}).sort()).toEqual(['author', 'createdAt', 'headline', 'id', 'label', 'parents']);
    expect(history[0]).toMatchObject({ author: 'amal', label: '', parents: [] });
    expect(history[0]?.id).toMatch(/^[0-9a-f]{32}$/);
    expect(history[0]?.headline).toMatch(/^خبر رقم/);
  }, 240_000);
});
