/**
 * The newsroom's vocabulary, learned from its archive: a word the dictionary does not know but that appears
 * in at least `threshold` stored articles is a name or a term of the house, not a typo. A word that is a
 * one-letter slip of a dictionary word (الاردنية for الأردنية, الجمعه for الجمعة) is never learned, however
 * often it is misspelt: the archive's own mistakes must not become its dictionary.
 */
import { wordsOf } from './text';
import type { WordOracle } from './types';
import { slipFixes, type SlipKind } from './variants';

/**
 * The slips that keep a word out of the vocabulary. Not ض/ظ (dadZa): print rarely confuses them, and a name
 * the archive spells with ض in three articles or more is the name (ضاهر, not ظاهر: 6 of the 14 DAD_ZA findings
 * on the tuning files were that one name, never learned because ظاهر is a word). The cost: a ض/ظ slip the
 * archive makes in three articles is learned too.
 */
const SLIPS: readonly SlipKind[] = [
  'initialAlef',
  'hamzaSwap',
  'medialAlef',
  'wasl',
  'seat',
  'taaMarbuta',
  'alefMaqsura',
  'medialYaa',
  'lamHamza',
];

/** Counts, per unknown word, how many of the documents (each given as its texts) use it. */
export class VocabularyCounter {
  private readonly tally = new Map<string, number>();

  constructor(private readonly dictionary: WordOracle) {}

  addDocument(texts: Iterable<string>): void {
    const seen = new Set<string>();
    for (const text of texts) {
      for (const { bare } of wordsOf(text)) {
        if (bare.length < 2 || seen.has(bare)) continue;
        seen.add(bare);
        if (!this.dictionary.isWord(bare)) this.tally.set(bare, (this.tally.get(bare) ?? 0) + 1);
      }
    }
  }

  /** Per word, the number of documents that use it. */
  counts(): ReadonlyMap<string, number> {
    return this.tally;
  }

  frequent(threshold: number): string[] {
    return [...this.tally].filter(([, count]) => count >= threshold).map(([word]) => word);
  }

  vocabulary(threshold: number): Set<string> {
    return learnable(this.frequent(threshold), this.dictionary);
  }
}

/** The article (after its clitics) and a final ه not after ي (the French é of الشانزليزيه): taaMarbuta.ts. */
const DEFINITE_HAA = /^[وف]?[بك]?(?:ال|لل)..+(?<!ي)ه$/;

/**
 * The slips that keep a tagged name's word out: those names are misspelt with (ابراهيم، اسامة، مصطفي، حمزه،
 * إبن). Not a medial hamza, its seat or ل before a hamza: a foreign name's letters make those shapes (the park
 * الفانتزي لاند is not a slip of لأند).
 */
const NAME_SLIPS: readonly SlipKind[] = ['initialAlef', 'hamzaSwap', 'wasl', 'taaMarbuta', 'alefMaqsura'];

/** Of words frequent in the archive, those to accept: unknown to the dictionary and not a slip of a word. */
export function learnable(frequent: Iterable<string>, dictionary: WordOracle): Set<string> {
  const out = new Set<string>();
  for (const word of frequent) {
    if (dictionary.isWord(word)) continue;
    if (SLIPS.some((kind) => slipFixes(word, kind, dictionary).length > 0)) continue;
    if (/^[وف]?ان$|^[وف]?الى$/.test(word)) continue;
    // اى for أي: the final letter and the hamza both slipped (ALEF_MAQSURA offers the fix).
    if (word.endsWith('ى') && slipFixes(`${word.slice(0, -1)}ي`, 'initialAlef', dictionary).length > 0) continue;
    // Session 8: a word with the article ending in ه (الطراونه) is the taa marbuta slip TAA_MARBUTA flags, since
    // the article and the pronoun ه never go together; learned, it hid 3 corrections on the tuning files.
    if (DEFINITE_HAA.test(word)) continue;
    out.add(word);
  }
  return out;
}

/**
 * The words of a name an agency tagged an article with (people, organisations, places), as running text writes
 * them: each word, and a word with the article after ل (للسيسي); the dictionary reads the other proclitics
 * itself (والسيسي). An agency's tagged name is its spelling of that name, so it needs no count of articles.
 */
export function nameWords(name: string): string[] {
  const out = new Set<string>();
  for (const { bare } of wordsOf(name)) {
    if (bare.length < 2) continue;
    out.add(bare);
    if (bare.startsWith('ال') && bare.length > 3) out.add(`ل${bare.slice(1)}`);
  }
  return [...out];
}

/**
 * Of tagged names' words, those to accept: unknown to the dictionary and no slip names are made with, read in
 * the name's own letters (an agency's ابراهيم، الاردن، حمزه are not learned). A fix after letters that only read
 * as a proclitic is no slip of a name: باول is Powell, not ب + أول.
 */
export function learnableNames(words: Iterable<string>, dictionary: WordOracle): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    if (dictionary.isWord(word)) continue;
    const slip = NAME_SLIPS.some((kind) => slipFixes(word, kind, dictionary).some((fix) => inOwnLetters(word, fix)));
    if (!slip) out.add(word);
  }
  return out;
}

/** Whether a fix changes the name itself: its first letter, the first after its article, or its last. */
function inOwnLetters(word: string, fix: string): boolean {
  let at = 0;
  while (at < word.length && word[at] === fix[at]) at++;
  return at === 0 || (at === 2 && word.startsWith('ال')) || at >= Math.min(word.length, fix.length) - 1;
}
