/** Importing many files with one commit per group of files: each file still all or nothing, nothing lost. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../db/connection';
import { listArticles } from '../../db/articles';
import { FILES_PER_COMMIT, importFilesInGroups, type FileOutcome } from '../../db/exchange/importGroups';
import { useTempDir } from '../helpers/tempDir';

const tempDir = useTempDir();

/** `count` wire stories, numbered, as an agency's folder would hold them. */
function wireFolder(count: number): string[] {
  const dir = tempDir();
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `story-${String(i).padStart(4, '0')}.txt`);
    writeFileSync(path, `خبر رقم ${i}\n\nبغداد - (أ ف ب) - نص الخبر رقم ${i} كما وصل من الوكالة.`);
    return path;
  });
}

const headlines = (archive: ReturnType<typeof openArchive>) =>
  listArticles(archive, 1000, 0)
    .items.map((a) => a.headline)
    .sort();

describe('importing a folder of files in groups', () => {
  it('imports every good file, reports each bad one by its path, in the order given', () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    const paths = wireFolder(FILES_PER_COMMIT * 2 + 30);
    const bad = paths[FILES_PER_COMMIT + 7] as string;
    writeFileSync(bad, '{"format": "midad-article", "articles": [');
    const outcomes: FileOutcome[] = [];
    importFilesInGroups(archive, paths, undefined, (o) => outcomes.push(o));

    expect(outcomes.map((o) => o.path)).toEqual(paths);
    const failed = outcomes.filter((o) => 'error' in o);
    expect(failed.map((o) => o.path)).toEqual([bad]);
    expect(headlines(archive)).toHaveLength(paths.length - 1);
    expect(headlines(archive)).not.toContain(`خبر رقم ${FILES_PER_COMMIT + 7}`);
    archive.close();
  });

  it('stops at a failure that is not the file’s own: earlier groups stay, the unfinished group is not reported', () => {
    const archive = openArchive(join(tempDir(), 'midad.sqlite'));
    const paths = wireFolder(FILES_PER_COMMIT + 10);
    // A folder where a file should be: reading it fails in the file system, not in an importer.
    const folder = paths[FILES_PER_COMMIT + 3] as string;
    const withFolder = paths.map((p) => (p === folder ? `${folder}.d` : p));
    mkdirSync(`${folder}.d`);
    const reported: string[] = [];
    expect(() => importFilesInGroups(archive, withFolder, undefined, (o) => reported.push(o.path))).toThrow();

    expect(reported).toEqual(withFolder.slice(0, FILES_PER_COMMIT));
    expect(headlines(archive)).toHaveLength(FILES_PER_COMMIT);
    archive.close();
  });
});
