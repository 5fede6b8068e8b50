import { wordsOf } from '../text';
import type { Hit, Rule } from '../types';

/**
 * سواءا → سواءً, مساءا → مساءً, إجراءا → إجراءً: the tanween of a word ending in alef and hamza takes no alef
 * after it. Ayaspell accepts the alef, so spelling cannot see it. The past tense of two people (جاءا، شاءا)
 * does end so, and is left alone: a verb of three letters before the alef.
 */
const ENDING = /^(.*..اء)ا$/;
const DUAL_VERBS = /^[وف]?(?:جاءا|شاءا|ساءا|باءا|فاءا|أساءا|أضاءا|أجاءا)$/;

export const TANWEEN_AFTER_HAMZA: Rule = {
  id: 'TANWEEN_AFTER_HAMZA',
  severity: 'warning',
  check(paragraph) {
    const out: Hit[] = [];
    for (const { word, start, bare } of wordsOf(paragraph)) {
      const m = ENDING.exec(bare);
      if (!m || bare !== word || DUAL_VERBS.test(word)) continue;
      out.push({ start, length: word.length, found: word, suggestions: [`${m[1]}\u064B`] });
    }
    return out;
  },
};
