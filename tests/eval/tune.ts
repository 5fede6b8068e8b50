/**
 * The tuning printout: the figures on the TUNE files only (tests/eval/aghlat.ts), per rule and per kind of
 * correction, and, with `--show`, each rule's findings on words the editors left alone and the corrections no
 * finding caught. Rules and word lists are chosen from this, never from the held-out files.
 *
 *   npx tsx tests/eval/tune.ts [--show RULE|missed|all]
 */
import { lint } from '../../core/proofing/lint';
import { loadSpellers } from '../../db/proofing/hunspell';
import { aghlatPresent, AGHLAT, EVAL_SETTINGS, readPair, slipKind, touched, TUNE } from './aghlat';
import { printFigures, score, tunedDictionary } from './score';

if (!aghlatPresent()) {
  console.error(`${AGHLAT} is missing (../shared/data/copydesk): nothing to tune on`);
  process.exit(2);
}
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined;
const spellers = await loadSpellers();
const dictionary = tunedDictionary(spellers, EVAL_SETTINGS, TUNE);
console.log(printFigures('Aghlat TUNE files', score(TUNE, dictionary, EVAL_SETTINGS)));

if (show) {
  const options = { dictionary, settings: EVAL_SETTINGS, digits: 'western' as const, suggest: false };
  for (const file of TUNE) {
    for (const line of readPair(file).lines) {
      const findings = lint([line.misspelled], options).filter((f) => f.severity !== 'info');
      const hit = new Set<number>();
      for (const f of findings) {
        const ts = touched(line, f);
        const bad = ts.filter((t) => t.wrong !== t.right);
        bad.forEach((t) => hit.add(t.start));
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
