import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // The bridge bundled once for the run: every bridge a test starts skips tsx's transform.
    globalSetup: ['tests/globalSetup.ts'],
    testTimeout: 30_000,
    // Pages and bridge processes answer slowly when the two cores are busy: wait for them, not a fixed second.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 60_000,
    // Two cores, three files at a time: an end-to-end file spends much of its time waiting on its browser and
    // bridge processes, so a third file fills the idle CPU (the suite measured 575 s with two, 491 s with three).
    maxWorkers: 3,
  },
});
