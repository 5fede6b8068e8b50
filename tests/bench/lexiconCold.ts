/**
 * The search stemmer's lexicon, cold, in a fresh process: what the first save or search waited
 * for when it was built in place, and what the main thread still pays when start-up warms it on the worker
 * thread (db/search/stemmer.ts). One JSON line (CPU is the whole process's, both threads); `lexicon.bench.ts`
 * runs it in child processes.
 *   npx tsx tests/bench/lexiconCold.ts in-place|warm
 */
import { performance } from 'node:perf_hooks';
import { searchStemmer, warmSearchStemmer } from '../../db/search/stemmer';
import { createOffThread } from '../../db/worker/offThread';

const mode = process.argv[2] === 'warm' ? 'warm' : 'in-place';
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function main(): Promise<void> {
  const offThread = createOffThread();
  if (mode === 'warm') await offThread.run({ kind: 'import', fileName: 'x.txt', text: 'x\n\ny' }); // thread up first
  const heap = process.memoryUsage().heapUsed;
  const started = performance.now();
  const cpu = process.cpuUsage();
  let blocked = 0;
  if (mode === 'in-place') {
    searchStemmer();
    blocked = performance.now() - started;
  } else {
    // The main thread's share: every turn of its loop during the warm-up, the longest one being what a save waits.
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      blocked = Math.max(blocked, now - last - 5);
      last = now;
    }, 5);
    await warmSearchStemmer(offThread);
    clearInterval(tick);
  }
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  global.gc?.();
  const line = {
    mode,
    wallMs: Math.round(wall),
    processCpuMs: Math.round((used.user + used.system) / 1000),
    longestMainBlockMs: Math.round(blocked),
    heapMb: mb(process.memoryUsage().heapUsed - heap),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
  await offThread.close();
}

void main();
