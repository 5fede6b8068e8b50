/** A rule over single words whose fix is a one-letter slip the dictionary confirms (variants.ts). */
import { isArabic, wordsOf } from '../text';
import type { Hit, Rule, RuleContext, Severity } from '../types';
import { slipFixes, type SlipKind } from '../variants';

export function wordHits(paragraph: string, fix: (word: string) => string[] | null): Hit[] {
  const out: Hit[] = [];
  for (const { word, start, bare } of wordsOf(paragraph)) {
    // Words with tatweel or invisible characters are TATWEEL's and INVISIBLE_CHARS's first.
    if (bare !== word || !isArabic(word)) continue;
    const suggestions = fix(word);
    if (suggestions && suggestions.length > 0) out.push({ start, length: word.length, found: word, suggestions });
  }
  return out;
}

/** `shape`, when given, is a cheap test of the letters a candidate needs (ض or ظ): other words are skipped
 * before the dictionary is asked, so a rule for a rare slip costs next to nothing on a whole article. */
export function slipRule(
  id: string,
  severity: Severity,
  kind: SlipKind,
  enabled: (context: RuleContext) => boolean = () => true,
  shape?: RegExp,
): Rule {
  return {
    id,
    severity,
    check: (paragraph, context) =>
      enabled(context)
        ? wordHits(paragraph, (word) => (shape && !shape.test(word) ? null : slipFixes(word, kind, context.words)))
        : [],
  };
}
