/** Messages between the page and the proofing worker (renderer/proofing/proofing.worker.ts). */
import type { NewsroomWords } from '../../core/proofing/newsroomDictionary';
import type { ProofingSettings } from '../../core/proofing/settings';
import type { Finding } from '../../core/proofing/types';

export type ToWorker =
  | {
      type: 'configure';
      settings: ProofingSettings;
      digits: 'western' | 'arabic-indic';
      /** The archive's words (proofing.words), made into the dictionary by core/proofing/newsroomDictionary.ts. */
      words: NewsroomWords;
    }
  /** A field's paragraphs by key; only the ones whose text changed since the last check are looked at. */
  | { type: 'check'; field: string; paragraphs: Array<{ key: string; text: string }> }
  | { type: 'suggest'; id: number; word: string };

export type FromWorker =
  | { type: 'ready'; loadMs: number }
  | { type: 'failed'; message: string }
  /** Findings per paragraph key, for the whole field; `checkedMs` is worker time spent on changed paragraphs. */
  | { type: 'findings'; field: string; byKey: Record<string, Finding[]>; checked: number; checkedMs: number }
  | { type: 'suggestions'; id: number; suggestions: string[] };
