import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 30_000,
    // Pages and bridge processes answer slowly when the two cores are busy: wait for them, not a fixed second.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 60_000,
    // Two cores: end-to-end files start a browser and a bridge each.
    maxWorkers: 2,
  },
});
