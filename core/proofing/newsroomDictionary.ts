/**
 * The dictionary a newsroom proofs with: Hunspell, plus what its archive teaches (vocabulary.ts) and what its
 * people added, minus what they chose to ignore. One function for the editor's worker and for `midad lint`, so
 * both accept the same words: the archive's frequent words only when they are no slip of a dictionary word
 * (an archive that writes الاردنية in fifty articles must still hear about it), tagged names' words unless they
 * are a slip names are made with; and how often the archive writes each hamza spelling (usage.ts), which ranks
 * a rule's candidates when both are words.
 */
import { z } from 'zod';
import { createDictionary, type ProofingDictionary, type Speller } from './dictionary';
import type { ProofingSettings } from './settings';
import { learnable, learnableNames } from './vocabulary';

export const NewsroomWordsSchema = z.object({
  /** Words at least the vocabulary threshold's number of live articles use. */
  frequent: z.array(z.string()),
  /** The words of the people, organisations and places live articles are tagged with (vocabulary.ts's nameWords). */
  tagged: z.array(z.string()),
  /** "Add to dictionary". */
  added: z.array(z.string()),
  /** "Ignore". */
  ignored: z.array(z.string()),
  /** How often the archive writes each word with a hamza on its first alef, by stem (usage.ts's hamzaUsage). */
  usage: z.record(z.string(), z.number().int().nonnegative()),
});
export type NewsroomWords = z.infer<typeof NewsroomWordsSchema>;

export function newsroomDictionary(
  spellers: { arabic: Speller; english?: Speller | undefined },
  settings: ProofingSettings,
  words: NewsroomWords,
): ProofingDictionary {
  const base = createDictionary({ ...spellers, settings });
  const accepted = new Set([...learnable(words.frequent, base), ...learnableNames(words.tagged, base), ...words.added]);
  return createDictionary({ ...spellers, settings, accepted, ignored: new Set(words.ignored), usage: words.usage });
}
