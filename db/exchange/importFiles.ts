/** Importing files from disk: each file read, parsed and put in the archive on its own, all or nothing. */
import { basename } from 'node:path';
import { importerFor, parseImport } from '../../core/exchange/registry';
import { checkSize } from '../../core/exchange/jsonText';
import { note } from '../../core/exchange/importNotes';
import type { ArticleDraft } from '../../core/exchange/types';
import { extractNewsPage, isNewsPage } from './newsPage';
import { importFailed, importRefusal } from '../../core/exchange/importError';
import type { ImportFormat } from '../../core/exchange/types';
import type { Archive } from '../archive';
import { importDrafts, type ImportedArticle } from './importDrafts';
import { decodeText } from './decodeText';
import { readBoundedFile } from './boundedFile';
import { decodeBase64 } from '../../core/exchange/base64';

export function importText(archive: Archive, fileName: string, text: string, format?: ImportFormat): ImportedArticle[] {
  return importDrafts(archive, parseText(fileName, text, format), fileName);
}

/** A news page goes through Readability first (newsPage.ts); every other file straight to its importer. */
function parseText(fileName: string, text: string, format?: ImportFormat): ArticleDraft[] {
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

/** A file's bytes as base64 (a file dropped on the archive), read exactly as importFile reads one from disk. */
export function importBytes(archive: Archive, fileName: string, base64: string): ImportedArticle[] {
  const bytes = decodeBase64(base64);
  if (!bytes) throw importFailed(fileName, { at: 'file' }, { problem: 'file_bytes_invalid' });
  return importText(archive, fileName, decodeText(bytes));
}

export function importFile(archive: Archive, path: string, format?: ImportFormat): ImportedArticle[] {
  const name = basename(path);
  return importText(archive, name, decodeText(readBoundedFile(path, importRefusal(name))), format);
}
