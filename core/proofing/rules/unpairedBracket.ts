import type { Hit, Rule } from '../types';

/**
 * قال «لن نتراجع. → a guillemet or bracket opened and never closed in the paragraph, or closed without being
 * opened. No fix: only the writer knows where the quotation ends. A closing bracket after a number or a
 * single letter at the start of the paragraph or after a space numbers a list (1) أ)) and is not counted.
 */
const PAIRS: Record<string, string> = { '(': ')', '«': '»', '[': ']' };
const CLOSERS: Record<string, string> = { ')': '(', '»': '«', ']': '[' };
// A zero-width non-joiner after the letter (أ‌) ب‌)) keeps it from joining the bracket: 10 list marks on the
// tuning files (session 8).
const LIST_MARK = /(?:^|\s)(?:\p{N}+|\p{L})\u200C?$/u;
// Only the marks are visited: a lookup per character cost a whole-article lint ~10% more (measured).
const MARKS = /[()«»[\]]/g;

export const UNPAIRED_BRACKET: Rule = {
  id: 'UNPAIRED_BRACKET',
  severity: 'warning',
  check(paragraph) {
    const open: Array<{ mark: string; at: number }> = [];
    const out: Hit[] = [];
    for (const m of paragraph.matchAll(MARKS)) {
      const [c, i] = [m[0], m.index];
      if (PAIRS[c]) open.push({ mark: c, at: i });
      else if (CLOSERS[c]) {
        const last = open.findLastIndex((o) => o.mark === CLOSERS[c]);
        if (last !== -1) open.splice(last, 1);
        else if (!LIST_MARK.test(paragraph.slice(Math.max(0, i - 12), i)))
          out.push({ start: i, length: 1, found: c, suggestions: [] });
      }
    }
    for (const o of open) out.push({ start: o.at, length: 1, found: o.mark, suggestions: [] });
    return out.sort((a, b) => a.start - b.start);
  },
};
