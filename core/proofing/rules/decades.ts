import { wordsOf } from '../text';
import type { Hit, Rule } from '../types';

/**
 * الثلاثينات → الثلاثينيات: a decade is the plural of the adjective (ثلاثيني), with its yaa; Ayaspell accepts
 * both. From LanguageTool's Arabic grammar (unsorted025), which ../shared/data/copydesk marks as wanted by a
 * newsroom.
 */
const DECADE = /^([وف]?[بلك]?(?:ال|ل)?)(عشرين|ثلاثين|أربعين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)ات$/;

export const DECADES: Rule = {
  id: 'DECADES',
  severity: 'warning',
  check(paragraph) {
    const out: Hit[] = [];
    for (const { word, start } of wordsOf(paragraph)) {
      const m = DECADE.exec(word);
      if (m) out.push({ start, length: word.length, found: word, suggestions: [`${m[1]}${m[2]}يات`] });
    }
    return out;
  },
};
