/**
 * The words proofing accepts: Hunspell (Arabic, and English for Latin words) plus the newsroom's own words
 * (names from settings, vocabulary learned from the archive, "add to dictionary"), minus nothing. Pure: the
 * Hunspell instances are handed in (db/proofing on Node, the renderer's worker in the page).
 */
import type { ProofingSettings } from './settings';
import { isArabic, proclitics } from './text';
import type { WordOracle } from './types';
import { hamzaStem } from './usage';
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
  /** The archive's usage per hamza stem (usage.ts's hamzaUsage): ranks candidates that are all words. */
  usage?: Readonly<Record<string, number>>;
  settings: ProofingSettings;
}

const LATIN = /^[\p{Script=Latin}'’-]+$/u;

/**
 * Hunspell's verdicts, per loaded dictionary, shared by every ProofingDictionary built on it: the editor's
 * worker builds a new one whenever the settings or the person's words change, and news copy repeats its
 * words, so each word costs one Hunspell call per process (bounded, so a long session cannot grow it).
 */
const verdicts = new WeakMap<Speller, Map<string, boolean>>();
const VERDICTS_MAX = 200_000;

function spelled(speller: Speller, word: string): boolean {
  let known = verdicts.get(speller);
  if (!known) verdicts.set(speller, (known = new Map<string, boolean>()));
  let verdict = known.get(word);
  if (verdict === undefined) {
    if (known.size >= VERDICTS_MAX) known.clear();
    verdict = speller.spell(word);
    known.set(word, verdict);
  }
  return verdict;
}

export function createDictionary(parts: DictionaryParts): ProofingDictionary {
  const names = new Set(parts.settings.names);
  const accepted = parts.accepted ?? new Set<string>();
  const ignored = parts.ignored ?? new Set<string>();
  const cache = new Map<string, boolean>();
  // Hunspell's Arabic suggestions take 0.1–1 s a word (measured), so each word is asked once.
  const suggested = new Map<string, string[]>();

  const own = (word: string) => names.has(word) || accepted.has(word);
  // Session 9: the newsroom's names and learned words take the clitics any noun takes (وضاهر، لباول): matched
  // only as written, ضاهر was accepted and وضاهر flagged on the tuning files.
  const ownWithClitic = (word: string) =>
    (names.size > 0 || accepted.size > 0) &&
    proclitics(word).some(([pre, rest]) => pre !== '' && rest.length > 2 && own(rest));

  const isWord = (word: string): boolean => {
    let known = cache.get(word);
    if (known === undefined) {
      if (own(word) || ownWithClitic(word)) known = true;
      else if (isArabic(word)) known = spelled(parts.arabic, word);
      else if (LATIN.test(word)) known = parts.english ? spelled(parts.english, word) : true;
      else known = true;
      cache.set(word, known);
    }
    return known;
  };

  const learnedOnly = (word: string): boolean =>
    !names.has(word) &&
    !(isArabic(word) ? spelled(parts.arabic, word) : LATIN.test(word)) &&
    (accepted.has(word) ||
      proclitics(word).some(([pre, rest]) => pre !== '' && accepted.has(rest) && !names.has(rest)));
  const counts = parts.usage;
  // Own properties only: a stem such as "constructor" cannot occur (it has a hamza), but a record is no Map.
  const usage = counts
    ? (word: string): number => {
        const stem = hamzaStem(word);
        return stem !== null && Object.hasOwn(counts, stem) ? counts[stem]! : 0;
      }
    : undefined;
  const oracle: WordOracle = usage ? { isWord, learnedOnly, usage } : { isWord, learnedOnly };
  const s = parts.settings;
  const relaxed = (word: string) =>
    (!s.strictInitialAlef && slipFixes(word, 'initialAlef', oracle).length > 0) ||
    (!s.strictInitialAlef && slipFixes(word, 'hamzaSwap', oracle).length > 0) ||
    (!s.strictTaaMarbuta && slipFixes(word, 'taaMarbuta', oracle).length > 0) ||
    (!s.strictFinalYaa && slipFixes(word, 'alefMaqsura', oracle).length > 0);

  return {
    ...oracle,
    // No stemmer here (core/arabic/stemmer.ts): Ayaspell's affixes already read stacked clitics
    // (وبحكوماتهم، ولسياساتهم), and on the tuning files the stemmer's readings of the words Hunspell
    // rejected accepted slips (الشوءون، بقرائتها، الفلسطينين) far more often than words.
    accepts: (word) => ignored.has(word) || isWord(word) || relaxed(word),
    suggest(word) {
      let known = suggested.get(word);
      if (!known) {
        known = suggestNow(word);
        suggested.set(word, known);
      }
      return known;
    },
  };

  function suggestNow(word: string): string[] {
    if (!isArabic(word)) return parts.english?.suggest(word).slice(0, 5) ?? [];
    // The one-letter slips the dictionary confirms come first: they are what Aghlat's corrections are.
    const slips = (
      [
        'initialAlef',
        'hamzaSwap',
        'wasl',
        'taaMarbuta',
        'alefMaqsura',
        'seat',
        'medialAlef',
        'dadZa',
        'medialYaa',
        'lamHamza',
      ] as const
    ).flatMap((kind) => slipFixes(word, kind, oracle));
    const hunspell = parts.arabic
      .suggest(word)
      // Hunspell offers ألجمعة for الجمعه: a hamza on the article is never what was meant.
      .filter((w) => !(/^[أآ]ل/.test(w) && word.startsWith('ال')));
    return [...new Set([...slips, ...hunspell])].slice(0, 5);
  }
}
