/**
 * ../shared's real, unannotated Arabic news as the app would hold it after `midad import`: each file through the
 * importer the app uses (db/exchange/parseFile.ts: Readability for a news page, the wire reader for agency text),
 * then the fields proofing checks (the body's paragraphs, headline, standfirst, captions). What a rule says about
 * this text is what a journalist would see on copy the rules were never tuned on.
 *
 * The pages are read as the import reads them, not tag by tag: a browser shows no double space or line break
 * the HTML's source has, and the navigation and furniture Readability leaves out never reach the editor.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lexicalToPlainText } from '../../core/richtext/lexicalState';
import { parseBytes } from '../../db/exchange/parseFile';

const SHARED = resolve(import.meta.dirname, '..', '..', '..', 'shared');
export const REAL = join(SHARED, 'data', 'exchange-real');
const FIXTURE = join(SHARED, 'fixtures', 'wire-afp-biden-kadhimi.txt');

export interface RealParagraph {
  /** The file, then the field (body, headline, standfirst, caption). */
  source: string;
  text: string;
}

const ARABIC = /[\u0621-\u064A]{2}/;

/** The Arabic files: wire texts, the Arabic pages (the Persian one is not Arabic copy), the AFP fixture. */
function realFiles(): string[] {
  const inFolder = (folder: string, keep: (name: string) => boolean) =>
    readdirSync(join(REAL, folder))
      .filter(keep)
      .sort()
      .map((name) => join(REAL, folder, name));
  return [
    ...inFolder('wire', (name) => name.endsWith('.txt')),
    ...inFolder('html-ar', (name) => name.endsWith('.html') && !name.includes('persian')),
    ...(existsSync(FIXTURE) ? [FIXTURE] : []),
  ];
}

/** Every Arabic paragraph of the real news, read through the import; null when ../shared is missing. */
export function realNewsParagraphs(): RealParagraph[] | null {
  if (!existsSync(REAL)) return null;
  const out: RealParagraph[] = [];
  for (const path of realFiles()) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    for (const draft of parseBytes(name, readFileSync(path))) {
      const { fields } = draft;
      const texts: Array<[string, string]> = [
        ...lexicalToPlainText(fields.body)
          .split('\n')
          .map((t) => ['body', t] as [string, string]),
        ['headline', fields.headline],
        ['standfirst', fields.standfirst],
        ...draft.media.map((m) => ['caption', m.caption] as [string, string]),
      ];
      for (const [field, text] of texts) if (ARABIC.test(text)) out.push({ source: `${name} ${field}`, text });
    }
  }
  return out;
}
