/**
 * Whether a paragraph is written in, or quotes, spoken Arabic (Egyptian, Levantine, Gulf): it has a word the
 * written language never uses (مش، كده، اللي، عشان، دلوقتي، هيك، ليش). Such a paragraph's words are spoken
 * forms, not slips of the written ones: الراس (رأس), تاني (ثاني), متغاظين (مغتاظين), إللي. On the tuning files
 * (tests/eval/tune.ts --cross) these were 6 false alarms of HAMZA_MEDIAL, DAD_ZA and HAMZAT_WASL; the 11 lines
 * with such words hold 7 corrections, all other rules' (initial hamzas, التى), which still find them. HAMZA_MEDIAL
 * and DAD_ZA leave a whole paragraph in spoken Arabic alone; HAMZAT_WASL only the spoken word itself (إللي).
 *
 * Only unambiguous words are listed: not ايه (آي. ايه, the CIA), زي (a costume), كمان (a violin), دي (دي ميستورا),
 * يعني (written Arabic too), وين and فين (Wayne Rooney, Finn).
 */
import { wordsOf } from './text';

const SPOKEN = new Set(
  (
    'مش كده كدا عشان علشان دلوقتي دلوقت ازاي إزاي عايز عاوز عايزين عاوزين مفيش مافيش امتى إمتى ' +
    'احنا إحنا اللي إللي هيك هلق هلأ منيح ليش شلون'
  ).split(' '),
);

/** A word only spoken Arabic uses, with or without a و or ف before it. */
export const spokenWord = (word: string) => SPOKEN.has(word) || (/^[وف]/.test(word) && SPOKEN.has(word.slice(1)));

// Asked once per candidate slip, and a paragraph may have several: the last paragraph's answer is kept.
let lastParagraph: string | undefined;
let lastAnswer = false;

export function spokenArabic(paragraph: string): boolean {
  if (paragraph !== lastParagraph) {
    lastParagraph = paragraph;
    lastAnswer = wordsOf(paragraph).some((w) => spokenWord(w.bare));
  }
  return lastAnswer;
}
