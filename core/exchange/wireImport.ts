/**
 * Plain-text wire copy as agencies deliver it: caption lines ending in a credit in parentheses (often twice),
 * a section line, the headline, the date (often twice), then the body, whose first paragraph opens with a
 * dateline. Not every file has every part; whatever is not recognised stays in the body rather than be lost.
 */
import { agencyFromCredit } from '../article/agencies';
import type { ArticleFields } from '../article/schema';
import { takeDateline } from './bodyDateline';
import { captionOnly, makeDraft } from './draft';
import { guessLanguage } from './direction';
import { findDateline } from './datelineParse';
import { importFailed } from './importError';
import { checkSize } from './jsonText';
import { paragraph, stateOf, textNode } from './lexicalBuild';
import { parseWireDate } from './wireDate';
import { paragraphsOfLines } from './reflow';
import type { ArticleDraft, DraftMedia, Importer } from './types';

/** How far into the file the header may reach before the body must have begun. */
const HEADER_LINES = 12;
/** A line this long is prose, not a headline or a section. */
const PROSE_WORDS = 25;

const CAPTION = /^(.*\S)\s*\(([^()]{1,60})\)\s*$/u;
const PHOTO_CREDIT = /getty|epa|pool|photo|afp|reuters|\bap\b|dpa|صورة|أرشيف|ارشيف|\//iu;
const BYLINE = /^(?:by|بقلم|كتب|كتبت)\s*[:：]?\s+(.{2,80})$/iu;

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (s: string) => (s ? s.split(' ').length : 0);

interface Header {
  captions: DraftMedia[];
  createdAt: string | null;
  byline: string;
  rest: string[];
}

function readHeader(lines: string[]): Header {
  const header: Header = { captions: [], createdAt: null, byline: '', rest: [] };
  const seen = new Set<string>();
  for (const line of lines) {
    if (!line || seen.has(line)) continue;
    seen.add(line);
    const caption = CAPTION.exec(line);
    const credit = caption?.[2]?.trim() ?? '';
    if (caption && words(caption[1] as string) >= 3 && (agencyFromCredit(credit) || PHOTO_CREDIT.test(credit))) {
      const text = collapse(caption[1] as string);
      if (!header.captions.some((c) => c.caption === text))
        header.captions.push(captionOnly(text, credit, header.captions.length === 0));
      continue;
    }
    const date = parseWireDate(line);
    if (date) {
      header.createdAt ??= date;
      continue;
    }
    const byline = BYLINE.exec(line);
    if (byline && !header.byline) {
      header.byline = collapse(byline[1] as string);
      continue;
    }
    header.rest.push(line);
  }
  return header;
}

/** Where the body begins: the dateline paragraph, else the first line long enough to be prose. */
function bodyStart(lines: string[]): number {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEADER_LINES; i++) {
    const line = lines[i] as string;
    if (!line) continue;
    seen++;
    if (findDateline(line)) return i;
  }
  const prose = lines.findIndex((l) => words(l) > PROSE_WORDS && !CAPTION.test(l));
  return prose === -1 ? lines.length : prose;
}

export function parseWire(text: string, fileName: string): ArticleDraft {
  checkSize(text, fileName);
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map(collapse);
  if (!lines.some(Boolean)) throw importFailed(fileName, { at: 'line', line: 1 }, { problem: 'wire_empty' });
  const start = bodyStart(lines);
  const header = readHeader(lines.slice(0, start));
  const [first, second, ...others] = header.rest;
  const hasSection = first !== undefined && second !== undefined && words(first) <= 4 && words(second) > words(first);
  const section = hasSection ? first : '';
  const headline = (hasSection ? second : first) ?? '';
  const unrecognised = hasSection ? others : header.rest.slice(1);
  const blocks = paragraphsOfLines(lines.slice(start)).map((p) => paragraph([textNode(p)]));
  const dateline = takeDateline(blocks);
  blocks.unshift(...unrecognised.map((p) => paragraph([textNode(p)])));
  if (!headline && !blocks.length) throw importFailed(fileName, { at: 'line', line: 1 }, { problem: 'wire_empty' });
  const fields: Partial<ArticleFields> = {
    headline,
    section,
    byline: header.byline,
    language: guessLanguage(`${headline} ${lines.slice(start).join(' ')}`),
    ...(dateline ? { dateline } : {}),
    body: stateOf(blocks),
  };
  return makeDraft(fileName, { fields, createdAt: header.createdAt, media: header.captions });
}

export const wireImporter: Importer = {
  format: 'wire',
  accepts: () => true,
  parse: (text, fileName) => [parseWire(text, fileName)],
};
