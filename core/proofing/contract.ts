/** Proofing's API methods (spread into core/api/contract.ts): the archive's words for the editor's worker. */
import { z } from 'zod';

export const ProofingWordSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\s]+$/, 'one word, without spaces');

export const proofingContract = {
  'proofing.words': {
    request: z.object({}),
    response: z.object({
      added: z.array(z.string()),
      ignored: z.array(z.string()),
      /** Words used in at least the threshold's number of live articles; the worker keeps the unknown ones. */
      frequent: z.array(z.string()),
    }),
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
