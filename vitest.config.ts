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

export default defineConfig({
  test: {
    // The bridge bundled once for the run: every bridge a test starts skips tsx's transform.
    globalSetup: ['tests/globalSetup.ts'],
    // Two cores, three files at a time: an end-to-end file spends much of its time waiting on its browser and
    // bridge processes, so a third file fills the idle CPU (the suite measured 575 s with two, 491 s with three).
    maxWorkers: 3,
    // vitest starts one project's files before the next's (by name), each project's longest first: the
    // end-to-end and integration files first, the unit files (a second or less each) filling the run's end.
    projects: [
      {
        test: {
          ...shared,
          name: 'app',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, 'tests/unit/**'],
        },
      },
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
