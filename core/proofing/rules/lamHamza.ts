import type { Rule } from '../types';
import { byUsage } from '../usage';
import { slipFixes } from '../variants';
import { wordHits } from './slipRule';

/**
 * لاطلاق → لإطلاق, لايجاد → لإيجاد, ولاعادة → ولإعادة: ل run into a word whose first alef takes a hamza
 * below, written bare. HAMZA_INITIAL leaves ل + ا alone (it is the negation in لازال، ولاشك) and HAMZA_MEDIAL
 * offers only أ (لاسباب → لأسباب), so these went unflagged: 35 corrections on the tuning files
 * (tests/eval/aghlat.ts), the most frequent hamza slip left. The word must be unknown and the ل + إ form a
 * word; HAMZA_MEDIAL's أ reading, where it is a word too (لاعداد: لإعداد، لأعداد), follows, and where لا + the
 * rest also reads (لاطلاق: لا طلاق), that reading last.
 */
export const LAM_HAMZA: Rule = {
  id: 'LAM_HAMZA',
  severity: 'error',
  check: (paragraph, context) =>
    context.settings.strictInitialAlef
      ? wordHits(paragraph, (word) => {
          const fixes = slipFixes(word, 'lamHamza', context.words);
          if (fixes.length === 0) return null;
          const at = word.indexOf('لا');
          const rest = word.slice(at + 2);
          const negation = rest.length >= 2 && context.words.isWord(rest) ? [`${word.slice(0, at + 2)} ${rest}`] : [];
          // This rule runs before HAMZA_MEDIAL and takes the word: its أ reading (لاعداد: لأعداد) comes second.
          const medial = slipFixes(word, 'medialAlef', context.words);
          // Which hamza the archive writes (لإعداد or لأعداد) ranks first; the negation stays last.
          return [...new Set([...byUsage([...new Set([...fixes, ...medial])], context.words), ...negation])];
        })
      : [],
};
