/**
 * A rule over a fixed list of words the copy desk knows one way, where Hunspell accepts the slip as well
 * (Ayaspell reads إبن، حتي، مستشفي as words): each listed form, with the clitics and the article it may
 * carry, maps to its right spelling. Matching is a lookup per word, so a long list costs nothing.
 */
import { wordsOf } from '../text';
import type { Hit, Rule, RuleContext, Severity } from '../types';

/** Conjunction, then preposition: و، ف، ب، ل، ك and their pairs (وب، فل…). */
const CLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];
/** Before the article, ل + ال is written لل (للمستشفى). */
const BEFORE_ARTICLE = ['', 'و', 'ف', 'ب', 'ك', 'وب', 'وك', 'فب', 'فك'];

export interface ListedForms {
  /** Wrong → right, bare (no clitic, no article). */
  plain?: ReadonlyArray<readonly [string, string]>;
  /** Short words that take only و or ف: with ب or ل they would read as other words (ب + لدية is بلدية). */
  short?: ReadonlyArray<readonly [string, string]>;
  /** Wrong → right, for nouns that also take the article (the pair is written without it). */
  nouns?: ReadonlyArray<readonly [string, string]>;
}

/** Every written form of the list: clitics before each word, the article (and لل) before the nouns. */
export function expandForms(forms: ListedForms): Map<string, string> {
  const out = new Map<string, string>();
  for (const [wrong, right] of forms.short ?? []) {
    for (const c of ['', 'و', 'ف']) out.set(c + wrong, c + right);
  }
  for (const [wrong, right] of [...(forms.plain ?? []), ...(forms.nouns ?? [])]) {
    for (const c of CLITICS) out.set(c + wrong, c + right);
  }
  for (const [wrong, right] of forms.nouns ?? []) {
    for (const c of BEFORE_ARTICLE) out.set(`${c}ال${wrong}`, `${c}ال${right}`);
    for (const c of ['', 'و', 'ف']) out.set(`${c}لل${wrong}`, `${c}لل${right}`);
  }
  return out;
}

export function listedWordsRule(
  id: string,
  severity: Severity,
  forms: ListedForms,
  enabled: (context: RuleContext) => boolean = () => true,
): Rule {
  const fixes = expandForms(forms);
  return {
    id,
    severity,
    check(paragraph, context) {
      if (!enabled(context)) return [];
      const out: Hit[] = [];
      for (const { word, start } of wordsOf(paragraph)) {
        const right = fixes.get(word);
        if (right !== undefined) out.push({ start, length: word.length, found: word, suggestions: [right] });
      }
      return out;
    },
  };
}
