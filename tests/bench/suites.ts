/** Every benchmark suite `npm run bench` knows, in the order it runs them. Add a suite here. */
import type { BenchSuite } from './harness';
// --- editor area (issue 4) ---
import { editorBench } from './editor.bench';

export const SUITES: BenchSuite[] = [
  // --- editor area (issue 4) ---
  editorBench,
];
