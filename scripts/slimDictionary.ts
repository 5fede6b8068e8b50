/**
 * Slims Ayaspell's Arabic dictionary (resources/dictionaries/ar.aff, ar.dic) without changing a single
 * verdict: loading it was ~600 ms of CPU in every cold `midad lint` and in the editor's worker, and most of
 * that was data spelling never reads.
 *
 * - The morphology goes: the aff's 23,624 `AM` alias lines (stem, part of speech, tense: 88% of the file)
 *   and the alias number after a tab on each .dic line. Hunspell reads them only for its analyse and
 *   generate calls, which Midad never makes; they hold no `ph:` fields (the one kind suggestions use).
 * - Lines that are then the same line twice in one section go: Hunspell keeps each as a homonym of the
 *   other, accepting exactly the same forms. Duplicates across sections stay, so the lexicon read from the
 *   file (core/proofing/lexicon.ts: stems in order, and which are names) is unchanged.
 * - The first line, Hunspell's count of entries (a hint for its table size), is the new count.
 *
 * Usage: tsx scripts/slimDictionary.ts ORIGINAL.aff ORIGINAL.dic OUT.aff OUT.dic
 * tests/unit/proofing/slimDictionary.test.ts runs it on the original (from git history) and checks that the
 * shipped files are its output and that every word of a large list gets the same verdict from both.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SECTION_MARK = /^:+$/;

/** The notice a changed file of the LGPL-2.1 must carry (section 2a): what was changed, and when. */
const NOTICE = [
  '# Changed for Midad on 2026-12-06 by scripts/slimDictionary.ts: the morphological aliases (AM lines) are',
  '# removed here, and in ar.dic the morphology field and lines repeated within a section. Spelling is unchanged.',
  '# Original: Debian hunspell-ar 3.2-1.2 (Ayaspell), see ar.copyright.',
];

export function slimAff(aff: string): string {
  const kept = aff.split('\n').filter((line) => !/^AM\s/.test(line));
  return [...NOTICE, ...kept].join('\n');
}

export function slimDic(dic: string): string {
  const lines = dic.split('\n');
  const out: string[] = [];
  let seen = new Set<string>();
  let entries = 0;
  for (const raw of lines.slice(1)) {
    const line = raw.replace(/\t.*$/, '');
    // A section starts at its marker: its own lines are compared among themselves only.
    if (SECTION_MARK.test(line)) seen = new Set();
    else if (line !== '') {
      if (seen.has(line)) continue;
      seen.add(line);
      entries++;
    }
    out.push(line);
  }
  return [String(entries), ...out].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [aff, dic, outAff, outDic] = process.argv.slice(2);
  if (!aff || !dic || !outAff || !outDic) {
    console.error('usage: tsx scripts/slimDictionary.ts ORIGINAL.aff ORIGINAL.dic OUT.aff OUT.dic');
    process.exit(2);
  }
  writeFileSync(outAff, slimAff(readFileSync(aff, 'utf8')));
  writeFileSync(outDic, slimDic(readFileSync(dic, 'utf8')));
}
