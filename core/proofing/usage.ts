/**
 * How the newsroom writes a word with a hamza on its first alef, learned from its archive: the one thing that
 * decides between two spellings that are both words (اخبار: أخبار "news" or إخبار "informing"; والاعلام:
 * والإعلام or والأعلام), which Hunspell cannot say. The editor's menu puts the first suggestion under Enter,
 * so a rule whose candidates are all words offers first the one the archive writes more often.
 *
 * Counted by the word without its proclitics (الإعلام for الإعلام، والإعلام، للإعلام، بالإعلام): a newsroom
 * writes the same word with every clitic. The article stays: without it the word is often another one (أمام
 * "in front of" against الإمام "the imam": counted together, the preposition put الأمام first on the tuning
 * files). Only words with a hamza on that first alef are kept (the other rules' candidates differ in letters
 * the archive's counts would not settle), so the counts sent to the editor's worker stay small.
 */
import type { WordOracle } from './types';

/**
 * Proclitics (text.ts's CLITIC), then the article (ال, or لل after ل) or a bare ل, before the alef with its
 * hamza: the article is kept, the rest dropped.
 */
const HAMZA_STEM = /^(?:[وف]?[بك]?)(?:(ال|لل)|ل)?([أإآ].+)$/;

/** The word without its proclitics, when its first alef (after the article) has a hamza: وللإعلام → الإعلام. */
export function hamzaStem(word: string): string | null {
  const m = HAMZA_STEM.exec(word);
  if (!m) return null;
  return m[1] ? `ال${m[2]!}` : m[2]!;
}

/** Words used in fewer articles than this say nothing of the house's habits (a slip, a quotation). */
export const USAGE_MIN_ARTICLES = 2;
/** At most this many stems, the most used first: bounds what proofing.words sends whatever the archive's size. */
export const USAGE_MAX_STEMS = 20_000;

/**
 * The usage the dictionary ranks with, from per-word article counts (db/proofing/words.ts's articleCounts):
 * per hamza stem, the sum of its words' counts (an article writing both الإعلام and والإعلام counts twice,
 * which ranks as well), stems under USAGE_MIN_ARTICLES left out, then the USAGE_MAX_STEMS most used.
 */
export function hamzaUsage(counts: Iterable<readonly [string, number]>): Record<string, number> {
  const byStem = new Map<string, number>();
  for (const [word, n] of counts) {
    const stem = hamzaStem(word);
    if (stem !== null) byStem.set(stem, (byStem.get(stem) ?? 0) + n);
  }
  const kept = [...byStem]
    .filter(([, n]) => n >= USAGE_MIN_ARTICLES)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, USAGE_MAX_STEMS);
  return Object.fromEntries(kept);
}

/**
 * Candidates the archive writes more often first: as written (with the article or without it), then, where that
 * says nothing (too few articles either way), with and without the article together (أخطار and الأخطار for
 * اخطار). Equal usage keeps the order given, which is the rule's own reasoning (hamzaInitial.ts) for a
 * workstation with no archive yet.
 */
export function byUsage(candidates: readonly string[], words: WordOracle): string[] {
  if (!words.usage || candidates.length < 2) return [...candidates];
  const usage = (word: string) => words.usage?.(word) ?? 0;
  const counted = candidates.map((c, i) => {
    const stem = hamzaStem(c);
    const bare = stem?.startsWith('ال') ? stem.slice(2) : stem;
    return { c, i, n: usage(c), both: bare ? usage(bare) + usage(`ال${bare}`) : 0 };
  });
  const same = (a: (typeof counted)[number]) => a.n === counted[0]!.n && a.both === counted[0]!.both;
  if (counted.every(same)) return [...candidates];
  return counted.sort((a, b) => b.n - a.n || b.both - a.both || a.i - b.i).map((x) => x.c);
}
