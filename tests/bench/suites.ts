/** Every benchmark suite `npm run bench` knows, in the order it runs them. Add a suite here. */
import type { BenchSuite } from './harness';
import { archiveBench } from './archive.bench';
import { durabilitySuite } from './durability';
// exchange (export and import)
import { exchangeSuite } from './exchange.bench';
import { editorBench } from './editor.bench';
import { lintBench } from './lint.bench';
import { syncBench } from './sync.bench';
// the search stemmer's lexicon at start-up
import { lexiconBench } from './lexicon.bench';

export const SUITES: BenchSuite[] = [
  // archive
  archiveBench,
  // --- archive area ---
  durabilitySuite,
  // exchange (export and import)
  exchangeSuite,
  // --- editor area ---
  editorBench,
  // proofing
  lintBench,
  // newsroom sync
  syncBench,
  // the search stemmer's lexicon at start-up
  lexiconBench,
];
