import { configDefaults, defineConfig } from 'vitest/config';

/** What every test file gets, whichever project below runs it. */
const shared = {
  testTimeout: 30_000,
  // Pages and bridge processes answer slowly when the two cores are busy: wait for them, not a fixed second.
  expect: { poll: { timeout: 15_000 } },
  hookTimeout: 60_000,
};

const UNIT = ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'];
// vi.mock replaces a module for the rest of a worker's life when files share it: such a file keeps its own.
const MOCKS_MODULES = ['tests/unit/desktop/preload.test.ts'];

/**
 * Integration files that work on archive files in the test's own process and nothing else: no child process,
 * server, bridge or worker thread of their own, no environment variable, no module mock, the `midad` command
 * run only in the process (runCli), and nothing asserted about a fresh process (such as the stemmer not built
 * yet). What they leave in a module is a cache that gives the next file the same answer (the stemmer, the word
 * list, prepared statements per archive), so they share a worker's loaded modules: 38 of them took 90-99 s of
 * CPU in all with a fresh process each, 35-39 s sharing; the five `cli*` files 20 s, 13.5 s sharing. A new
 * file is added here only when it is of the same kind.
 */
const SHARED_INTEGRATION = [
  'archive',
  'archiveOperations',
  'backup',
  'cleanClose',
  'cliArchive',
  'cliImportReport',
  'cliLint',
  'cliSearch',
  'cliSearchStems',
  'exchange',
  'exchangeBytes',
  'exchangeOperations',
  'exchangeReport',
  'exchangeReview',
  'exchangeWarnings',
  'fieldSuggestions',
  'hostileExport',
  'hostileFiles',
  'hostilePictures',
  'importGroups',
  'listFilter',
  'media',
  'memoCount',
  'migrations',
  'newsPages',
  'proofingWords',
  'realNinjsModel',
  'review',
  'reviewHandoff',
  'reviewPackageRefusal',
  'revisions',
  'search',
  'searchIndex',
  'searchPaging',
  'searchRecall',
  'searchRestem',
  'searchSubjects',
  'searchWindows',
  'settings',
  'settingsBackupKeep',
  'storageErrors',
  'trash',
  'windowState',
].map((name) => `tests/integration/${name}.test.ts`);

export default defineConfig({
  test: {
    // The bridge bundled once for the run: every bridge a test starts skips tsx's transform.
    globalSetup: ['tests/globalSetup.ts'],
    // Two cores, three files at a time: an end-to-end file spends much of its time waiting on its browser and
    // bridge processes, so a third file fills the idle CPU (the suite measured 575 s with two, 491 s with three).
    maxWorkers: 3,
    // vitest starts one project's files before the next's (by name), within a project the longest (or, on a
    // fresh clone, the largest) first: the end-to-end files first, then the integration files in processes of
    // their own, then the shared integration and unit files (a few seconds or less each) filling the run's end.
    projects: [
      {
        // Each end-to-end file starts its own bridge (and newsroom server) and stops them after it
        // (useAppBrowser, or its own afterAll); what it leaves in the worker's modules is what the next file
        // would load again (playwright-core, the stemmer its seed built), and the worker's Chromium with none
        // of the file's contexts left (helpers/browser.ts: sharedChromium, releaseChromium). The 30 files, load 4-10: 381 s of CPU
        // and 125 s importing with a fresh process each, 304 s and 19 s sharing.
        test: { ...shared, name: 'e2e', include: ['tests/e2e/**/*.test.ts'], isolate: false },
      },
      {
        test: {
          ...shared,
          name: 'isolated',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, 'tests/e2e/**', 'tests/unit/**', ...SHARED_INTEGRATION],
        },
      },
      { test: { ...shared, name: 'shared-integration', include: SHARED_INTEGRATION, isolate: false } },
      {
        // Pure functions and the desktop's modules with Electron faked: no archive, server, thread or
        // environment of their own, so one worker's loaded modules serve file after file. Importing core/ anew
        // in a fresh process for each of 79 files cost more CPU than their tests (78 s of CPU against 30 s).
        test: {
          ...shared,
          name: 'unit',
          include: UNIT,
          exclude: [...configDefaults.exclude, ...MOCKS_MODULES],
          isolate: false,
        },
      },
      { test: { ...shared, name: 'unit-mocks', include: MOCKS_MODULES } },
    ],
  },
});
