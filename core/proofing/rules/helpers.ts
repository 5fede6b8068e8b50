/** Building blocks the rule files share: a finding from a regular-expression match, a set phrase. */
import type { Hit, Rule, Severity } from '../types';

/** Every match of `pattern` (global) becomes a hit; `fix` gives the suggestions for the matched text. */
export function matchHits(
  paragraph: string,
  pattern: RegExp,
  fix: (match: RegExpExecArray) => string[] | null,
  group = 0,
): Hit[] {
  const out: Hit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(paragraph); m; m = pattern.exec(paragraph)) {
    if (m[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    const suggestions = fix(m);
    if (suggestions === null) continue;
    const found = m[group] ?? m[0];
    const start = m.index + (group === 0 ? 0 : m[0].indexOf(found));
    out.push({ start, length: found.length, found, suggestions });
  }
  return out;
}

/** A fixed wrong phrase and its replacement; matches whole words, with an optional و/ف before. */
export function phraseRule(id: string, severity: Severity, pairs: ReadonlyArray<readonly [string, string]>): Rule {
  const byWrong = new Map(pairs);
  const alternatives = pairs.map(([wrong]) => wrong.replace(/ /g, '\\s+')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternatives})(?![\\p{L}\\p{M}])`, 'gu');
  return {
    id,
    severity,
    check: (paragraph) =>
      matchHits(paragraph, pattern, (m) => {
        const right = byWrong.get(m[0].replace(/\s+/g, ' '));
        return right === undefined ? null : [right];
      }),
  };
}
