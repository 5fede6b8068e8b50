/**
 * The words proofing accepts: Hunspell (Arabic, and English for Latin words) plus the newsroom's own words
 * (names from settings, vocabulary learned from the archive, "add to dictionary"), minus nothing. Pure: the
 * Hunspell instances are handed in (db/proofing on Node, the renderer's worker in the page).
 */
import type { ProofingSettings } from './settings';
import { isArabic } from './text';
import type { WordOracle } from './types';
import { slipFixes } from './variants';

export interface Speller {
  spell(word: string): boolean;
  suggest(word: string): string[];
}

export interface ProofingDictionary extends WordOracle {
  /** Whether spelling should leave the word alone (a word, an ignored word, or a slip the settings allow). */
  accepts(word: string): boolean;
  suggest(word: string): string[];
}

export interface DictionaryParts {
  arabic: Speller;
  english?: Speller | undefined;
  /** Learned vocabulary and words added to the dictionary. */
  accepted?: ReadonlySet<string>;
  /** Words the person chose to ignore. */
  ignored?: ReadonlySet<string>;
  settings: ProofingSettings;
}

const LATIN = /^[\p{Script=Latin}'’-]+$/u;

export function createDictionary(parts: DictionaryParts): ProofingDictionary {
  const names = new Set(parts.settings.names);
  const accepted = parts.accepted ?? new Set<string>();
  const ignored = parts.ignored ?? new Set<string>();
  const cache = new Map<string, boolean>();

  const isWord = (word: string): boolean => {
    let known = cache.get(word);
    if (known === undefined) {
      if (names.has(word) || accepted.has(word)) known = true;
      else if (isArabic(word)) known = parts.arabic.spell(word);
      else if (LATIN.test(word)) known = parts.english ? parts.english.spell(word) : true;
      else known = true;
      cache.set(word, known);
    }
    return known;
  };

  const oracle: WordOracle = { isWord };
  const s = parts.settings;
  const relaxed = (word: string) =>
    (!s.strictInitialAlef && slipFixes(word, 'initialAlef', oracle).length > 0) ||
    (!s.strictTaaMarbuta && slipFixes(word, 'taaMarbuta', oracle).length > 0) ||
    (!s.strictFinalYaa && slipFixes(word, 'alefMaqsura', oracle).length > 0);

  return {
    isWord,
    accepts: (word) => ignored.has(word) || isWord(word) || relaxed(word),
    suggest(word) {
      if (!isArabic(word)) return parts.english?.suggest(word).slice(0, 5) ?? [];
      // The one-letter slips the dictionary confirms come first: they are what Aghlat's corrections are.
      const slips = (['initialAlef', 'wasl', 'taaMarbuta', 'alefMaqsura', 'seat'] as const).flatMap((kind) =>
        slipFixes(word, kind, oracle),
      );
      const hunspell = parts.arabic
        .suggest(word)
        // Hunspell offers ألجمعة for الجمعه: a hamza on the article is never what was meant.
        .filter((w) => !(/^[أآ]ل/.test(w) && word.startsWith('ال')));
      return [...new Set([...slips, ...hunspell])].slice(0, 5);
    },
  };
}
