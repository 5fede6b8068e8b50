/** Runs proofing over Aghlat files and computes the figures, per rule and overall. */
import { createDictionary, type ProofingDictionary } from '../../core/proofing/dictionary';
import { lint, type LintOptions } from '../../core/proofing/lint';
import { DEFAULT_PROOFING, type ProofingSettings } from '../../core/proofing/settings';
import type { Finding } from '../../core/proofing/types';
import { hamzaUsage } from '../../core/proofing/usage';
import { learnable, VocabularyCounter } from '../../core/proofing/vocabulary';
import type { Spellers } from '../../db/proofing/hunspell';
import { firstSuggestionRight, readPair, slipKind, touched, type Line } from './aghlat';

export interface RuleFigures {
  findings: number;
  correct: number;
  firstRight: number;
  falseAlarmsOnCorrected: number;
}

export interface Figures {
  files: string[];
  words: number;
  errors: number;
  skippedLines: number;
  recall: number;
  precision: number;
  falseAlarmsPer1000: number;
  firstSuggestion: number;
  byRule: Record<string, RuleFigures>;
  recallByKind: Record<string, { errors: number; found: number }>;
}

/**
 * The dictionary with the vocabulary an archive of the tuning files would teach it, and the usage of each hamza
 * spelling that archive writes (core/proofing/usage.ts: counted over every word, as db/proofing/words.ts does);
 * `withUsage` false is a new workstation's first suggestions (tune.ts --no-usage).
 */
export function tunedDictionary(
  spellers: Spellers,
  settings: ProofingSettings,
  tune: string[],
  withUsage = true,
): ProofingDictionary {
  const base = createDictionary({ ...spellers, settings });
  const counter = new VocabularyCounter(base);
  const everyWord = new VocabularyCounter({ isWord: () => false });
  // Each line of a file is one stored article; the archive holds the text as published (with its mistakes).
  for (const file of tune) {
    for (const line of readPair(file).lines) {
      counter.addDocument([line.misspelled]);
      everyWord.addDocument([line.misspelled]);
    }
  }
  const accepted = counter.vocabulary(settings.vocabularyThreshold);
  if (!withUsage) return createDictionary({ ...spellers, settings, accepted });
  return createDictionary({ ...spellers, settings, accepted, usage: hamzaUsage(everyWord.counts()) });
}

/**
 * Leave one file out: per TUNE file, the dictionary with the vocabulary the OTHER files teach, as a held-out file
 * gets it (tune.ts --cross). Without this, a name a TUNE file repeats in three lines is learned from that file
 * and never flagged there, which held-out files never enjoy. Each file's counts are taken once and subtracted
 * from the total, so 22 dictionaries cost little more than one.
 */
export function crossDictionaries(
  spellers: Spellers,
  settings: ProofingSettings,
  tune: string[],
  withUsage = true,
): (file: string) => ProofingDictionary {
  const base = createDictionary({ ...spellers, settings });
  const perFile = new Map<string, ReadonlyMap<string, number>>();
  const total = new Map<string, number>();
  // Usage is counted over every word (the hamza forms are words), each file's counts taken out of its own.
  const usePerFile = new Map<string, ReadonlyMap<string, number>>();
  const useTotal = new Map<string, number>();
  for (const file of tune) {
    const counter = new VocabularyCounter(base);
    const everyWord = new VocabularyCounter({ isWord: () => false });
    for (const line of readPair(file).lines) {
      counter.addDocument([line.misspelled]);
      everyWord.addDocument([line.misspelled]);
    }
    perFile.set(file, counter.counts());
    for (const [word, n] of counter.counts()) total.set(word, (total.get(word) ?? 0) + n);
    usePerFile.set(file, everyWord.counts());
    for (const [word, n] of everyWord.counts()) useTotal.set(word, (useTotal.get(word) ?? 0) + n);
  }
  const built = new Map<string, ProofingDictionary>();
  return (file) => {
    let dictionary = built.get(file);
    if (!dictionary) {
      const own = perFile.get(file) ?? new Map<string, number>();
      const frequent = [...total]
        .filter(([word, n]) => n - (own.get(word) ?? 0) >= settings.vocabularyThreshold)
        .map(([word]) => word);
      const accepted = learnable(frequent, base);
      const ownUse = usePerFile.get(file) ?? new Map<string, number>();
      const usage = hamzaUsage([...useTotal].map(([word, n]) => [word, n - (ownUse.get(word) ?? 0)] as const));
      const parts = withUsage ? { ...spellers, settings, accepted, usage } : { ...spellers, settings, accepted };
      built.set(file, (dictionary = createDictionary(parts)));
    }
    return dictionary;
  };
}

/** A dictionary for every file, or one per file (crossDictionaries). */
export type DictionaryFor = ProofingDictionary | ((file: string) => ProofingDictionary);

/** What the editor underlines: `info` findings are listed, never underlined, so they are not scored. */
function underlined(paragraph: string, options: LintOptions): Finding[] {
  return lint([paragraph], options).filter((f) => f.severity !== 'info');
}

export function score(
  files: string[],
  dictionaries: DictionaryFor,
  settings = DEFAULT_PROOFING,
  read: (file: string) => { lines: Line[]; skipped: number } = readPair,
): Figures {
  const byRule: Record<string, RuleFigures> = {};
  const rule = (id: string) => (byRule[id] ??= { findings: 0, correct: 0, firstRight: 0, falseAlarmsOnCorrected: 0 });
  const recallByKind: Figures['recallByKind'] = {};
  let words = 0;
  let errors = 0;
  let found = 0;
  let skippedLines = 0;
  for (const file of files) {
    const dictionary = typeof dictionaries === 'function' ? dictionaries(file) : dictionaries;
    const options: LintOptions = { dictionary, settings, digits: 'western', suggest: false };
    const { lines, skipped } = read(file);
    skippedLines += skipped;
    // Each line is linted as its own text (an article per line in the collections).
    for (const line of lines) {
      words += line.tokens.length;
      const onWrong = underlined(line.misspelled, options);
      const hitTokens = new Set<number>();
      for (const f of onWrong) {
        const r = rule(f.rule);
        r.findings++;
        const bad = touched(line, f).filter((t) => t.wrong !== t.right);
        if (bad.length === 0) continue;
        r.correct++;
        bad.forEach((t) => hitTokens.add(t.start));
        if (firstRight(line, f, dictionary)) r.firstRight++;
      }
      for (const t of line.tokens) {
        if (t.wrong === t.right) continue;
        errors++;
        const kind = (recallByKind[slipKind(t.wrong, t.right)] ??= { errors: 0, found: 0 });
        kind.errors++;
        if (hitTokens.has(t.start)) {
          found++;
          kind.found++;
        }
      }
      for (const f of underlined(line.corrected, options)) rule(f.rule).falseAlarmsOnCorrected++;
    }
  }
  const all = Object.values(byRule);
  const sum = (k: keyof RuleFigures) => all.reduce((n, r) => n + r[k], 0);
  return {
    files,
    words,
    errors,
    skippedLines,
    recall: found / errors,
    precision: sum('correct') / sum('findings'),
    falseAlarmsPer1000: (sum('falseAlarmsOnCorrected') / words) * 1000,
    firstSuggestion: sum('firstRight') / sum('correct'),
    byRule,
    recallByKind,
  };
}

function firstRight(line: Line, f: Finding, dictionary: ProofingDictionary): boolean {
  // Spelling's suggestions are computed on demand, as the editor does: only for the findings scored here.
  const withSuggestions = f.suggestions.length > 0 ? f : { ...f, suggestions: dictionary.suggest(f.found) };
  return firstSuggestionRight(line, withSuggestions);
}

export function printFigures(title: string, figures: Figures): string {
  const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
  const rows = Object.entries(figures.byRule)
    .sort((a, b) => b[1].findings - a[1].findings)
    .map(
      ([id, r]) =>
        `  ${id.padEnd(20)} findings ${String(r.findings).padStart(5)}  precision ${pct(r.correct / r.findings)}  first-suggestion ${pct(r.firstRight / r.correct)}  false alarms/1000 on corrected ${((r.falseAlarmsOnCorrected / figures.words) * 1000).toFixed(2)}`,
    );
  const kinds = Object.entries(figures.recallByKind).map(
    ([k, v]) => `  ${k.padEnd(14)} ${v.found}/${v.errors} = ${pct(v.found / v.errors)}`,
  );
  return [
    `${title}: ${figures.files.length} files, ${figures.words} words, ${figures.errors} corrected tokens (${figures.skippedLines} misaligned lines left out)`,
    `  recall ${pct(figures.recall)}  precision ${pct(figures.precision)}  false alarms/1000 words on corrected text ${figures.falseAlarmsPer1000.toFixed(2)}  first suggestion right ${pct(figures.firstSuggestion)}`,
    'by rule:',
    ...rows,
    'recall by kind of correction:',
    ...kinds,
  ].join('\n');
}
