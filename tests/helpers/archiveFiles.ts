/** Archive files in states the tests need: filled with articles, written by the first schema, damaged on purpose. */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { openArchive } from '../../db/connection';
import { MIGRATIONS } from '../../db/migrations';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';

/**
 * Creates an archive at `path` holding `count` articles headlined `خبر N`, and closes it. Rows are written
 * directly (no counting) so a file of a few hundred pages takes milliseconds.
 */
export function fillArchive(path: string, count: number, now?: Date): void {
  const archive = openArchive(path, { now });
  const insert = archive.prepare(
    `INSERT INTO articles (id, headline, body, body_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
  );
  archive.transaction(() => {
    for (let i = 0; i < count; i++) {
      const text = `نص الخبر رقم ${i} `.repeat(40);
      insert.run(randomUUID(), `خبر ${i}`, JSON.stringify(stateFromParagraphs([text])), text);
    }
  })();
  archive.close();
}

/** A file exactly as the first schema wrote it (migration 1's SQL only), with no rows. */
export function firstSchemaArchive(path: string): void {
  const raw = new Database(path);
  raw.pragma('journal_mode = WAL');
  raw.exec(MIGRATIONS[0]!.sql);
  raw.pragma('user_version = 1');
  raw.close();
}

/** Overwrites the second half of the file with noise, as a failing disk might; the header is left whole. */
export function damageFile(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  try {
    const noise = Buffer.alloc(Math.floor(size / 2));
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) & 0xff;
    writeSync(fd, noise, 0, noise.length, size - noise.length);
  } finally {
    closeSync(fd);
  }
}

export function headlines(path: string): string[] {
  const raw = new Database(path, { readonly: true });
  const rows = raw.prepare('SELECT headline FROM articles ORDER BY headline').all() as Array<{ headline: string }>;
  raw.close();
  return rows.map((r) => r.headline);
}
