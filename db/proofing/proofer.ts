/**
 * Proofing on Node with everything the archive knows: its settings (strictness, names, house style, digits),
 * the vocabulary learned from its articles and tagged names, and the words people added or ignored. Without an archive, the
 * dictionaries and the default settings alone.
 */
import type { ProofingDictionary } from '../../core/proofing/dictionary';
import { lint, type LintOptions } from '../../core/proofing/lint';
import { newsroomDictionary } from '../../core/proofing/newsroomDictionary';
import { DEFAULT_PROOFING, type ProofingSettings } from '../../core/proofing/settings';
import type { Finding } from '../../core/proofing/types';
import { DEFAULT_SETTINGS } from '../../core/settings/schema';
import type { Archive } from '../archive';
import { readSettings } from '../settings';
import { loadSpellers } from './hunspell';
import { newsroomWords } from './words';

export interface Proofer {
  settings: ProofingSettings;
  digits: 'western' | 'arabic-indic';
  dictionary: ProofingDictionary;
  lint(paragraphs: readonly string[], suggest?: boolean): Finding[];
}

export async function openProofer(archive: Archive | null): Promise<Proofer> {
  const spellers = await loadSpellers();
  const all = archive ? readSettings(archive) : DEFAULT_SETTINGS;
  const settings = archive ? all.proofing : DEFAULT_PROOFING;
  const none = { frequent: [], tagged: [], added: [], ignored: [], usage: {} };
  const words = archive ? newsroomWords(archive, settings.vocabularyThreshold) : none;
  // The same dictionary the editor's worker builds from the same words (proofing.words).
  const dictionary = newsroomDictionary(spellers, settings, words);
  const options: Omit<LintOptions, 'suggest'> = { dictionary, settings, digits: all.digits };
  return {
    settings,
    digits: all.digits,
    dictionary,
    lint: (paragraphs, suggest = false) => lint(paragraphs, { ...options, suggest }),
  };
}
