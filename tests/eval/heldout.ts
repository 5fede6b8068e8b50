/**
 * The held-out figures judged by hand (issue 18): precision counting the slips Aghlat's editors left alone
 * (heldoutJudged.ts), and the held-out corrections no finding caught, sorted into what a proofing tool could
 * catch and what is editing (heldoutMissed.ts). Measurement only: nothing here is read when rules are tuned.
 *
 * Judgements are keyed by place (file, line, offset), never by word. A finding nobody judged counts as false,
 * so the judged figure stays a lower bound of its own as rules change; a judgement whose text is no longer at
 * its place is reported (`unanchored`), never applied.
 *
 *   npx tsx tests/eval/heldout.ts        prints the figures (the same the evaluation test prints)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../core/proofing/lint';
import type { ProofingDictionary } from '../../core/proofing/dictionary';
import type { ProofingSettings } from '../../core/proofing/settings';
import { AGHLAT, readPair, touched, type Line } from './aghlat';
import { JUDGED_TEXT } from './heldoutJudged';
import { MISSED_TEXT } from './heldoutMissed';

export const VERDICTS = ['slip', 'false'] as const;
/**
 * What a missed correction is: a non-word, a real-word slip and grammar are what a proofing tool could be asked
 * to find; punctuation an editor added (a comma) is an error too, though no rule can know the comma was wanted;
 * style (a rewording, a preferred synonym, vowel signs added) and corrections that are wrong or doubtful are
 * editing, not errors.
 */
export const CATEGORIES = ['non-word', 'real-word', 'grammar', 'style', 'punctuation', 'doubtful'] as const;

export interface Judged {
  file: string;
  line: number;
  offset: number;
  rule: string;
  found: string;
  verdict: (typeof VERDICTS)[number];
  why: string;
}

export interface Missed {
  file: string;
  line: number;
  offset: number;
  wrong: string;
  right: string;
  category: (typeof CATEGORIES)[number];
  why: string;
}

function rows(text: string, fields: number): string[][] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cells = l.split(' | ');
      if (cells.length !== fields) throw new Error(`a judgement needs ${fields} fields: ${l}`);
      return cells;
    });
}

function oneOf<T extends string>(allowed: readonly T[], value: string, row: string[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new Error(`"${value}" is not one of ${allowed.join(', ')}: ${row.join(' | ')}`);
  return value as T;
}

export const JUDGED: Judged[] = rows(JUDGED_TEXT, 7).map((r) => ({
  file: r[0]!,
  line: Number(r[1]),
  offset: Number(r[2]),
  rule: r[3]!,
  found: r[4]!.replace(/_/g, ' '),
  verdict: oneOf(VERDICTS, r[5]!, r),
  why: r[6]!,
}));

export const MISSED: Missed[] = rows(MISSED_TEXT, 7).map((r) => ({
  file: r[0]!,
  line: Number(r[1]),
  offset: Number(r[2]),
  wrong: r[3]!,
  right: r[4]!,
  category: oneOf(CATEGORIES, r[5]!, r),
  why: r[6]!,
}));

/** readPair's aligned lines with their 1-based line number in misspelled/FILE (readPair keeps them in order). */
export function numberedLines(file: string): { number: number; line: Line }[] {
  const raw = readFileSync(join(AGHLAT, 'misspelled', file), 'utf8').split('\n');
  const rawRight = readFileSync(join(AGHLAT, 'corrected', file), 'utf8').split('\n');
  const out: { number: number; line: Line }[] = [];
  const { lines } = readPair(file);
  let i = 0;
  for (const line of lines) {
    while (i < raw.length && (raw[i] !== line.misspelled || (rawRight[i] ?? '') !== line.corrected)) i++;
    if (i === raw.length) throw new Error(`${file}: an aligned line was not found in the file`);
    out.push({ number: i + 1, line });
    i++;
  }
  return out;
}

export interface RuleJudged {
  findings: number;
  correct: number;
  slip: number;
  judgedFalse: number;
  unjudged: number;
}

export interface HeldoutFigures {
  byRule: Record<string, RuleJudged>;
  /** Corrections no finding touched, by category; `unjudged` when no judgement is recorded for the place. */
  missed: Record<string, number>;
  /** Held-out corrections, and those a finding touched (not judged: a found correction counts as it is). */
  corrections: number;
  found: number;
  /** Judgements (findings, misses) that match nothing today: rules changed since they were judged. */
  idle: { judged: number; missed: number };
  /** Judgements whose text is not at their place in the file: the data is stale or mistyped. */
  unanchored: string[];
  /**
   * The same counts over distinct lines only: the collections repeat whole articles (most held-out lines are
   * a copy of an earlier one), so a rule's luck on one repeated line weighs many times in the figures above.
   */
  distinct: {
    lines: number;
    repeated: number;
    findings: number;
    correct: number;
    slip: number;
    corrections: number;
    found: number;
  };
}

const place = (file: string, line: number, offset: number) => `${file}:${line}:${offset}`;

/** Judgements whose recorded text is not at their place in the files (independent of any rule). */
function unanchored(files: string[]): string[] {
  const lines = new Map<string, Line>();
  for (const file of files) for (const { number, line } of numberedLines(file)) lines.set(`${file}:${number}`, line);
  const bad: string[] = [];
  for (const j of JUDGED) {
    const line = lines.get(`${j.file}:${j.line}`);
    if (line?.misspelled.slice(j.offset, j.offset + j.found.length) !== j.found)
      bad.push(`judged ${place(j.file, j.line, j.offset)} ${j.found}`);
  }
  for (const m of MISSED) {
    const t = lines.get(`${m.file}:${m.line}`)?.tokens.find((t) => t.start === m.offset);
    if (t?.wrong !== m.wrong || t.right !== m.right) bad.push(`missed ${place(m.file, m.line, m.offset)} ${m.wrong}`);
  }
  return bad;
}

/** Lints the files once (what the editor underlines, as score() does) and applies the hand judgements. */
export function judgeHeldout(
  files: string[],
  dictionary: ProofingDictionary,
  settings: ProofingSettings,
): HeldoutFigures {
  const options = { dictionary, settings, digits: 'western' as const, suggest: false };
  const judged = new Map(JUDGED.map((j) => [`${place(j.file, j.line, j.offset)}:${j.rule}`, j]));
  const missedAt = new Map(MISSED.map((m) => [place(m.file, m.line, m.offset), m]));
  const byRule: Record<string, RuleJudged> = {};
  const missed: Record<string, number> = {};
  let corrections = 0;
  const used = new Set<Judged | Missed>();
  let found = 0;
  const distinct = { lines: 0, repeated: 0, findings: 0, correct: 0, slip: 0, corrections: 0, found: 0 };
  const seen = new Set<string>();
  for (const file of files) {
    for (const { number, line } of numberedLines(file)) {
      const pair = `${line.misspelled}\n${line.corrected}`;
      const first = !seen.has(pair);
      seen.add(pair);
      distinct.lines++;
      if (!first) distinct.repeated++;
      const once = (k: Exclude<keyof typeof distinct, 'lines' | 'repeated'>) => {
        if (first) distinct[k]++;
      };
      const hit = new Set<number>();
      for (const f of lint([line.misspelled], options)) {
        if (f.severity === 'info') continue;
        const r = (byRule[f.rule] ??= { findings: 0, correct: 0, slip: 0, judgedFalse: 0, unjudged: 0 });
        r.findings++;
        once('findings');
        const bad = touched(line, f).filter((t) => t.wrong !== t.right);
        bad.forEach((t) => hit.add(t.start));
        if (bad.length > 0) {
          r.correct++;
          once('correct');
          continue;
        }
        const j = judged.get(`${place(file, number, f.start)}:${f.rule}`);
        if (j === undefined || j.found !== f.found) {
          r.unjudged++;
          continue;
        }
        used.add(j);
        if (j.verdict === 'slip') {
          r.slip++;
          once('slip');
        } else r.judgedFalse++;
      }
      for (const t of line.tokens) {
        if (t.wrong === t.right) continue;
        corrections++;
        once('corrections');
        if (hit.has(t.start)) {
          found++;
          once('found');
          continue;
        }
        const m = missedAt.get(place(file, number, t.start));
        const known = m !== undefined && m.wrong === t.wrong && m.right === t.right;
        if (known) used.add(m);
        const category = known ? m.category : 'unjudged';
        missed[category] = (missed[category] ?? 0) + 1;
      }
    }
  }
  const idle = {
    judged: JUDGED.filter((j) => files.includes(j.file) && !used.has(j)).length,
    missed: MISSED.filter((m) => files.includes(m.file) && !used.has(m)).length,
  };
  return { byRule, missed, corrections, found, idle, unanchored: unanchored(files), distinct };
}

/** The judged figures the targets are read against (printHeldout prints them, the test asserts them). */
export interface JudgedTotals {
  findings: number;
  /** Findings on a word Aghlat's editors corrected. */
  correct: number;
  /** Findings on a slip the editors left, judged by hand. */
  slip: number;
  judgedFalse: number;
  /** (correct + slip) / findings: unjudged findings count as false. */
  precision: number;
  /**
   * The corrections that are errors: found, plus the missed non-words, real-word slips, grammar, punctuation an
   * editor added and unjudged misses (so the figure stays a lower bound). Style and wrong or doubtful
   * corrections are not errors.
   */
  errors: number;
  recallOnErrors: number;
  /** The same without punctuation an editor added (a comma no rule can know was wanted). */
  findable: number;
  recallFindable: number;
}

export function judgedTotals(h: HeldoutFigures): JudgedTotals {
  const rules = Object.values(h.byRule);
  const sum = (k: keyof RuleJudged) => rules.reduce((n, r) => n + r[k], 0);
  const [findings, correct, slip, judgedFalse] = [sum('findings'), sum('correct'), sum('slip'), sum('judgedFalse')];
  const missed = (c: (typeof CATEGORIES)[number] | 'unjudged') => h.missed[c] ?? 0;
  const findable = h.found + missed('non-word') + missed('real-word') + missed('grammar') + missed('unjudged');
  const errors = findable + missed('punctuation');
  return {
    findings,
    correct,
    slip,
    judgedFalse,
    precision: (correct + slip) / findings,
    errors,
    recallOnErrors: h.found / errors,
    findable,
    recallFindable: h.found / findable,
  };
}

export function printHeldout(h: HeldoutFigures): string {
  const rules = Object.entries(h.byRule).sort((a, b) => b[1].findings - a[1].findings);
  const t = judgedTotals(h);
  const unconfirmed = t.findings - t.correct;
  const totalMissed = h.corrections - h.found;
  const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
  return [
    `precision counting the slips Aghlat left, judged by hand: ${fmt(t.precision)} (raw ${fmt(t.correct / t.findings)}; ${t.slip + t.judgedFalse} of ${unconfirmed} findings judged; unjudged findings count as false)`,
    ...rules
      .filter(([, r]) => r.findings > r.correct)
      .map(
        ([id, r]) =>
          `  ${id.padEnd(20)} findings ${String(r.findings).padStart(4)}  raw ${fmt(r.correct / r.findings)}  judged ${fmt((r.correct + r.slip) / r.findings)}  (${r.slip} slips, ${r.judgedFalse} false, ${r.unjudged} unjudged)`,
      ),
    `  (${h.idle.judged} judged findings and ${h.idle.missed} judged misses match nothing today: rules changed since)`,
    `  on distinct lines only (${h.distinct.repeated} of ${h.distinct.lines} aligned lines repeat an earlier one): judged ${fmt((h.distinct.correct + h.distinct.slip) / h.distinct.findings)} (raw ${fmt(h.distinct.correct / h.distinct.findings)}) over ${h.distinct.findings} findings; recall ${fmt(h.distinct.found / h.distinct.corrections)} of ${h.distinct.corrections} corrections`,
    `held-out corrections no finding caught, judged by hand (${totalMissed}; the recall figure above is unchanged):`,
    ...[...CATEGORIES, 'unjudged' as const].map((c) => `  ${c.padEnd(12)} ${h.missed[c] ?? 0}`),
    `  recall on the ${t.findable} corrections a proofing tool could be asked to find (found, plus missed non-words, real-word slips, grammar, unjudged): ${fmt(t.recallFindable)} (raw ${fmt(h.found / h.corrections)} on all ${h.corrections})`,
    `  recall on the ${t.errors} corrections that are errors (the same, plus commas an editor added): ${fmt(t.recallOnErrors)}`,
  ].join('\n');
}

// Run as a script: the same printout as the evaluation test, without vitest.
if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const { loadSpellers } = await import('../../db/proofing/hunspell');
  const { tunedDictionary } = await import('./score');
  const { EVAL_SETTINGS, SCORE, TUNE } = await import('./aghlat');
  const dictionary = tunedDictionary(await loadSpellers(), EVAL_SETTINGS, TUNE);
  const h = judgeHeldout(SCORE, dictionary, EVAL_SETTINGS);
  console.log(printHeldout(h));
  if (h.unanchored.length > 0) console.log(`unanchored judgements:\n  ${h.unanchored.join('\n  ')}`);
}
