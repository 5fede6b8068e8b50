import { wordsOf } from '../text';
import type { Hit, Rule } from '../types';

/**
 * الثلاثينات → الثلاثينيات: a decade as the plural of the adjective (ثلاثيني), with its yaa; Ayaspell accepts
 * both. From LanguageTool's Arabic grammar (unsorted025). House style, not a slip (docs/house-style.md): both
 * forms are printed in edited news (Aghlat's editors changed 2 of this rule's 5 findings on the tuning files
 * and left 3), so it is listed (info) unless the house writes the yaa (settings: decadesWithYaa).
 */
const DECADE = /^([وف]?[بلك]?(?:ال|ل)?)(عشرين|ثلاثين|أربعين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)ات$/;

export const DECADES: Rule = {
  id: 'DECADES',
  severity: 'info',
  severityIn: (settings) => (settings.decadesWithYaa ? 'warning' : 'info'),
  check(paragraph) {
    const out: Hit[] = [];
    for (const { word, start } of wordsOf(paragraph)) {
      const m = DECADE.exec(word);
      if (m) out.push({ start, length: word.length, found: word, suggestions: [`${m[1]}${m[2]}يات`] });
    }
    return out;
  },
};
