/**
 * The search stemmer's lexicon at start-up: built in place, the first save or search waited for
 * all of it; warmed on the worker thread, the main thread's longest stall is the set's construction. Each
 * sample is a fresh process (lexiconCold.ts), since the cost is paid once per process.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { percentile, round, type BenchSuite, type Figure } from './harness';

interface Sample {
  wallMs: number;
  processCpuMs: number;
  longestMainBlockMs: number;
  heapMb: number;
}

function sample(mode: 'in-place' | 'warm'): Sample {
  const script = join(import.meta.dirname, 'lexiconCold.ts');
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, mode], { encoding: 'utf8' });
  return JSON.parse(out) as Sample;
}

export const lexiconBench: BenchSuite = {
  name: 'lexicon',
  run({ quick }) {
    const runs = quick ? 1 : 3;
    const figures: Figure[] = [];
    for (const mode of ['in-place', 'warm'] as const) {
      const samples = Array.from({ length: runs }, () => sample(mode));
      const median = (pick: (s: Sample) => number) => round(percentile(samples.map(pick), 50), 1);
      figures.push(
        { name: `${mode}: wall`, value: median((s) => s.wallMs), unit: 'ms' },
        {
          name: `${mode}: longest main-thread stall`,
          value: median((s) => s.longestMainBlockMs),
          unit: 'ms',
          target: mode === 'warm' ? '≤ 100 ms' : '',
        },
        { name: `${mode}: CPU (both threads)`, value: median((s) => s.processCpuMs), unit: 'ms' },
        { name: `${mode}: main heap kept`, value: median((s) => s.heapMb), unit: 'MB' },
      );
    }
    return Promise.resolve(figures);
  },
};
