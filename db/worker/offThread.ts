/**
 * The main process's one worker thread, for CPU-heavy steps that would otherwise freeze the window: the
 * main process also answers the interface's IPC, so a file that takes seconds to parse must not take them
 * there. Jobs run one at a time, in the order given. A job that runs past its time limit, or runs the thread
 * out of memory, ends the thread (a runaway parse cannot be interrupted any other way) and is refused; the
 * next job starts a fresh one. The thread is started on first use and does not keep the process alive.
 */
import type { Worker } from 'node:worker_threads';
import { MidadError } from '../../core/api/errors';
import type { AnswerMessage, JobMessage } from './entry';
import type { Job, JobResult } from './jobs';
import { findWorkerScript, startWorker, type WorkerScript } from './script';

/** Why a job was stopped: past its time limit, or out of the memory the thread may use. */
export class JobStopped extends Error {
  constructor(
    readonly reason: 'time' | 'memory',
    readonly limit: number,
  ) {
    super(reason === 'time' ? `stopped after ${limit} s` : `stopped at ${limit} MB`);
    this.name = 'JobStopped';
  }
}

export interface OffThreadOptions {
  /** How long one job may run (a 5 MB HTML page took 17–28 s to parse on a loaded machine). */
  timeoutMs?: number;
  /** The heap the thread may use: a hostile file that blows up in parsing ends the thread, not the app. */
  memoryMb?: number;
  script?: WorkerScript;
}

export interface OffThread {
  run<J extends Job>(job: J): Promise<JobResult<J>>;
  /** Ends the thread (a job running is refused as stopped). */
  close(): Promise<void>;
}

export const DEFAULT_TIMEOUT_MS = 60_000;

let shared: OffThread | undefined;

/** The process's one thread with the default bounds: its jobs hold no archive, so every service may share it. */
export function sharedOffThread(): OffThread {
  shared ??= createOffThread();
  return shared;
}
export const DEFAULT_MEMORY_MB = 1024;

export function createOffThread(options: OffThreadOptions = {}): OffThread {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const memoryMb = options.memoryMb ?? DEFAULT_MEMORY_MB;
  let worker: Promise<Worker> | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  /** The running thread, once its script is loaded (a fresh one's start-up is not charged to a job). */
  function thread(): Promise<Worker> {
    if (worker) return worker;
    const starting: Promise<Worker> = new Promise<Worker>((resolve, reject) => {
      // A script that cannot be found rejects this start only: the next job tries again.
      const w = startWorker(options.script ?? findWorkerScript(), {
        resourceLimits: { maxOldGenerationSizeMb: memoryMb },
      });
      const failed = (error: unknown) => {
        if (worker === starting) worker = null;
        void w.terminate();
        reject(error instanceof Error ? error : new Error(`worker thread exited (${String(error)}) while starting`));
      };
      w.once('error', failed);
      w.once('exit', failed);
      w.once('message', () => {
        w.off('error', failed);
        w.off('exit', failed);
        // A thread that dies between jobs is replaced by the next job, and its error (a job's handlers
        // report those while one runs) never reaches the process as an unhandled 'error' event.
        w.on('error', () => {});
        w.once('exit', () => {
          if (worker === starting) worker = null;
        });
        w.unref();
        resolve(w);
      });
    });
    worker = starting;
    starting.catch(() => {
      if (worker === starting) worker = null;
    });
    return starting;
  }

  /** One job on the thread: settles on its answer, its time limit, or the thread's death. */
  async function runNow<J extends Job>(job: J): Promise<JobResult<J>> {
    const current = thread();
    const w = await current;
    const id = nextId++;
    return new Promise<JobResult<J>>((resolve, reject) => {
      const finish = (settle: () => void, end = false) => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        w.unref();
        if (end) {
          if (worker === current) worker = null;
          void w.terminate();
        }
        settle();
      };
      const onMessage = (answer: AnswerMessage) => {
        if (answer.id !== id) return;
        if ('ready' in answer) return;
        if ('result' in answer) finish(() => resolve(answer.result as JobResult<J>));
        else if ('refusal' in answer) finish(() => reject(MidadError.from(answer.refusal)));
        else finish(() => reject(new Error(`worker thread: ${answer.crash}`)));
      };
      const onError = (error: Error & { code?: string }) => {
        const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
        finish(() => reject(memory ? new JobStopped('memory', memoryMb) : error), true);
      };
      const onExit = (code: number) =>
        finish(() => reject(new Error(`worker thread exited (${code}) before answering`)), true);
      const timer = setTimeout(() => finish(() => reject(new JobStopped('time', timeoutMs / 1000)), true), timeoutMs);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      // While a job runs the process waits for it, as it would for any other pending work.
      w.ref();
      w.postMessage({ id, job } satisfies JobMessage);
    });
  }

  return {
    run(job) {
      const result = queue.then(() => runNow(job));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      const starting = worker;
      worker = null;
      const w = await starting?.catch(() => null);
      if (w) await w.terminate();
    },
  };
}
