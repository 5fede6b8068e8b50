/**
 * What every benchmark suite shares: timing samples, percentiles, and the report shape. Benchmarks measure;
 * they do not pass or fail (this machine is shared and noisy), so their figures go into issue notes.
 */
import { performance } from 'node:perf_hooks';

export interface BenchOptions {
  /** Small sizes for a quick look or CI; the full run uses the sizes the issues name. */
  quick: boolean;
  /**
   * Where the archive suite keeps its generated archive, so a second run skips the import (100,000 articles
   * take minutes to write). Without it the archive is written to a temporary folder and removed.
   */
  archive?: string;
}

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The target, when it names one, e.g. "≤ 20 ms". */
  target?: string;
}

export interface BenchSuite {
  name: string;
  run(options: BenchOptions): Promise<Figure[]>;
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

/** Runs `fn` once per input and returns each duration in milliseconds. */
export async function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await fn(input);
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Runs `fn` once per input and returns the process's CPU time for each, in milliseconds. On a machine shared
 * with other work, wall-clock samples include time spent waiting for a core; CPU time does not, so it shows
 * what the code itself costs (for work that does not wait on the disk).
 */
export function cpuTimeEach<T>(inputs: readonly T[], fn: (input: T) => unknown): number[] {
  return inputs.map((input) => {
    const start = process.cpuUsage();
    fn(input);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  });
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
