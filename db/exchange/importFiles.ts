/** Importing files from disk: each file read, parsed and put in the archive on its own, all or nothing. */
import { basename } from 'node:path';
import { importFailed, importRefusal } from '../../core/exchange/importError';
import type { ImportFormat } from '../../core/exchange/types';
import type { Archive } from '../archive';
import { importDrafts, type ImportedArticle } from './importDrafts';
import { decodeText } from './decodeText';
import { readBoundedFile } from './boundedFile';
import { decodeBase64 } from '../../core/exchange/base64';
import { parseText } from './parseFile';

export function importText(archive: Archive, fileName: string, text: string, format?: ImportFormat): ImportedArticle[] {
  return importDrafts(archive, parseText(fileName, text, format), fileName);
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
