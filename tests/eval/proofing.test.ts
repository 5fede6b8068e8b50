/**
 * The evaluation the issue asks for, as a test that prints its figures: proofing scored on Aghlat's held-out
 * files (tests/eval/aghlat.ts says which files tune and which score) and on LanguageTool's example pairs.
 *
 * The issue's targets on held-out files are precision ≥ 0.90, recall ≥ 0.85, false alarms ≤ 3 per 1,000
 * words, first suggestion ≥ 0.70, read as the copydesk README asks: Aghlat corrects spelling only and not
 * exhaustively, so raw precision (a finding on a word it left alone counts as false) is a lower bound, and every
 * finding on a word it left alone is judged by hand (heldoutJudged.ts: a slip it left, الاسبانية، انجاز، or a
 * false alarm). Recall is on the known errors: every held-out correction no finding caught is judged by hand
 * (heldoutMissed.ts), and the editors' rewordings, preferred synonyms, added vowel signs and wrong corrections
 * (a mis-decoded ؛ "fixed" with a space) are not errors. A finding or a miss nobody judged counts against us.
 * The test fails below the targets on those readings, and below floors under the raw figures, to catch
 * regressions; raise the floors as the figures improve.
 *
 * Only what the editor underlines is scored (error and warning; info is listed, not underlined). Which rules
 * are info was decided on the TUNE files alone (each rule's file says why): spacing around punctuation the
 * editors there rarely fix, house style a newsroom has not asked for (DECADES, MONDAY_WASL), and unknown words
 * without a slip in their letters (UNKNOWN_WORD). The figures with every unknown
 * word underlined (the `underlineUnknown` setting, Word's behaviour) are printed too. `tune.ts` prints the
 * same figures on the TUNE files, with precision counting the real slips Aghlat left there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDictionary, type ProofingDictionary } from '../../core/proofing/dictionary';
import { lint } from '../../core/proofing/lint';
import { DEFAULT_PROOFING } from '../../core/proofing/settings';
import { loadSpellers, type Spellers } from '../../db/proofing/hunspell';
import { AGHLAT, aghlatPresent, EVAL_SETTINGS, readAligned, SCORE, TUNE } from './aghlat';
import { printFigures, score, tunedDictionary } from './score';
// held-out judged by hand (issue 18): measurement only, read by no rule
import { judgedTotals, judgeHeldout, printHeldout } from './heldout';

const TARGETS = { precision: 0.9, recall: 0.85, falseAlarmsPer1000: 3, firstSuggestion: 0.7 };
const present = aghlatPresent();
if (!present) console.warn(`proofing evaluation skipped: ${AGHLAT} is missing (../shared/data/copydesk)`);

const UNDERLINE_ALL = { ...EVAL_SETTINGS, underlineUnknown: true };

let spellers: Spellers;
let dictionary: ProofingDictionary;
beforeAll(async () => {
  if (!present) return;
  spellers = await loadSpellers();
  dictionary = tunedDictionary(spellers, EVAL_SETTINGS, TUNE);
}, 120_000);

describe.skipIf(!present)('proofing evaluation (../shared/data/copydesk)', () => {
  it('Aghlat held-out files: recall, precision, false alarms, first suggestion', { timeout: 600_000 }, () => {
    const figures = score(SCORE, dictionary, EVAL_SETTINGS);
    const all = score(SCORE, dictionary, UNDERLINE_ALL);
    // Held-out judged by hand (heldout.ts): the readings the targets are asserted on, beside the raw ones.
    const judged = judgeHeldout(SCORE, dictionary, EVAL_SETTINGS);
    const totals = judgedTotals(judged);
    const against: Array<[keyof typeof TARGETS, number, string]> = [
      ['precision', totals.precision, `judged by hand; raw ${figures.precision.toFixed(3)} is a lower bound`],
      [
        'recall',
        totals.recallOnErrors,
        `on the ${totals.errors} errors; raw ${figures.recall.toFixed(3)} on every edit`,
      ],
      ['falseAlarmsPer1000', figures.falseAlarmsPer1000, 'raw: every finding on corrected text counts'],
      ['firstSuggestion', figures.firstSuggestion, 'on the corrections found'],
    ];
    const met = (name: keyof typeof TARGETS, got: number) =>
      name === 'falseAlarmsPer1000' ? got <= TARGETS[name] : got >= TARGETS[name];
    console.log(
      [
        printFigures('Aghlat held-out (scored)', figures),
        `tuned on: ${TUNE.join(', ')}`,
        'against the issue’s targets:',
        ...against.map(
          ([name, got, how]) =>
            `  ${name.padEnd(20)} ${got.toFixed(3)}  target ${name === 'falseAlarmsPer1000' ? '≤' : '≥'} ${TARGETS[name]}  ${met(name, got) ? 'met' : 'NOT MET'}  (${how})`,
        ),
        `with every unknown word underlined (underlineUnknown): recall ${all.recall.toFixed(3)}  precision ${all.precision.toFixed(3)}  false alarms/1000 ${all.falseAlarmsPer1000.toFixed(2)}`,
        printHeldout(judged),
      ].join('\n'),
    );
    expect(judged.unanchored).toEqual([]);
    expect(totals.correct / totals.findings).toBeCloseTo(figures.precision, 10);
    expect(figures.errors).toBeGreaterThan(500);
    for (const [name, got] of against) expect(met(name, got), `${name} ${got.toFixed(3)}`).toBe(true);
    // The same files read as the TUNE files are (align.ts: each distinct pair of lines once, split and joined
    // words paired, rewritten lines and marks the editors only added left out): the collections repeat their
    // stories up to five times and art01's editor added vowel signs, which the line-for-line reading counts.
    const aligned = score(SCORE, dictionary, EVAL_SETTINGS, readAligned);
    console.log(
      `read as TUNE is (aligned, each distinct line once): ${aligned.words} words, ${aligned.errors} corrections; recall ${aligned.recall.toFixed(3)}  precision ${aligned.precision.toFixed(3)}  false alarms/1000 ${aligned.falseAlarmsPer1000.toFixed(2)}  first suggestion ${aligned.firstSuggestion.toFixed(3)}`,
    );
    // Floors just under the raw figures measured at the end of session 10 (raise them as the figures improve,
    // never lower them). Session 10 (proof-alarms): ALEF_MAQSURA reads ى for ي only where the ي is a suffix's or
    // a particle's, WASL_NOUNS only إ, HAMZAT_WASL only wasl shapes, DOUBLE_SPACE leaves layout, spoken Arabic
    // left alone; proof-context only reorders suggestions.
    // Read as TUNE is: recall 0.777, precision 0.778, 2.31 per 1,000, first 0.886 (session 9: 0.777, 0.765, 2.47).
    expect(aligned.recall).toBeGreaterThanOrEqual(0.77);
    expect(aligned.precision).toBeGreaterThanOrEqual(0.77);
    expect(aligned.falseAlarmsPer1000).toBeLessThanOrEqual(2.4);
    expect(aligned.firstSuggestion).toBeGreaterThanOrEqual(0.88);
    // Line for line: recall 0.633, precision 0.772, 0.93 per 1,000, first 0.927 (session 9: 0.633, 0.750, 1.05).
    expect(figures.recall).toBeGreaterThanOrEqual(0.63);
    expect(figures.precision).toBeGreaterThanOrEqual(0.76);
    expect(figures.falseAlarmsPer1000).toBeLessThanOrEqual(1.0);
    expect(figures.firstSuggestion).toBeGreaterThanOrEqual(0.92);
    // Underlining every unknown word finds more and alarms far more: the reason it is not the default.
    expect(all.recall).toBeGreaterThan(figures.recall);
    expect(all.falseAlarmsPer1000).toBeGreaterThan(figures.falseAlarmsPer1000);
    // The word-form rules Aghlat does judge hold their own: each ≥ 0.74 precise where it fired often
    // (HAMZAT_WASL 0.800 since session 9).
    for (const id of ['HAMZA_ILA', 'AN_ANNA_IN', 'HAMZAT_WASL', 'HAMZA_INITIAL']) {
      const r = figures.byRule[id]!;
      expect(r.correct / r.findings, id).toBeGreaterThanOrEqual(id === 'HAMZAT_WASL' ? 0.79 : 0.74);
    }
  });

  it('LanguageTool pairs a newsroom wants: flagged, fixed by the first suggestion, correct form left alone', () => {
    const rows = readFileSync(join(AGHLAT, '..', 'languagetool-pairs.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#') && !l.startsWith('source\t'))
      .map((l) => l.split('\t'))
      .filter((c) => c[2] === 'yes');
    const plain = createDictionary({ ...spellers, settings: DEFAULT_PROOFING });
    const options = { dictionary: plain, settings: DEFAULT_PROOFING, digits: 'western' as const, suggest: true };
    let flagged = 0;
    let fixed = 0;
    let cleanRight = 0;
    const missed: string[] = [];
    for (const [, id, , wrong, right] of rows) {
      const findings = lint([wrong!], options);
      if (findings.length > 0) flagged++;
      else missed.push(`${id}: ${wrong}`);
      let text = wrong!;
      for (const f of [...findings].reverse()) {
        if (f.suggestions[0] !== undefined)
          text = text.slice(0, f.start) + f.suggestions[0] + text.slice(f.start + f.length);
      }
      const strip = (s: string) => s.replace(/[\u064B-\u065F]/g, '');
      if (strip(text) === strip(right!)) fixed++;
      if (lint([right!], options).length === 0) cleanRight++;
    }
    console.log(
      `LanguageTool pairs (newsroom_fit=yes): ${rows.length}; wrong form flagged ${flagged}, fixed exactly by first suggestions ${fixed}, right form with no finding ${cleanRight}\n  not flagged: ${missed.join(' | ')}`,
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(flagged).toBeGreaterThan(0);
  });
});
