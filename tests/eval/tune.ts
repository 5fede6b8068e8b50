/**
 * The tuning printout: the figures on the TUNE files only (tests/eval/aghlat.ts), per rule and per kind of
 * correction, and, with `--show`, each rule's findings on words the editors left alone and the corrections no
 * finding caught. Rules and word lists are chosen from this, never from the held-out files.
 *
 * `--cross` reads TUNE as held-out files are read: each file is scored with the vocabulary the OTHER TUNE files
 * teach (leave one out), not with what it teaches itself (a name it repeats would be learned and never flagged).
 *
 * `--no-usage` leaves out the archive's usage of hamza spellings (core/proofing/usage.ts): the first suggestions
 * of a new workstation, whose archive has nothing to say yet (the rules' own order).
 *
 * `--show first` prints each correct finding whose first suggestion is not the editors' word, with its
 * suggestions in order (what ranking candidates is tuned on).
 *
 *   npx tsx tests/eval/tune.ts [--cross] [--no-usage] [--show RULE|missed|all|first]
 */
import { lint } from '../../core/proofing/lint';
import { loadSpellers } from '../../db/proofing/hunspell';
import { CORPUS_LEFT, leftKey } from './corpusLeft';
import {
  aghlatPresent,
  AGHLAT,
  EVAL_SETTINGS,
  firstSuggestionRight,
  readPair,
  slipKind,
  touched,
  TUNE,
} from './aghlat';
import { crossDictionaries, printFigures, score, tunedDictionary } from './score';

if (!aghlatPresent()) {
  console.error(`${AGHLAT} is missing (../shared/data/copydesk): nothing to tune on`);
  process.exit(2);
}
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined;
const spellers = await loadSpellers();
const cross = process.argv.includes('--cross');
const noUsage = process.argv.includes('--no-usage');
const whole = cross ? undefined : tunedDictionary(spellers, EVAL_SETTINGS, TUNE, !noUsage);
const dictionaryFor = whole ? () => whole : crossDictionaries(spellers, EVAL_SETTINGS, TUNE, !noUsage);
const figures = score(TUNE, dictionaryFor, EVAL_SETTINGS);
console.log(
  printFigures(
    `${cross ? 'Aghlat TUNE files, cross (each file without its own vocabulary)' : 'Aghlat TUNE files'}${noUsage ? ', no usage' : ''}`,
    figures,
  ),
);

// Precision the other way: findings on words the editors left that are real slips (corpusLeft.ts) count.
const optionsFor = (file: string) => ({
  dictionary: dictionaryFor(file),
  settings: EVAL_SETTINGS,
  digits: 'western' as const,
  suggest: false,
});
const judged = new Map<string, number>();
for (const file of TUNE) {
  const options = optionsFor(file);
  for (const line of readPair(file).lines) {
    for (const f of lint([line.misspelled], options)) {
      if (f.severity === 'info' || touched(line, f).some((t) => t.wrong !== t.right)) continue;
      if (CORPUS_LEFT.has(leftKey(f.rule, f.found))) judged.set(f.rule, (judged.get(f.rule) ?? 0) + 1);
    }
  }
}
const rules = Object.entries(figures.byRule);
const findings = rules.reduce((n, [, r]) => n + r.findings, 0);
const correct = rules.reduce((n, [, r]) => n + r.correct, 0);
const left = [...judged.values()].reduce((n, k) => n + k, 0);
console.log(
  [
    `precision counting the real slips Aghlat left (judged by hand): ${((correct + left) / findings).toFixed(3)} (raw ${(correct / findings).toFixed(3)}, ${left} findings judged real)`,
    ...rules
      .filter(([id]) => judged.has(id))
      .map(
        ([id, r]) =>
          `  ${id.padEnd(20)} raw ${(r.correct / r.findings).toFixed(3)}  judged ${((r.correct + judged.get(id)!) / r.findings).toFixed(3)}`,
      ),
  ].join('\n'),
);

if (show) {
  for (const file of TUNE) {
    const options = optionsFor(file);
    for (const line of readPair(file).lines) {
      const findings = lint([line.misspelled], options).filter((f) => f.severity !== 'info');
      const hit = new Set<number>();
      for (const f of findings) {
        const ts = touched(line, f);
        const bad = ts.filter((t) => t.wrong !== t.right);
        bad.forEach((t) => hit.add(t.start));
        if (show === 'first' && bad.length > 0 && f.suggestions.length > 0 && !firstSuggestionRight(line, f)) {
          const right = ts.map((t) => t.right).join(' ');
          console.log(`FIRST ${f.rule}\t${f.found}\t→ ${f.suggestions.join(' | ')}\twant ${right}`);
        }
        if (bad.length === 0 && (show === 'all' || show === f.rule)) {
          const at = line.misspelled.slice(Math.max(0, f.start - 30), f.start + f.length + 30).replace(/\n/g, ' ');
          console.log(`FP ${f.rule}\t${f.found}\t→ ${f.suggestions[0] ?? ''}\t… ${at} …`);
        }
      }
      if (show === 'missed' || show === 'all') {
        for (const t of line.tokens) {
          if (t.wrong === t.right || hit.has(t.start)) continue;
          console.log(`MISS ${slipKind(t.wrong, t.right)}\t${t.wrong}\t→ ${t.right}`);
        }
      }
    }
  }
}
