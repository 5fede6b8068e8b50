// Lint: TypeScript rules, plus the project's layering (who may import whom, per
// shared/docs/architecture.md) and the rule that every string a person sees comes from the locale files.
// Type-aware: the rules that need the type checker (floating promises, unsafe any) read each file's own
// tsconfig through the project service, so lint sees exactly what `tsc --build` sees.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const node = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'worker_threads',
];

/** One restricted-imports rule per folder: the folders it must not reach, and the packages it must not load. */
function layer(files, { folders, packages, why }) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...folders.map((folder) => ({
              group: [`**/${folder}/**`, `**/${folder}`],
              message: `${why} (may not import ${folder}/).`,
            })),
            ...(packages.length ? [{ group: packages, message: `${why} (may not import these packages).` }] : []),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tsbuild/**', 'release/**', 'tests/lint/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Plain JavaScript (this file) belongs to no tsconfig: lint it without types.
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  // The React Compiler's rules of hooks, for the page.
  { files: ['renderer/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  layer(['core/**'], {
    folders: ['db', 'electron', 'renderer', 'cli', 'tests', 'scripts'],
    packages: [...node, 'electron', 'better-sqlite3', 'react', 'react-dom', 'react/*', 'lexical', '@lexical/*'],
    why: 'core/ is pure TypeScript shared by every process',
  }),
  layer(['db/**'], {
    folders: ['electron', 'renderer', 'cli', 'tests', 'scripts'],
    packages: ['electron', 'react', 'react-dom', 'lexical', '@lexical/*'],
    why: 'db/ is the archive on plain Node',
  }),
  layer(['electron/**'], {
    folders: ['renderer', 'cli', 'tests', 'scripts'],
    packages: [],
    why: 'electron/ is the main process',
  }),
  layer(['electron/bridge/**'], {
    folders: ['renderer', 'cli', 'tests', 'scripts'],
    packages: ['electron'],
    why: 'the bridge runs on plain Node without Electron',
  }),
  layer(['renderer/**'], {
    folders: ['db', 'electron', 'cli', 'tests', 'scripts'],
    packages: [...node, 'electron', 'better-sqlite3'],
    why: 'renderer/ runs sandboxed in the page and reaches the archive only through window.midad',
  }),
  layer(['cli/**'], {
    folders: ['electron', 'renderer', 'tests', 'scripts'],
    packages: ['electron', 'react', 'react-dom'],
    why: 'cli/ runs on plain Node',
  }),
  {
    files: ['renderer/**/*.tsx'],
    rules: {
      // Every string a person sees goes through t(...) from core/i18n (Arabic first, English second).
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[\\p{L}\\p{N}]/u]',
          message: 'Literal text in JSX: put it in core/i18n and use t(...).',
        },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt|aria-placeholder)$/] > Literal',
          message: 'Literal text in a visible attribute: put it in core/i18n and use t(...).',
        },
      ],
    },
  },
);
