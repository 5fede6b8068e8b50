/**
 * The real dictionaries (Ayaspell and en-US through hunspell-asm, as the app ships them) and a proofing
 * dictionary on them with the default settings: what the proofing unit tests check rules against.
 */
import { createDictionary, type ProofingDictionary } from '../../core/proofing/dictionary';
import { DEFAULT_PROOFING } from '../../core/proofing/settings';
import { loadSpellers, type Spellers } from '../../db/proofing/hunspell';

export async function realProofing(): Promise<{ spellers: Spellers; dictionary: ProofingDictionary }> {
  const spellers = await loadSpellers();
  return { spellers, dictionary: createDictionary({ ...spellers, settings: DEFAULT_PROOFING }) };
}
