/** Every format by name, and which importer claims a file. The order of IMPORTERS is the order they are asked. */
import { htmlExporter } from './htmlExport';
import { htmlImporter } from './htmlImport';
import { importFailed } from './importError';
import { nativeExporter } from './nativeExport';
import { nativeImporter } from './nativeImport';
import { ninjsExporter } from './ninjsExport';
import { ninjsImporter } from './ninjsImport';
import { wireImporter } from './wireImport';
import type { ArticleDraft, Exporter, ExportFormat, Importer, ImportFormat } from './types';

export const EXPORTERS: Record<ExportFormat, Exporter> = { html: htmlExporter, json: nativeExporter, ninjs: ninjsExporter };

/** Wire copy comes last: it accepts any text, so it is the fallback for plain files. */
export const IMPORTERS: readonly Importer[] = [nativeImporter, ninjsImporter, htmlImporter, wireImporter];

export function importerFor(fileName: string, text: string, format?: ImportFormat): Importer {
  const importer = format ? IMPORTERS.find((i) => i.format === format) : IMPORTERS.find((i) => i.accepts(fileName, text));
  if (!importer) throw importFailed(fileName, 'the whole file', 'Midad JSON, ninjs, HTML or plain-text wire copy');
  return importer;
}

/** Reads one file's text into validated drafts: all of them, or an `import_failed` error and none. */
export function parseImport(fileName: string, text: string, format?: ImportFormat): ArticleDraft[] {
  if (!format && (/\.json$/i.test(fileName) || /^\s*[[{]\s*["[{\]}]/.test(text))) {
    const importer = IMPORTERS.find((i) => i.format !== 'wire' && i.accepts(fileName, text));
    if (!importer) throw importFailed(fileName, '(top level)', 'a Midad export ("format": "midad") or a ninjs object');
    return importer.parse(text, fileName);
  }
  return importerFor(fileName, text, format).parse(text, fileName);
}
