/** Every benchmark suite `npm run bench` knows, in the order it runs them. Add a suite here. */
import type { BenchSuite } from './harness';
// --- archive area (issue 3) ---
import { durabilitySuite } from './durability';

export const SUITES: BenchSuite[] = [
  // --- archive area (issue 3) ---
  durabilitySuite,
];
