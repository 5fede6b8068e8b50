/**
 * `midad lint` as a person runs it, on real files and a real archive: the JSON shape the issue fixes, the
 * archive's vocabulary and added words taking effect, and exit 2 when it cannot run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createArticle, NEW_ARTICLE_FIELDS } from '../../db/articles';
import { openArchive } from '../../db/connection';
import { addProofingWord } from '../../db/proofing/words';
import { stateFromParagraphs } from '../../core/richtext/lexicalState';
import { midad } from '../helpers/midadCommand';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

const RowSchema = z.object({
  file: z.string().optional(),
  id: z.string().optional(),
  field: z.string(),
  line: z.number(),
  column: z.number(),
  length: z.number(),
  found: z.string(),
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  suggestions: z.array(z.string()),
});
const parseRows = (stdout: string) => z.array(RowSchema).parse(JSON.parse(stdout));

describe('midad lint', { timeout: 120_000 }, () => {
  it('checks text files line by line and prints the issue’s JSON', async () => {
    const file = join(tempDir(), 'copy.txt');
    writeFileSync(file, 'وصل الوفد الى عمان.\nقال الوزير , ان الحكومة\n');
    const result = await midad(['--db', join(tempDir(), 'none.sqlite'), 'lint', file, '--json', '--lang', 'en']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = parseRows(result.stdout);
    const ila = rows.find((r) => r.rule === 'HAMZA_ILA')!;
    expect(ila).toMatchObject({
      file,
      field: 'text',
      line: 1,
      column: 11,
      length: 3,
      found: 'الى',
      suggestions: ['إلى'],
    });
    expect(ila.message).toMatch(/hamza/);
    const an = rows.find((r) => r.rule === 'AN_ANNA_IN')!;
    expect(an).toMatchObject({ line: 2, found: 'ان', suggestions: ['إن', 'أن'] });
    expect(rows.find((r) => r.rule === 'AR_LATIN_COMMA')).toMatchObject({ line: 2, column: 12 });
  });

  it('checks articles of the archive, every field, with its vocabulary and added words', async () => {
    const db = join(tempDir(), 'midad.sqlite');
    const archive = openArchive(db);
    // زيلينسكي is not in Ayaspell: three articles use it, so it is the newsroom's word (threshold 3).
    const ids = [1, 2, 3].map(
      (n) =>
        createArticle(archive, {
          ...NEW_ARTICLE_FIELDS,
          headline: `زيلينسكي يزور المدينه ${n}`,
          body: stateFromParagraphs(['التقى زيلينسكي الوزير.', 'وقال كوفالتشوك إن الوفد وصل']),
        }).id,
    );
    addProofingWord(archive, 'كوفالتشوك', 'add');
    archive.close();
    const result = await midad(['--db', db, 'lint', '--id', ids[0]!, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const rows = parseRows(result.stdout);
    expect(rows.map((r) => [r.id, r.field, r.line, r.found, r.rule])).toEqual([
      [ids[0], 'headline', 1, 'المدينه', 'TAA_MARBUTA'],
    ]);
    const all = parseRows((await midad(['--db', db, 'lint', '--all', '--json'])).stdout);
    expect(new Set(all.map((r) => r.id))).toEqual(new Set(ids));
  });

  it('gives spelling suggestions only with --suggest (Hunspell is slow), the rules’ fixes always', async () => {
    const file = join(tempDir(), 'copy.txt');
    // Latin words inside Arabic copy are names and left alone; a Latin line is checked in English.
    writeFileSync(file, 'التقى الوفد الى عمان\nthe goverment\n');
    const db = join(tempDir(), 'none.sqlite');
    const plain = parseRows((await midad(['--db', db, 'lint', file, '--json'])).stdout);
    expect(plain.find((r) => r.rule === 'UNKNOWN_WORD')).toMatchObject({ found: 'goverment', suggestions: [] });
    expect(plain.find((r) => r.rule === 'HAMZA_ILA')).toMatchObject({ suggestions: ['إلى'] });
    const asked = await midad(['--db', db, 'lint', file, '--json', '--suggest']);
    expect(asked.code, asked.stderr).toBe(0);
    const spelling = parseRows(asked.stdout).find((r) => r.rule === 'UNKNOWN_WORD')!;
    expect(spelling.suggestions[0]).toBe('government');
  });

  it('exits 2 when it cannot run: a missing file, an unknown article, no arguments', async () => {
    const db = join(tempDir(), 'midad.sqlite');
    openArchive(db).close();
    const missing = await midad(['--db', db, 'lint', join(tempDir(), 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.txt: no such file/);
    expect((await midad(['--db', db, 'lint', '--id', '00000000-0000-4000-8000-000000000000'])).code).toBe(2);
    expect((await midad(['--db', db, 'lint'])).code).toBe(2);
  });
});
