/**
 * Proofing a text: the copy-desk rules (rules/), then spelling on the words no rule has claimed. One entry
 * point for the editor's worker, `midad lint` and the evaluation.
 */
import type { ProofingDictionary } from './dictionary';
import { RULES } from './rules';
import type { ProofingSettings } from './settings';
import { spellingHits, type SpellingHit } from './spelling';
import { isSpelling, type Finding, type Hit, type Rule, type RuleContext } from './types';

export interface LintOptions {
  dictionary: ProofingDictionary;
  settings: ProofingSettings;
  digits: 'western' | 'arabic-indic';
  /** Fill SPELLING findings' suggestions now (the evaluation's LanguageTool pairs); the editor and the
   * command line ask on demand (`fillSuggestions`), since Hunspell takes 0.1–1 s an Arabic word. */
  suggest?: boolean;
}

function activeRules(settings: ProofingSettings): Rule[] {
  const off = new Set(settings.disabledRules);
  return RULES.filter((r) => !off.has(r.id));
}

const overlaps = (a: { start: number; length: number }, b: { start: number; length: number }) =>
  a.start < b.start + Math.max(b.length, 1) && b.start < a.start + Math.max(a.length, 1);

/** The word's own-letter fixes first, then the dictionary's. */
function suggestionsFor(hit: Hit, dictionary: ProofingDictionary): string[] {
  return [...new Set([...hit.suggestions, ...dictionary.suggest(hit.found)])].slice(0, 5);
}

/** The findings of one paragraph's own rules (not the whole-text ones), earlier rules winning overlaps. */
export function lintParagraph(paragraph: string, index: number, options: LintOptions): Finding[] {
  const context: RuleContext = { words: options.dictionary, settings: options.settings, digits: options.digits };
  const kept: Finding[] = [];
  const add = (rule: Pick<Rule, 'id' | 'severity'>, hits: Hit[]) => {
    for (const hit of hits) {
      if (kept.some((k) => overlaps(k, hit))) continue;
      kept.push({ rule: rule.id, severity: rule.severity, paragraph: index, ...hit });
    }
  };
  for (const rule of activeRules(options.settings)) {
    if (!rule.check) continue;
    const severity = rule.severityIn?.(options.settings) ?? rule.severity;
    add({ id: rule.id, severity }, rule.check(paragraph, context, index));
  }
  const off = options.settings.disabledRules;
  if (options.settings.spelling && !off.includes('SPELLING')) {
    const hits = spellingHits(paragraph, options.dictionary);
    if (options.suggest) for (const hit of hits) hit.suggestions = suggestionsFor(hit, options.dictionary);
    const strip = ({ slip: _, ...hit }: SpellingHit): Hit => hit;
    add({ id: 'SPELLING', severity: 'error' }, hits.filter((h) => h.slip).map(strip));
    if (!off.includes('UNKNOWN_WORD')) {
      const severity = options.settings.underlineUnknown ? 'error' : 'info';
      add({ id: 'UNKNOWN_WORD', severity }, hits.filter((h) => !h.slip).map(strip));
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The rules that look at the whole text (mixed digits). */
export function lintText(paragraphs: readonly string[], options: LintOptions): Finding[] {
  const context: RuleContext = { words: options.dictionary, settings: options.settings, digits: options.digits };
  return activeRules(options.settings).flatMap((rule) => rule.checkText?.(paragraphs, context) ?? []);
}

/** Every finding of a text, paragraph by paragraph, in reading order. */
export function lint(paragraphs: readonly string[], options: LintOptions): Finding[] {
  const own = paragraphs.flatMap((p, i) => lintParagraph(p, i, options));
  const whole = lintText(paragraphs, options).filter(
    (f) => !own.some((o) => o.paragraph === f.paragraph && overlaps(o, f)),
  );
  return [...own, ...whole].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/**
 * Fills the suggestions of SPELLING findings that have none, for at most `maxWords` distinct words (Hunspell's
 * Arabic suggestions take 0.1–1 s a word). Returns how many distinct words were left without.
 */
export function fillSuggestions(findings: Finding[], dictionary: ProofingDictionary, maxWords: number): number {
  const asked = new Set<string>();
  const skipped = new Set<string>();
  for (const f of findings) {
    if (!isSpelling(f.rule) || f.suggestions.length > 0) continue;
    if (!asked.has(f.found) && asked.size >= maxWords) {
      skipped.add(f.found);
      continue;
    }
    asked.add(f.found);
    f.suggestions = dictionary.suggest(f.found);
  }
  return skipped.size;
}
