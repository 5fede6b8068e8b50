/**
 * The worker thread's script: runs each job it is sent (db/worker/jobs.ts) and answers with the result, a
 * person's refusal (a MidadError, sent as its JSON) or a crash. Bundled on its own as
 * dist/electron/offThreadWorker.cjs (scripts/build-electron.ts); run from source through tsx in the dev tree.
 */
import { parentPort } from 'node:worker_threads';
import { MidadError } from '../../core/api/errors';
import { runJob, transferables, type Job } from './jobs';

export interface JobMessage {
  id: number;
  job: Job;
}

export type AnswerMessage =
  /** Sent once the script is loaded: a job's time limit counts from here, not from the thread's start-up. */
  | { id: 0; ready: true }
  | { id: number; result: unknown }
  | { id: number; refusal: ReturnType<MidadError['toJSON']> }
  | { id: number; crash: string };

const port = parentPort;
if (!port) throw new Error('db/worker/entry.ts runs as a worker thread');

port.on('message', ({ id, job }: JobMessage) => {
  let answer: AnswerMessage;
  try {
    const result = runJob(job);
    port.postMessage({ id, result } satisfies AnswerMessage, transferables(result));
    return;
  } catch (error) {
    answer =
      error instanceof MidadError
        ? { id, refusal: error.toJSON() }
        : { id, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(answer);
});
port.postMessage({ id: 0, ready: true } satisfies AnswerMessage);
