/**
 * Shared by AR_LATIN_COMMA, AR_LATIN_SEMICOLON and AR_LATIN_QUESTION: a Latin mark in Arabic text, but not
 * between digits (1,5) and not inside a Latin run (Washington, D.C.).
 */
import { ARABIC_LETTER } from '../text';
import type { Hit } from '../types';

const ARABIC = new RegExp(`[${ARABIC_LETTER}\\u064B-\\u065F\\u0640]`);
const LATIN_OR_DIGIT = /[\p{Script=Latin}0-9\u0660-\u0669]/u;
const SKIP_BEFORE = /[\s"'»)\]]/;
const SKIP_AFTER = /[\s"'«([]/;

function neighbour(text: string, from: number, step: 1 | -1, skip: RegExp): string {
  let i = from;
  while (i >= 0 && i < text.length && skip.test(text[i]!)) i += step;
  return text[i] ?? '';
}

/**
 * A run of the mark (المبادئ,,, والأخلاق) is one finding with one Arabic mark as its fix: each comma of it
 * was a finding of its own (two of three), 164 findings on the tuning files for 60-odd runs in one text.
 */
export function latinMarkHits(paragraph: string, mark: string, arabic: string): Hit[] {
  const out: Hit[] = [];
  for (let i = paragraph.indexOf(mark); i !== -1; i = paragraph.indexOf(mark, i + 1)) {
    let end = i + 1;
    while (paragraph[end] === mark) end++;
    const before = neighbour(paragraph, i - 1, -1, SKIP_BEFORE);
    const after = neighbour(paragraph, end, 1, SKIP_AFTER);
    const between = /[0-9]/.test(paragraph[i - 1] ?? '') && /[0-9]/.test(paragraph[end] ?? '');
    const arabicSide = ARABIC.test(before) || (ARABIC.test(after) && !LATIN_OR_DIGIT.test(before));
    // Session 9: a mark with nothing before it in the paragraph ends nothing: a bullet lost in decoding
    // (245 "? القضاء الألماني…" headlines in one tuning file) or a placeholder line ("??").
    const opensParagraph = paragraph.slice(0, i).trim() === '';
    if (!between && arabicSide && !opensParagraph)
      out.push({ start: i, length: end - i, found: paragraph.slice(i, end), suggestions: [arabic] });
    i = end - 1;
  }
  return out;
}
