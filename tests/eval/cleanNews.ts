/**
 * Findings on real Arabic news nobody annotated (../shared/data/exchange-real: the wire texts and the Arabic
 * pages, and ../shared/fixtures' AFP story): what each rule says about published copy. Not a score (these
 * texts have slips of their own), but where a candidate rule would alarm on copy it was not tuned on.
 *
 * The files are read as `midad import` reads them (realNews.ts): what the editor would hold. `--raw` reads the
 * pages tag by tag instead, navigation, tables and furniture included (every tag a line break): layout that is
 * not copy, for the spacing and bracket rules, though none of it reaches an article through the import.
 *
 *   npx tsx tests/eval/cleanNews.ts [RULE|all] [--raw]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDictionary } from '../../core/proofing/dictionary';
import { lint } from '../../core/proofing/lint';
import { loadSpellers } from '../../db/proofing/hunspell';
import { EVAL_SETTINGS } from './aghlat';
import { realNewsParagraphs } from './realNews';

const SHARED = resolve(import.meta.dirname, '..', '..', '..', 'shared');
const REAL = join(SHARED, 'data', 'exchange-real');
if (!existsSync(REAL)) {
  console.error(`${REAL} is missing (../shared): no real news to look at`);
  process.exit(2);
}

const raw = process.argv.includes('--raw');
const texts = readdirSync(join(REAL, 'wire')).map((f) => readFileSync(join(REAL, 'wire', f), 'utf8'));
const fixture = join(SHARED, 'fixtures', 'wire-afp-biden-kadhimi.txt');
if (existsSync(fixture)) texts.push(readFileSync(fixture, 'utf8'));
/**
 * Character references as the browser reads them. They were once all read as a space, which put a double space
 * around every «» written &#171;…&#187; and split words spelled with numeric references (&#1575;): a quarter
 * of DOUBLE_SPACE's findings here were the reading's, not the copy's. An unknown name is still a space.
 */
const NAMED: Record<string, string> = {
  quot: '"',
  amp: '&',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00A0',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  deg: '°',
};
const decodeReferences = (html: string) =>
  html.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (_, dec?: string, hex?: string, name?: string) =>
    dec || hex ? String.fromCodePoint(dec ? Number(dec) : parseInt(hex!, 16)) : (NAMED[name!.toLowerCase()] ?? ' '),
  );

// The pages' text, roughly: scripts and styles out, every tag a line break (the Persian page is not Arabic copy).
for (const f of readdirSync(join(REAL, 'html-ar')).filter((name) => raw && !name.includes('persian'))) {
  const html = readFileSync(join(REAL, 'html-ar', f), 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ');
  texts.push(decodeReferences(html.replace(/<[^>]+>/g, '\n')));
}
const paragraphs = raw
  ? texts
      .flatMap((t) => t.split(/\n+/))
      .map((p) => p.trim())
      .filter((p) => /[\u0621-\u064A]{2}/.test(p))
  : (realNewsParagraphs() ?? []).map((p) => p.text);
const words = paragraphs.reduce((n, p) => n + p.split(/\s+/).length, 0);

const dictionary = createDictionary({ ...(await loadSpellers()), settings: EVAL_SETTINGS });
const byRule = new Map<string, string[]>();
for (const p of paragraphs) {
  for (const f of lint([p], { dictionary, settings: EVAL_SETTINGS, digits: 'western' })) {
    if (f.rule === 'UNKNOWN_WORD') continue;
    const at = p.slice(Math.max(0, f.start - 30), f.start + f.length + 30);
    byRule.set(f.rule, [
      ...(byRule.get(f.rule) ?? []),
      `${f.found} → ${f.suggestions[0] ?? ''} [${f.severity}]  … ${at} …`,
    ]);
  }
}
const show = process.argv[2];
console.log(
  `real news, unannotated (${raw ? 'pages tag by tag' : 'as imported'}): ${paragraphs.length} paragraphs, ${words} words`,
);
for (const [rule, found] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
  console.log(
    `  ${rule.padEnd(20)} ${String(found.length).padStart(4)}  (${((found.length / words) * 1000).toFixed(2)} per 1,000 words)`,
  );
  if (show === 'all' || show === rule) for (const line of found) console.log(`      ${line}`);
}
