/**
 * Every folder README names every file it speaks for (its folder, and subfolders without a README of their
 * own), so the lists stay true as files are added, moved and split.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unnamedFiles } from './readmeFiles';
import { useTempDir } from '../helpers/tempDir';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FOLDERS = ['core', 'db', 'electron', 'renderer', 'cli', 'scripts', 'tests', 'build', 'resources'];
const tempDir = useTempDir();

describe('folder READMEs', () => {
  it('name every file they speak for', () => {
    expect(Object.fromEntries(unnamedFiles(ROOT, FOLDERS))).toEqual({});
  });

  it('are told of a file they do not name, in their folder or a subfolder without a README', () => {
    const dir = tempDir();
    const write = (path: string, text = '') => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    write('db/README.md', '`named.ts` and `sub/alsoNamed.ts`');
    write('db/named.ts');
    write('db/unnamed.ts');
    write('db/tsconfig.json');
    write('db/sub/alsoNamed.ts');
    write('db/sub/forgotten.ts');
    write('db/own/README.md', '`x.ts`');
    write('db/own/x.ts');
    expect(Object.fromEntries(unnamedFiles(dir, ['db']))).toEqual({
      'db/README.md': ['db/sub/forgotten.ts', 'db/unnamed.ts'],
    });
  });
});
