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
// proofing (issue 18)
import { lintBench } from './lint.bench';
// newsroom sync (issue 15)
import { syncBench } from './sync.bench';
// the search stemmer's lexicon at start-up (issues 13 and 17)
import { lexiconBench } from './lexicon.bench';

export const SUITES: BenchSuite[] = [
  // archive (issue 3)
  archiveBench,
  // --- archive area (issue 3) ---
  durabilitySuite,
  // exchange (export and import)
  exchangeSuite,
  // --- editor area (issue 4) ---
  editorBench,
  // proofing (issue 18)
  lintBench,
  // newsroom sync (issue 15)
  syncBench,
  // the search stemmer's lexicon at start-up (issues 13 and 17)
  lexiconBench,
];
