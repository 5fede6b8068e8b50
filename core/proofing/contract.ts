/** Proofing's API methods (spread into core/api/contract.ts): the archive's words for the editor's worker. */
import { z } from 'zod';
import { NewsroomWordsSchema } from './newsroomDictionary';

export const ProofingWordSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\s]+$/, 'one word, without spaces');

export const proofingContract = {
  'proofing.words': {
    request: z.object({}),
    /** What the worker builds the newsroom's dictionary from (newsroomDictionary.ts). */
    response: NewsroomWordsSchema,
  },
  'proofing.addWord': {
    request: z.object({ word: ProofingWordSchema, kind: z.enum(['add', 'ignore']) }),
    response: z.object({ word: z.string() }),
  },
  /** Settings → Proofing: a word the person added or ignored, taken back. */
  'proofing.removeWord': {
    request: z.object({ word: ProofingWordSchema }),
    response: z.object({ word: z.string() }),
  },
};
