/**
 * The parse, sanitise and convert step of an import: a file's text (or bytes) to article drafts, touching
 * no archive. It is all the CPU an import spends before its writes, so the desktop runs it off the main
 * process's event loop (db/worker/), and the command line calls it in place.
 */
import { importerFor, parseImport } from '../../core/exchange/registry';
import { checkSize } from '../../core/exchange/jsonText';
import { note } from '../../core/exchange/importNotes';
import type { ArticleDraft, ImportFormat } from '../../core/exchange/types';
import { extractNewsPage, isNewsPage } from './newsPage';
import { decodeText } from './decodeText';

/** A news page goes through Readability first (newsPage.ts); every other file straight to its importer. */
export function parseText(fileName: string, text: string, format?: ImportFormat): ArticleDraft[] {
  const importer = format ?? (/\.json$/i.test(fileName) ? 'json' : importerFor(fileName, text).format);
  if (importer !== 'html' || !isNewsPage(text)) return parseImport(fileName, text, format);
  checkSize(text, fileName);
  const page = extractNewsPage(text);
  if (!page) return parseImport(fileName, text, format);
  return parseImport(fileName, page.html, 'html').map((draft) => ({
    ...draft,
    notes: [
      note('page_extracted'),
      ...(page.found.date ? [note('page_date')] : []),
      ...(page.found.image ? [note('page_image'), note('renditions_not_downloaded')] : []),
      ...(page.declaredLanguage
        ? [note('page_language_corrected', 1, [page.declaredLanguage, draft.fields.language])]
        : []),
    ],
  }));
}

/** A file's bytes: decoded as text first (UTF-8, UTF-16, Windows-1256), then parsed. */
export function parseBytes(fileName: string, bytes: Uint8Array, format?: ImportFormat): ArticleDraft[] {
  return parseText(fileName, decodeText(bytes), format);
}
