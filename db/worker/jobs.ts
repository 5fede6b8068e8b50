/**
 * The work the main process hands to its worker thread (db/worker/offThread.ts): pure CPU over values that
 * cross threads by structured clone, never the archive (a better-sqlite3 handle belongs to the thread that
 * opened it). Each job also runs in place, which is how the command line and tests without a worker use it.
 */
import { readFileSync } from 'node:fs';
import { EXPORTERS } from '../../core/exchange/registry';
import type { ArticleDraft, ExportFormat, ExportItem, ExportOptions, ExportOutput } from '../../core/exchange/types';
import type { ImportFormat } from '../../core/exchange/types';
import { parseBytes, parseText } from '../exchange/parseFile';
import { stemListOf } from '../search/stemList';

export type Job =
  /** An import's parse, sanitise and convert step: a file's text, or its bytes still to decode. */
  | { kind: 'import'; fileName: string; text?: string; bytes?: Uint8Array; format?: ImportFormat }
  /** An export's serialise step: the article and its pictures' bytes, read from the archive by the caller. */
  | { kind: 'export'; item: ExportItem; format: ExportFormat; options: ExportOptions }
  /** The search stemmer's lexicon, derived from the Ayaspell file at `dic` (db/search/stemList.ts). */
  | { kind: 'stems'; dic: string };

export interface JobResults {
  import: ArticleDraft[];
  export: ExportOutput;
  stems: string;
}

export type JobResult<J extends Job> = JobResults[J['kind']];

export function runJob<J extends Job>(job: J): JobResult<J> {
  return run(job) as JobResult<J>;
}

function run(job: Job): JobResults[keyof JobResults] {
  switch (job.kind) {
    case 'import':
      return job.bytes
        ? parseBytes(job.fileName, job.bytes, job.format)
        : parseText(job.fileName, job.text ?? '', job.format);
    case 'export':
      return EXPORTERS[job.format].export(job.item, job.options);
    case 'stems':
      return stemListOf(readFileSync(job.dic, 'utf8'));
  }
}

/** The byte buffers a result holds, handed over to the other thread instead of copied. */
export function transferables(result: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  const visit = (value: unknown, depth: number) => {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    if (value instanceof Uint8Array) {
      // A view on part of a shared buffer (Node's pool) cannot move without taking its neighbours along.
      if (value.byteOffset === 0 && value.byteLength === value.buffer.byteLength && value.buffer instanceof ArrayBuffer)
        found.add(value.buffer);
      return;
    }
    for (const inner of Array.isArray(value) ? value : Object.values(value)) visit(inner, depth + 1);
  };
  visit(result, 0);
  return [...found];
}
