/**
 * Aligning Aghlat's two versions of a text when they do not match line for line or word for word: a line the
 * editors added or dropped, a word they split or joined. Used for the TUNE files (tests/eval/aghlat.ts), so
 * that a file is not lost to tuning for one missing line, nor a line for one joined word.
 *
 * Lines are paired by content: a global alignment (an LCS generalised to similar, not only equal, lines) over
 * their folded words, in a band around the diagonal. Within a paired line, tokens are aligned by an edit
 * alignment that allows 1:1 (a word kept or corrected), 1:2 (a word split) and 2:1 (two words joined), both
 * only when the letters agree, and 1:0 / 0:1 (a word dropped / added).
 *
 * How each pairing is scored (tests/eval/score.ts): a 1:1 pair is a token as before; a 1:2 or 2:1 pair is ONE
 * correction (kind "spacing") spanning the misspelled word(s), caught when a finding touches that span; a word
 * the editors dropped (1:0) is one correction with an empty right side; a word they added (0:1) has no span in
 * the misspelled text, so it cannot be caught or missed and is only counted. A paired line needing more words
 * added, dropped or replaced by another word than MAX_GAPS was rewritten, not proofread, and is left out; marks
 * the editors only added (تدريجيًّا) are no correction (unmark).
 */
import type { Line, Token } from './aghlat';

/** Short vowels, tanween, shadda, sukun, dagger alef and tatweel. */
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** Letters only, with the slips Aghlat corrects folded away: hamza seats, taa marbuta, alef maqsura, marks. */
export function fold(word: string): string {
  let folded = FOLDED.get(word);
  if (folded === undefined) FOLDED.set(word, (folded = foldNow(word)));
  return folded;
}

/** Each word folded once: the collections repeat their lines (annaharonline holds one lede 532 times). */
const FOLDED = new Map<string, string>();

function foldNow(word: string): string {
  return word
    .replace(MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[\p{P}\p{S}]/gu, '');
}

/** Similarity of two lines: Dice over their folded words as multisets, given as sorted word ids. */
function similarity(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let shared = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length;) {
    if (a[x] === b[y]) {
      shared++;
      x++;
      y++;
    } else if (a[x]! < b[y]!) x++;
    else y++;
  }
  return (2 * shared) / (a.length + b.length);
}

/** Lines under this similarity are never paired: one is an added or dropped line. */
const PAIR_AT = 0.5;

/**
 * Pairs the lines of the two versions: [index in a, index in b][], in order. A band of width `slack` around
 * the diagonal keeps a 5,000-line file cheap; it is as wide as the difference in line count plus a margin.
 */
export function pairLines(a: string[], b: string[]): Array<[number, number]> {
  const ids = new Map<string, number>();
  const words = (l: string) =>
    Int32Array.from(
      l
        .split(/\s+/)
        .map(fold)
        .filter(Boolean)
        .map((w) => ids.get(w) ?? ids.set(w, ids.size).size - 1),
    ).sort();
  const fa = a.map(words);
  const fb = b.map(words);
  const n = a.length;
  const m = b.length;
  const slack = Math.abs(n - m) + 40;
  const band = 2 * slack + 1;
  const centre = (i: number) => Math.round((i * m) / Math.max(n, 1));
  // best[i][j]: the best total similarity pairing a[0..i) with b[0..j), stored for j within the band only.
  const best = new Float64Array((n + 1) * band).fill(-Infinity);
  const move = new Uint8Array((n + 1) * band); // 1 pair, 2 skip a line of a, 3 skip a line of b
  const cell = (i: number, j: number) => {
    const k = j - centre(i) + slack;
    return i < 0 || j < 0 || k < 0 || k >= band ? -1 : i * band + k;
  };
  const at = (i: number, j: number) => {
    const c = cell(i, j);
    return c < 0 ? -Infinity : best[c]!;
  };
  for (let i = 0; i <= n; i++) {
    for (let j = Math.max(0, centre(i) - slack); j <= Math.min(m, centre(i) + slack); j++) {
      const here = cell(i, j);
      if (i === 0 && j === 0) {
        best[here] = 0;
        continue;
      }
      let score = at(i - 1, j);
      let how = 2;
      if (at(i, j - 1) > score) [score, how] = [at(i, j - 1), 3];
      // A pair adds at most 1: worked out only where it could win.
      const diagonal = at(i - 1, j - 1);
      if (diagonal + 1 > score) {
        const s = similarity(fa[i - 1]!, fb[j - 1]!);
        if (s >= PAIR_AT && diagonal + s > score) [score, how] = [diagonal + s, 1];
      }
      best[here] = score;
      move[here] = how;
    }
  }
  const pairs: Array<[number, number]> = [];
  let [i, j] = [n, m];
  while (i > 0 || j > 0) {
    const how = move[cell(i, j)];
    if (how === 1) pairs.push([--i, --j]);
    else if (how === 2) i--;
    else j--;
  }
  return pairs.reverse();
}

/** Edit distance between two short strings (letters of one word or two), in two reused rows. */
let prevRow = new Int32Array(64);
let row = new Int32Array(64);
function distance(a: string, b: string): number {
  if (b.length + 1 > row.length) [prevRow, row] = [new Int32Array(b.length * 2), new Int32Array(b.length * 2)];
  for (let j = 0; j <= b.length; j++) prevRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prevRow[j]! + 1, row[j - 1]! + 1, prevRow[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    [prevRow, row] = [row, prevRow];
  }
  return prevRow[b.length]!;
}

/** The cost of pairing a misspelled word with a corrected one (both also folded): 0 kept, up to 1 for another word. */
function substitution(w: string, r: string, fw: string, fr: string): number {
  if (w === r) return 0;
  if (fw === fr) return 0.1;
  return 0.3 + (0.7 * distance(fw, fr)) / Math.max(fw.length, fr.length, 1);
}

/** A split or join is paired only when the folded letters agree (at most one slip besides the space). */
function joined(fw: string, fr: string): number {
  if (Math.abs(fw.length - fr.length) > 1 || fw.length < 2) return Infinity;
  const d = fw === fr ? 0 : distance(fw, fr);
  return d <= 1 ? 0.2 + 0.3 * d : Infinity;
}

/**
 * Marks the editors added (وراثياً → وراثيًّا, (ان → (إنّ: fikra, gmo and shabaka are vocalised) are no slip news
 * copy has: a word given only marks is unchanged, and marks the copy lacked are dropped from the correction.
 */
function unmark(t: Token): Token {
  const bare = (x: string) => x.replace(MARKS, '');
  if (bare(t.wrong) === bare(t.right)) return { ...t, right: t.wrong };
  return /[\u064B-\u065F\u0670\u0640]/.test(t.wrong) ? t : { ...t, right: bare(t.right) };
}

const GAP = 1;
/** A word paired with one that shares less than half its letters: another word, not a slip in it. */
const OTHER_WORD = 0.3 + 0.7 * 0.5;
/**
 * A paired line with more words added, dropped or replaced by other words than this was rewritten or
 * reordered (fikra, gmo and shabaka were edited for style as well as spelling), not proofread: left out.
 */
export const MAX_GAPS = 2;

export interface AlignedLine {
  line: Line;
  /** Words the editors added: no span in the misspelled text, counted only. */
  added: number;
  /** Words added, dropped or replaced by another word (see MAX_GAPS). */
  gaps: number;
}

/** Aligns the tokens of one misspelled line with its corrected line. */
export function alignTokens(misspelled: string, corrected: string): AlignedLine {
  const wrong = [...misspelled.matchAll(/\S+/g)];
  const right = corrected.split(/\s+/).filter(Boolean);
  const n = wrong.length;
  const m = right.length;
  // fold() works letter by letter, so the fold of two words run together is their folds run together.
  const fw = wrong.map((m) => fold(m[0]));
  const fr = right.map(fold);
  // Most lines keep their words one for one, each at most a slip apart: word k with word k, no search.
  if (n === m && wrong.every((x, k) => substitution(x[0], right[k]!, fw[k]!, fr[k]!) < OTHER_WORD)) {
    const tokens = wrong.map((x, k) => ({ start: x.index, end: x.index + x[0].length, wrong: x[0], right: right[k]! }));
    return { line: { misspelled, corrected, tokens: tokens.map(unmark) }, added: 0, gaps: 0 };
  }
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const move = new Uint8Array((n + 1) * width); // 1 1:1, 2 1:0, 3 0:1, 4 1:2, 5 2:1
  const w = (i: number) => wrong[i]![0];
  // A band around the diagonal: the versions of a line differ by a few words, and a 300-word paragraph stays cheap.
  const slack = Math.abs(n - m) + 10;
  for (let i = 0; i <= n; i++) {
    const centre = Math.round((i * m) / Math.max(n, 1));
    for (let j = Math.max(0, centre - slack); j <= Math.min(m, centre + slack); j++) {
      const at = i * width + j;
      if (at === 0) {
        cost[0] = 0;
        continue;
      }
      let c = Infinity;
      let how = 0;
      if (i > 0 && cost[at - width]! + GAP < c) {
        c = cost[at - width]! + GAP;
        how = 2;
      }
      if (j > 0 && cost[at - 1]! + GAP < c) {
        c = cost[at - 1]! + GAP;
        how = 3;
      }
      // The costlier pairings are worked out only where they could win.
      if (i > 0 && j > 0 && cost[at - width - 1]! < c) {
        const k = cost[at - width - 1]! + substitution(w(i - 1), right[j - 1]!, fw[i - 1]!, fr[j - 1]!);
        if (k < c) {
          c = k;
          how = 1;
        }
      }
      if (i > 0 && j > 1 && cost[at - width - 2]! < c) {
        const k = cost[at - width - 2]! + joined(fw[i - 1]!, fr[j - 2]! + fr[j - 1]!);
        if (k < c) {
          c = k;
          how = 4;
        }
      }
      if (i > 1 && j > 0 && cost[at - 2 * width - 1]! < c) {
        const k = cost[at - 2 * width - 1]! + joined(fw[i - 2]! + fw[i - 1]!, fr[j - 1]!);
        if (k < c) {
          c = k;
          how = 5;
        }
      }
      cost[at] = c;
      move[at] = how;
    }
  }
  const tokens: Token[] = [];
  let added = 0;
  let gaps = 0;
  let [i, j] = [n, m];
  const span = (from: number, to: number, r: string): Token => {
    const text = misspelled.slice(wrong[from]!.index, wrong[to]!.index + w(to).length);
    return unmark({ start: wrong[from]!.index, end: wrong[from]!.index + text.length, wrong: text, right: r });
  };
  while (i > 0 || j > 0) {
    const how = move[i * width + j];
    if (how === 1) {
      i--;
      j--;
      tokens.push(span(i, i, right[j]!));
      if (substitution(w(i), right[j]!, fw[i]!, fr[j]!) >= OTHER_WORD) gaps++;
    } else if (how === 2) {
      tokens.push(span(--i, i, ''));
      gaps++;
    } else if (how === 3) {
      j--;
      added++;
      gaps++;
    } else if (how === 4) {
      j -= 2;
      tokens.push(span(--i, i, `${right[j]!} ${right[j + 1]!}`));
    } else {
      i -= 2;
      tokens.push(span(i, i + 1, right[--j]!));
    }
  }
  return { line: { misspelled, corrected, tokens: tokens.reverse() }, added, gaps };
}

export interface AlignedFile {
  lines: Line[];
  /** Lines left out: unpaired, garbled, or paired but needing more than MAX_GAPS words added or dropped. */
  skipped: number;
  /** Lines that repeat an earlier pair word for word (the collections hold the same story many times). */
  repeats: number;
  /** Words the editors added, which have no span to catch (see above). */
  added: number;
}

/**
 * One file's two versions, paired and aligned; each distinct pair of lines once, so that a story the crawl
 * stored 500 times weighs as one story in tuning and in the vocabulary an archive would learn.
 */
export function alignFile(a: string[], b: string[], garbled: RegExp): AlignedFile {
  const keepA = a.flatMap((l, i) => (l.trim() ? [i] : []));
  const keepB = b.flatMap((l, i) => (l.trim() ? [i] : []));
  const pairs = pairLines(
    keepA.map((i) => a[i]!),
    keepB.map((i) => b[i]!),
  );
  const seen = new Set<string>();
  const out: AlignedFile = {
    lines: [],
    skipped: Math.max(keepA.length, keepB.length) - pairs.length,
    repeats: 0,
    added: 0,
  };
  for (const [x, y] of pairs) {
    const [misspelled, corrected] = [a[keepA[x]!]!, b[keepB[y]!]!];
    const key = `${misspelled}\n${corrected}`;
    if (seen.has(key)) {
      out.repeats++;
      continue;
    }
    seen.add(key);
    const aligned = alignTokens(misspelled, corrected);
    if (garbled.test(misspelled) || garbled.test(corrected) || aligned.gaps > MAX_GAPS) {
      out.skipped++;
      continue;
    }
    out.added += aligned.added;
    out.lines.push(aligned.line);
  }
  return out;
}
