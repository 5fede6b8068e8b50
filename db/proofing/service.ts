/** The proofing methods of the API contract (core/proofing/contract.ts). */
import type { Archive } from '../archive';
import { readSettings } from '../settings';
import { addProofingWord, frequentWords, proofingWords, removeProofingWord } from './words';

export function createProofingService(archive: Archive) {
  return {
    'proofing.words': () => {
      const { added, ignored } = proofingWords(archive);
      const threshold = readSettings(archive).proofing.vocabularyThreshold;
      return { added: [...added], ignored: [...ignored], frequent: frequentWords(archive, threshold) };
    },
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
