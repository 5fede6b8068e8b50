import { EXPORTERS } from '../../core/exchange/registry';
import type { ExportFormat, ExportOptions } from '../../core/exchange/types';
import type { Archive } from '../archive';
import { loadExportItem, type ExportExtras } from './exportItems';
import { exportFileName } from './bulkExport';

/** One article in one format, pictures embedded: what a preview shows or a save dialog writes. */
export function exportOne(
  archive: Archive,
  id: string,
  format: ExportFormat,
  options: Pick<ExportOptions, 'bodyOnly'> & ExportExtras = {},
) {
  const exporter = EXPORTERS[format];
  const extras = format === 'json' ? { comments: options.comments, history: options.history } : {};
  const { content, warnings } = exporter.export(loadExportItem(archive, id, extras), {
    bodyOnly: options.bodyOnly,
    pictures: 'embed',
  });
  return { format, fileName: exportFileName(id, format), mime: exporter.mime, content, warnings };
}
