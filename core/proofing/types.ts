/**
 * The shapes proofing shares between the copy-desk rules, spelling, the editor's worker and `midad lint`.
 * Offsets are JavaScript string units within one paragraph (a line of a text file, a block of the editor).
 */
import type { ProofingSettings } from './settings';

/** `info` is listed (midad lint, the list of findings) but not underlined in the editor. */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** A rule id (`HAMZA_ILA`) or `SPELLING`. */
  rule: string;
  severity: Severity;
  /** Index of the paragraph in the text checked. */
  paragraph: number;
  start: number;
  length: number;
  found: string;
  /** Replacements for `found`, best first; empty when no fix is safe. */
  suggestions: string[];
}

/** A finding inside one paragraph, before the paragraph's index is known. */
export type Hit = Omit<Finding, 'rule' | 'severity' | 'paragraph'>;

/** What the rules may ask of the dictionary: whether a word exists (Hunspell plus the newsroom's words). */
export interface WordOracle {
  isWord(word: string): boolean;
  /** Whether the word is known only as the newsroom's learned or added words (not Hunspell, not the names). */
  learnedOnly?(word: string): boolean;
  /** How often the newsroom's archive writes the word, counted by its hamza stem (usage.ts); 0 when unknown. */
  usage?(word: string): number;
}

export interface RuleContext {
  words: WordOracle;
  settings: ProofingSettings;
  /** The house digits (the settings' `digits`). */
  digits: 'western' | 'arabic-indic';
}

export interface Rule {
  id: string;
  severity: Severity;
  /** A house-style rule's severity under the person's settings (DECADES: info, or warning when the house asks). */
  severityIn?(settings: ProofingSettings): Severity;
  /** One paragraph. `paragraphIndex` 0 is the first of the text (datelines live there). */
  check?(paragraph: string, context: RuleContext, paragraphIndex: number): Hit[];
  /** The whole text at once, for rules about the article (mixed digits). */
  checkText?(paragraphs: readonly string[], context: RuleContext): Finding[];
}

/** The two findings of spelling (spelling.ts): their suggestions come from Hunspell, on request. */
export const isSpelling = (rule: string) => rule === 'SPELLING' || rule === 'UNKNOWN_WORD';
