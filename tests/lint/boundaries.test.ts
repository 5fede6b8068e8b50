/**
 * The layering written in shared/docs/architecture.md is enforced by lint: these are deliberate violations,
 * linted as if they sat in each folder, and each must fail.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
// The project's own config, without the type checker: these files exist only in memory, so no tsconfig
// holds them, and the rules under test (layering, literal text) read the syntax alone.
const eslint = new ESLint({ cwd: ROOT, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('import boundaries', () => {
  it.each([
    ['core/article/x.ts', "import Database from 'better-sqlite3';\nexport const d = Database;"],
    ['core/article/x.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;"],
    ['core/article/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['core/article/x.ts', "import { openArchive } from '../../db/connection';\nexport const o = openArchive;"],
    ['db/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['db/x.ts', "import { App } from '../renderer/App';\nexport const a = App;"],
    ['renderer/x.ts', "import { openArchive } from '../db/connection';\nexport const o = openArchive;"],
    ['renderer/x.ts', "import Database from 'better-sqlite3';\nexport const d = Database;"],
    ['renderer/x.ts', "import { readFileSync } from 'fs';\nexport const r = readFileSync;"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;"],
    ['electron/bridge/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['cli/x.ts', "import { registerIpc } from '../electron/ipc';\nexport const r = registerIpc;"],
  ])('refuses %s importing across its boundary', async (file, code) => {
    const found = await problems(file, code);
    expect(found.some((p) => p.startsWith('no-restricted-imports'))).toBe(true);
  });

  it.each([
    ['db/x.ts', "import { countText } from '../core/arabic/count';\nexport const c = countText;"],
    ['renderer/x.ts', "import { countText } from '../core/arabic/count';\nexport const c = countText;"],
    ['electron/x.ts', "import { openArchive } from '../db/connection';\nexport const o = openArchive;"],
    ['cli/x.ts', "import { openArchive } from '../db/connection';\nexport const o = openArchive;"],
  ])('allows %s its permitted imports', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});

describe('interface strings', () => {
  it('refuses literal text in JSX and in visible attributes', async () => {
    expect(await problems('renderer/x.tsx', 'export const A = () => <p>مقال جديد</p>;')).toHaveLength(1);
    expect(await problems('renderer/x.tsx', 'export const A = () => <button aria-label="Close" />;')).toHaveLength(1);
  });

  it('allows text that comes from t(...)', async () => {
    expect(
      await problems(
        'renderer/x.tsx',
        "declare const t: (k: string) => string;\nexport const A = () => <p title={t('a')}>{t('b')}</p>;",
      ),
    ).toEqual([]);
  });
});
