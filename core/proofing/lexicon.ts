/**
 * The Arabic word list inside Ayaspell's `ar.dic` (resources/dictionaries), as plain stems: proofing uses it
 * to tell a word from a slip (كتابه is a word, الجمعه is not), and search stemming can derive its stem list
 * from the same file. Pure: the caller reads the file (db/proofing/dictionaryFiles.ts on Node, a
 * fetch in the renderer's worker).
 *
 * A line of `.dic` is `stem/FLAGS<TAB>morphology`; the first line is the count, and Ayaspell's file is four
 * concatenated sections, each headed by three marker lines (`::::`, `names.dic`, `::::`).
 */

export interface Lexicon {
  /** Every stem of the file, in file order, without duplicates. */
  readonly stems: readonly string[];
  /** The stems of the `names.dic` section (proper names). */
  readonly names: ReadonlySet<string>;
  has(stem: string): boolean;
}

const SECTION_MARK = /^:+$/;
const SECTION_NAME = /^[a-z]+\.dic$/;

export function parseDic(text: string): Lexicon {
  const stems: string[] = [];
  const seen = new Set<string>();
  const names = new Set<string>();
  let section = '';
  const lines = text.split('\n');
  // Line 0 is the approximate count Hunspell uses to size its table.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line === '' || SECTION_MARK.test(line)) continue;
    if (SECTION_NAME.test(line)) {
      section = line;
      continue;
    }
    const end = line.search(/[/\t]/);
    const stem = end === -1 ? line : line.slice(0, end);
    if (stem === '') continue;
    if (section === 'names.dic') names.add(stem);
    if (seen.has(stem)) continue;
    seen.add(stem);
    stems.push(stem);
  }
  return { stems, names, has: (stem) => seen.has(stem) };
}
