/**
 * The worst crash a process can have, over and over: a child saves in a loop and is SIGKILLed at random
 * moments. After every kill the file must pass SQLite's full integrity check, and every save the child
 * reported as done (it reports only after the save returned) must be there.
 *
 * The child is bundled once with esbuild and run on plain Node: starting it through tsx costs seconds per
 * start on a loaded machine, and the test starts it fifty times. For the same reason the search stemmer's list
 * is derived once here and handed to every child, as the app's worker thread hands it to the main thread.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openArchive } from '../../db/connection';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { dictionaryFiles } from '../../db/proofing/dictionaryFiles';
import { stemListOf } from '../../db/search/stemList';
import { useTempDir } from '../helpers/tempDir';

const ROOT = resolve(import.meta.dirname, '..', '..');
const KILLS = 50;
const AHEAD = 3;
const tempDir = useTempDir();

/** Inside the repository (dist/ is ignored) so that the bundle's require('better-sqlite3') finds node_modules. */
function bundleChild(): string {
  const outfile = join(ROOT, 'dist', 'test-children', `saveLoop-${process.pid}.cjs`);
  buildSync({
    entryPoints: [join(ROOT, 'tests', 'helpers', 'saveLoopChild.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** A small seeded generator, so a failing run can be replayed from the seed it prints. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Child {
  /** Tells the loaded child to open the archive and start saving; resolves once it is saving. */
  go: () => Promise<void>;
  /** Resolves once it has reported `count` saves (or has exited). */
  saves: (count: number) => Promise<void>;
  /** SIGKILLs it and resolves with every complete line it printed. */
  kill: () => Promise<string[]>;
}

/** Starts a child that loads and then waits, so its start-up overlaps the previous child's run. */
function startChild(bundle: string, stems: string, db: string, articleId: string): Child {
  // The bundle is CommonJS, where import.meta.url is empty: it finds the dictionaries from its own folder.
  const proc = spawn(process.execPath, [bundle, db, articleId, stems], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let buffer = '';
  let stderr = '';
  const lines: string[] = [];
  let savesSeen = 0;
  let waiter: { count: number; resolve: () => void } | null = null;
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolveReady) => (onReady = resolveReady));
  proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    const complete = buffer.split('\n');
    buffer = complete.pop()!; // a line cut by the kill is not a report
    for (const line of complete) {
      if (line === 'ready') onReady();
      else lines.push(line);
      if (line.startsWith('saved ')) savesSeen++;
    }
    if (waiter && savesSeen >= waiter.count) waiter.resolve();
  });
  proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolveExit) => proc.on('exit', () => resolveExit()));
  return {
    go: async () => {
      proc.stdin.write('go\n');
      await Promise.race([
        ready,
        exited.then(() => {
          throw new Error(`the saving child exited before it was ready: ${stderr}`);
        }),
      ]);
    },
    saves: (count) =>
      savesSeen >= count
        ? Promise.resolve()
        : Promise.race([new Promise<void>((resolve) => (waiter = { count, resolve })), exited]),
    kill: async () => {
      proc.kill('SIGKILL');
      await exited;
      return lines;
    },
  };
}

function verify(db: string, articleId: string, saved: Map<number, string>, media: Set<string>): void {
  // Opened read-write, as the app would: SQLite recovers the WAL the killed child left.
  const raw = new Database(db);
  try {
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('foreign_key_check')).toEqual([]);
    const revisions = new Map(
      (
        raw
          .prepare(
            "SELECT version, json_extract(snapshot, '$.fields.headline') AS headline FROM revisions WHERE article_id = ?",
          )
          .all(articleId) as Array<{ version: number; headline: string }>
      ).map((r) => [r.version, r.headline]),
    );
    for (const [version, headline] of saved) expect(revisions.get(version), `save ${version}`).toBe(headline);
    const current = raw.prepare('SELECT version FROM articles WHERE id = ?').get(articleId) as { version: number };
    expect(current.version).toBeGreaterThanOrEqual(Math.max(1, ...saved.keys()));
    const stored = new Set((raw.prepare('SELECT id FROM media').all() as Array<{ id: string }>).map((r) => r.id));
    for (const id of media) expect(stored.has(id), `caption ${id}`).toBe(true);
  } finally {
    raw.close();
  }
}

describe('saving while being killed', () => {
  it(`keeps the file sound and every reported save, across ${KILLS} SIGKILLs at random moments`, async () => {
    const bundle = bundleChild();
    onTestFinished(() => rmSync(bundle, { force: true }));
    const dir = tempDir();
    const db = join(dir, 'midad.sqlite');
    const stems = join(dir, 'stems.txt');
    writeFileSync(stems, stemListOf(readFileSync(dictionaryFiles('ar').dic, 'utf8')));
    const archive = openArchive(db);
    const article = createArticle(archive, NEW_ARTICLE_FIELDS);
    archive.close();

    const seed = Number(process.env.MIDAD_KILL_SEED) || Date.now() % 100_000;
    console.log(`kill test seed ${seed} (MIDAD_KILL_SEED=${seed} repeats the same choice of kill points)`);
    const random = randomFrom(seed);
    const saved = new Map<number, string>();
    const media = new Set<string>();
    let runsWithSaves = 0;
    // A few children load ahead, each waiting for its turn, so start-up time overlaps the runs before it.
    const waiting = Array.from({ length: AHEAD }, () => startChild(bundle, stems, db, article.id));
    // A failed or timed-out run must not leave the children waiting for a turn alive.
    onTestFinished(async () => {
      for (const child of waiting) await child.kill();
    });
    for (let kill = 0; kill < KILLS; kill++) {
      const current = waiting.shift()!;
      await current.go();
      waiting.push(startChild(bundle, stems, db, article.id));
      // Anywhere from before its first save to a few saves in, at any point inside the save under way.
      await current.saves(Math.floor(random() * 6));
      await new Promise((r) => setTimeout(r, random() * 40));
      const lines = await current.kill();
      for (const line of lines) {
        const [what, a, ...rest] = line.split(' ');
        if (what === 'saved') saved.set(Number(a), rest.join(' '));
        if (what === 'media') media.add(a!);
      }
      if (lines.length > 0) runsWithSaves++;
      verify(db, article.id, saved, media);
    }
    // The kills must have landed while saves were happening, not only before the first one.
    expect(saved.size).toBeGreaterThan(KILLS);
    expect(runsWithSaves).toBeGreaterThan(KILLS / 2);
  }, 240_000);
});
