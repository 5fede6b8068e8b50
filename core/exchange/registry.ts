/** Every format by name, and which importer claims a file. The order of IMPORTERS is the order they are asked. */
import { htmlExporter } from './htmlExport';
import { htmlImporter } from './htmlImport';
import { importFailed } from './importError';
import { nativeExporter } from './nativeExport';
import { isNativeDocument, nativeImporter, parseNativeValue } from './nativeImport';
import { ninjsExporter } from './ninjsExport';
import { ninjsImporter, parseNinjsValue } from './ninjsImport';
import { parseJsonText } from './jsonText';
import { wireImporter } from './wireImport';
import type { ArticleDraft, Exporter, ExportFormat, Importer, ImportFormat } from './types';

export const EXPORTERS: Record<ExportFormat, Exporter> = {
  html: htmlExporter,
  json: nativeExporter,
  ninjs: ninjsExporter,
};

/** Wire copy comes last: it accepts any text, so it is the fallback for plain files. */
export const IMPORTERS: readonly Importer[] = [nativeImporter, ninjsImporter, htmlImporter, wireImporter];

export function importerFor(fileName: string, text: string, format?: ImportFormat): Importer {
  const importer = format
    ? IMPORTERS.find((i) => i.format === format)
    : IMPORTERS.find((i) => i.accepts(fileName, text));
  if (!importer) throw importFailed(fileName, { at: 'file' }, { problem: 'format_unknown' });
  return importer;
}

/** Reads one file's text into validated drafts: all of them, or an `import_failed` error and none. */
export function parseImport(fileName: string, text: string, format?: ImportFormat): ArticleDraft[] {
  const looksJson = /\.json$/i.test(fileName) || /^\uFEFF?\s*[[{]\s*["[{\]}]/.test(text);
  if (format || !looksJson) return importerFor(fileName, text, format).parse(text, fileName);
  // JSON is parsed once and told apart by its content: Midad's own format names itself, ninjs does not.
  const value = parseJsonText(text, fileName);
  if (isNativeDocument(value)) return parseNativeValue(value, fileName);
  return parseNinjsValue(value, fileName);
}
