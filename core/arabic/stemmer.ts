/**
 * Search stemming past one prefix: stacked proclitics, enclitic pronouns, verb endings and broken
 * plurals, each cut guarded by a lexicon so that only a cut leaving a real word is made.
 *
 * A word is read as   [و|ف] [ب|ك|ل|س] [ال] CORE [inflection] [pronoun]   (ل + ال is written لل; the future
 * س only before an imperfect verb's ي ت ن ا and never with ال), where
 *   inflection  ات ان ين ون وا تم تن; a ة that became ت before a pronoun (حكومتها) or went with ات
 *               (حكومات) is put back;
 *   pronoun     ه ها هما هم هن كم كن نا ي.
 * Of every reading whose CORE is in the lexicon, the one that cuts least wins, and a word that is itself in
 * the lexicon is never cut: ولد، فيلم، بيت، كتاب stay whole, كتابهم is كتاب + هم and not ك + تاب + هم. A broken
 * plural's core becomes its singular (brokenPlurals.ts). The core then takes Larkey's suffix rules (lightStem),
 * so the conflation light stemming made (وزارة with الوزارات) is kept. A word with no reading in the lexicon
 * (a name, a new word, a slip) is light-stemmed as before. Input is normalised (normalizeForSearch): ة is ه.
 */
import { BROKEN_PLURALS } from './brokenPlurals';
import { normalizeForSearch } from './normalize';
import { lightStem, lightStemVariants, lightSuffixes } from './stem';

export interface StemLexicon {
  /** Whether a normalised word is a known word (a lexicon stem). */
  has(word: string): boolean;
}

const MIN_CORE = 2;
const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'];
const PRONOUNS = ['', 'ه', 'ها', 'هما', 'هم', 'هن', 'كم', 'كن', 'نا', 'ي'];
const INFLECTIONS = ['', 'ات', 'ان', 'ين', 'ون', 'وا', 'تم', 'تن'];
const IMPERFECT = /^[يتنا]/;
const ARABIC = /[\u0621-\u064A]/;

/** Every way to read the start of `word` as proclitics: the letters they take. Longest readings last. */
function proclitics(word: string): number[] {
  const cuts = new Set<number>([0]);
  for (const c of CONJUNCTIONS) {
    if (!word.startsWith(c)) continue;
    const afterC = word.slice(c.length);
    for (const p of PREPOSITIONS) {
      if (!afterC.startsWith(p)) continue;
      const head = c.length + p.length;
      cuts.add(head);
      const rest = word.slice(head);
      if (p === 'ل') {
        if (rest.startsWith('ل')) cuts.add(head + 1); // لل: ل + ال, its alef dropped
      } else if (rest.startsWith('ال')) cuts.add(head + 2);
    }
    // The future س: (و|ف) س before an imperfect verb.
    if (afterC.startsWith('س') && IMPERFECT.test(afterC.slice(1))) cuts.add(c.length + 1);
  }
  return [...cuts];
}

/**
 * The readings of the end of `rest`: how many letters the core keeps, and whether that core may have lost a
 * ة (ت before a pronoun: حكومتها; ات of a feminine plural: حكومات).
 */
function endings(rest: string): Array<[keep: number, lostTaMarbuta: boolean]> {
  const out: Array<[number, boolean]> = [];
  for (const pronoun of PRONOUNS) {
    if (!rest.endsWith(pronoun)) continue;
    const beforePronoun = rest.length - pronoun.length;
    for (const inflection of INFLECTIONS) {
      if (inflection && !rest.slice(0, beforePronoun).endsWith(inflection)) continue;
      // A pronoun after ون or وا drops the ن or the alef (معلموها, كتبوه): those forms are left whole.
      const keep = beforePronoun - inflection.length;
      out.push([keep, inflection === 'ات']);
      if (pronoun !== '' && inflection === '' && rest[keep - 1] === 'ت') out.push([keep - 1, true]);
    }
  }
  return out;
}

export class Stemmer {
  private readonly plurals = new Map<string, string>();
  private readonly spellings = new Map<string, string[]>();
  private readonly cache = new Map<string, string>();

  constructor(private readonly lexicon: StemLexicon) {
    for (const [plural, singular] of BROKEN_PLURALS) {
      const p = normalizeForSearch(plural);
      this.plurals.set(p, normalizeForSearch(singular));
      const stem = this.stem(p);
      this.spellings.set(stem, [...(this.spellings.get(stem) ?? []), p]);
    }
    this.cache.clear();
  }

  /**
   * The lexicon word inside `word` once its clitics and endings are cut, or null when no reading reaches one.
   * The reading that keeps the longest core wins; the whole word first of all.
   */
  lexicalCore(word: string): string | null {
    if (this.lexicon.has(word)) return word;
    let best: string | null = null;
    let bestKept = 0;
    // `kept` counts the word's own letters in the core: a ة put back is not one of them, so قرار (in
    // لقراراتها) wins over قراره though both are words.
    const consider = (core: string, kept: number) => {
      // A core that starts with ال kept the article: the reading that cut it is the right one (والقوات is
      // و + ال + قوات, not و + القو + ات, though the list has القو).
      if (kept < MIN_CORE || kept <= bestKept || core.startsWith('ال')) return;
      if (this.lexicon.has(core)) {
        best = core;
        bestKept = kept;
      }
    };
    for (const head of proclitics(word)) {
      const rest = word.slice(head);
      for (const [keep, lostTaMarbuta] of endings(rest)) {
        const core = rest.slice(0, keep);
        consider(core, keep);
        if (lostTaMarbuta) consider(`${core}ه`, keep);
      }
    }
    return best;
  }

  /** The stem one normalised word is indexed and searched by. Words that are not Arabic come back unchanged. */
  stem(word: string): string {
    let stem = this.cache.get(word);
    if (stem === undefined) {
      if (this.cache.size >= CACHE_SIZE) this.cache.clear();
      stem = this.stemUncached(word);
      this.cache.set(word, stem);
    }
    return stem;
  }

  private stemUncached(word: string): string {
    if (!ARABIC.test(word)) return word;
    const core = this.lexicalCore(word);
    if (core === null) return lightStem(word);
    return lightSuffixes(this.plurals.get(core) ?? core);
  }

  /**
   * The stems a query word is looked up by. A whole word's own stem is the one the index holds for it; a
   * prefix (the start of a word someone is still typing) is rarely a word, so it also takes light stemming's
   * readings, which only cut letters and so stay a prefix of what the index holds.
   */
  queryStems(word: string, prefix: boolean): string[] {
    const own = this.stem(word);
    if (!prefix || !ARABIC.test(word)) return [own];
    const light = lightStemVariants(word);
    return [...new Set([own, ...light, ...light.map(lightStem)])];
  }

  /** Broken plurals whose stem is `stem`: a word that matches it need not contain the stem's letters. */
  pluralsOf(stem: string): readonly string[] {
    return this.spellings.get(stem) ?? [];
  }

  /** Stems every word of a normalised text, keeping non-word characters as spaces. */
  stemText(normalized: string): string {
    return normalized
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0)
      .map((w) => this.stem(w))
      .join(' ');
  }
}

// News copy repeats its words, and the index stems every word of every save: each distinct word is stemmed
// once (bounded, so a long import cannot grow it without limit).
const CACHE_SIZE = 100_000;

/** A lexicon of the given words, normalised as search normalises text (so ة, ى and hamza forms agree). */
export function stemLexicon(words: readonly string[]): StemLexicon {
  // One pass over the whole list is several times faster than a hundred thousand short ones.
  const set = new Set(normalizeForSearch(words.join('\n')).split('\n'));
  return { has: (word) => set.has(word) };
}
