/** The proofing methods of the API contract (core/proofing/contract.ts). */
import type { Archive } from '../archive';
import { readSettings } from '../settings';
import { addProofingWord, newsroomWords, removeProofingWord } from './words';

export function createProofingService(archive: Archive) {
  return {
    'proofing.words': () => newsroomWords(archive, readSettings(archive).proofing.vocabularyThreshold),
    'proofing.addWord': ({ word, kind }: { word: string; kind: 'add' | 'ignore' }) => {
      addProofingWord(archive, word, kind);
      return { word };
    },
    'proofing.removeWord': ({ word }: { word: string }) => {
      removeProofingWord(archive, word);
      return { word };
    },
  };
}
