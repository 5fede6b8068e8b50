/** Every benchmark suite `npm run bench` knows, in the order it runs them. Add a suite here. */
import type { BenchSuite } from './harness';
// exchange (export and import)
import { exchangeSuite } from './exchange.bench';

export const SUITES: BenchSuite[] = [
  // exchange (export and import)
  exchangeSuite,
];
