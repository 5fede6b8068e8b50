/** Every benchmark suite `npm run bench` knows, in the order it runs them. Add a suite here. */
import type { BenchSuite } from './harness';
// archive (issue 3)
import { archiveBench } from './archive.bench';
// --- archive area (issue 3) ---
import { durabilitySuite } from './durability';
// exchange (export and import)
import { exchangeSuite } from './exchange.bench';
// --- editor area (issue 4) ---
import { editorBench } from './editor.bench';
// newsroom sync (issue 15)
import { syncBench } from './sync.bench';

export const SUITES: BenchSuite[] = [
  // archive (issue 3)
  archiveBench,
  // --- archive area (issue 3) ---
  durabilitySuite,
  // exchange (export and import)
  exchangeSuite,
  // --- editor area (issue 4) ---
  editorBench,
  // newsroom sync (issue 15)
  syncBench,
];
