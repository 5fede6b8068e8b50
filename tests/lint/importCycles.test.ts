/**
 * No import cycles in the program's sources (core, db, electron, renderer, cli, scripts), type-only imports
 * included: a module that imports what imports it cannot be read, tested or moved on its own. A type both
 * sides need goes in a module of its own (db/archive.ts, cli/commands/command.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from './importGraph';
import { useTempDir } from '../helpers/tempDir';

const ROOT = resolve(import.meta.dirname, '..', '..');
const tempDir = useTempDir();

describe('import cycles', () => {
  it('finds none in the sources', () => {
    const graph = importGraph(ROOT);
    expect(graph.size).toBeGreaterThan(300);
    expect(graph.get('db/connection.ts')).toContain('db/archive.ts');
    expect(importCycles(graph).map((loop) => loop.join(' → '))).toEqual([]);
  });

  it('names each cycle by its shortest loop, type-only imports, index files and self-imports included', () => {
    const dir = tempDir();
    const write = (path: string, text: string) => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    write('db/a.ts', "import type { B } from './b';\nimport { c } from '../core/c.js';\nexport type A = B;");
    write('db/b.ts', "import type { A } from './a';\nexport type B = A;");
    write('core/c.ts', "import { d } from './d';\nexport const c = d;");
    write('core/d/index.ts', "export * from '../c';\nexport const d = 1;");
    write('cli/self.ts', "import './self';\nimport 'zod';");
    write('cli/fine.ts', "import { c } from '../core/c';\nexport const e = c;");
    const loops = importCycles(importGraph(dir, ['core', 'db', 'cli']));
    expect(loops.map((l) => l.join(' → ')).sort()).toEqual([
      'cli/self.ts → cli/self.ts',
      'core/c.ts → core/d/index.ts → core/c.ts',
      'db/a.ts → db/b.ts → db/a.ts',
    ]);
  });
});
