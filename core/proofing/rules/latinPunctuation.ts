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

export function latinMarkHits(paragraph: string, mark: string, arabic: string): Hit[] {
  const out: Hit[] = [];
  for (let i = paragraph.indexOf(mark); i !== -1; i = paragraph.indexOf(mark, i + 1)) {
    const before = neighbour(paragraph, i - 1, -1, SKIP_BEFORE);
    const after = neighbour(paragraph, i + 1, 1, SKIP_AFTER);
    if (/[0-9]/.test(paragraph[i - 1] ?? '') && /[0-9]/.test(paragraph[i + 1] ?? '')) continue;
    const arabicSide = ARABIC.test(before) || (ARABIC.test(after) && !LATIN_OR_DIGIT.test(before));
    if (!arabicSide) continue;
    out.push({ start: i, length: 1, found: mark, suggestions: [arabic] });
  }
  return out;
}
