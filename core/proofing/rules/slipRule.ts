/** A rule over single words whose fix is a one-letter slip the dictionary confirms (variants.ts). */
import { inNameContext } from '../nameContext';
import { spokenArabic } from '../spoken';
import { isArabic, wordsOf } from '../text';
import type { Hit, Rule, RuleContext, Severity } from '../types';
import { slipFixes, type SlipKind } from '../variants';

/** `fix` is given the word and its index in wordsOf(paragraph), for rules that look at its neighbours. */
export function wordHits(paragraph: string, fix: (word: string, index: number) => string[] | null): Hit[] {
  const out: Hit[] = [];
  const words = wordsOf(paragraph);
  for (let i = 0; i < words.length; i++) {
    const { word, start, bare } = words[i]!;
    // Words with tatweel or invisible characters are TATWEEL's and INVISIBLE_CHARS's first.
    if (bare !== word || !isArabic(word)) continue;
    const suggestions = fix(word, i);
    if (suggestions && suggestions.length > 0) out.push({ start, length: word.length, found: word, suggestions });
  }
  return out;
}

/** `shape`, when given, is a cheap test of the letters a candidate needs (ض or ظ): other words are skipped
 * before the dictionary is asked, so a rule for a rare slip costs next to nothing on a whole article.
 * `names`: a word in a name's place (nameContext.ts) is left alone, and (session 10) so is a word of a
 * paragraph in spoken Arabic (spoken.ts: متغاظين). */
export function slipRule(
  id: string,
  severity: Severity,
  kind: SlipKind,
  enabled: (context: RuleContext) => boolean = () => true,
  shape?: RegExp,
  names = false,
): Rule {
  return {
    id,
    severity,
    check: (paragraph, context) =>
      enabled(context)
        ? wordHits(paragraph, (word, i) => {
            if (shape && !shape.test(word)) return null;
            const fixes = slipFixes(word, kind, context.words);
            if (fixes.length === 0 || !names) return fixes;
            return inNameContext(wordsOf(paragraph), i, context.words) || spokenArabic(paragraph) ? null : fixes;
          })
        : [],
  };
}
