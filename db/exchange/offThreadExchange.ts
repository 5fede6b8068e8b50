/**
 * The desktop's imports and exports with their CPU-heavy step on the worker thread (db/worker/): an import's
 * parse, sanitise and convert, an export's serialise. The archive's reads and writes stay on the main thread,
 * whose connection they need. A job stopped at the thread's bounds is refused in the person's words.
 */
import { MidadError } from '../../core/api/errors';
import { importFailed } from '../../core/exchange/importError';
import { checkSize } from '../../core/exchange/jsonText';
import { FILE_LIMIT_MB } from '../../core/exchange/jsonText';
import { EXPORTERS } from '../../core/exchange/registry';
import type { ArticleDraft, ExportFormat, ExportItem, ExportOptions, ImportFormat } from '../../core/exchange/types';
import type { Archive } from '../archive';
import { runJob } from '../worker/jobs';
import { JobStopped, type OffThread } from '../worker/offThread';
import { FILE_BYTES_LIMIT } from './boundedFile';
import { exportFileName } from './bulkExport';
import { loadExportItem, type ExportExtras } from './exportItems';
import { refuseForeignIds } from './exportIds';

export type ImportInput = { text: string } | { bytes: Uint8Array };

/** A file's drafts, parsed on the worker thread; its size is checked here first, so a huge one never crosses. */
export async function parseOffThread(
  offThread: OffThread,
  fileName: string,
  input: ImportInput,
  format?: ImportFormat,
): Promise<ArticleDraft[]> {
  if ('text' in input) checkSize(input.text, fileName);
  else if (input.bytes.length > FILE_BYTES_LIMIT)
    throw importFailed(fileName, { at: 'file' }, { problem: 'file_too_large', limitMb: FILE_LIMIT_MB });
  try {
    return await offThread.run({ kind: 'import', fileName, ...input, ...(format ? { format } : {}) });
  } catch (error) {
    if (!(error instanceof JobStopped)) throw error;
    throw importFailed(
      fileName,
      { at: 'file' },
      error.reason === 'time'
        ? { problem: 'took_too_long', limit: error.limit }
        : { problem: 'too_complex', limitMb: error.limit },
    );
  }
}

/**
 * Characters of an article (its pictures' bytes counted too) below which its export is serialised in place: a
 * usual article takes milliseconds, less than handing it to the thread; a long one with many pictures does not.
 */
export const EXPORT_IN_PLACE_BELOW = 256 * 1024;

function exportSize(item: ExportItem): number {
  let size = JSON.stringify(item.article).length;
  for (const bytes of item.media.values()) size += bytes.length;
  return size;
}

/**
 * One article in one format, pictures embedded (`exchange.export`: a preview, a save dialog), serialised on the
 * worker thread when it is big.
 */
export async function exportOffThread(
  offThread: OffThread,
  archive: Archive,
  id: string,
  format: ExportFormat,
  options: Pick<ExportOptions, 'bodyOnly'> & ExportExtras = {},
  inPlaceBelow = EXPORT_IN_PLACE_BELOW,
) {
  refuseForeignIds([id], format);
  const exporter = EXPORTERS[format];
  const extras = format === 'json' ? { comments: options.comments, history: options.history } : {};
  const item = loadExportItem(archive, id, extras);
  const job = { kind: 'export', item, format, options: { bodyOnly: options.bodyOnly, pictures: 'embed' } } as const;
  try {
    const { content, warnings } = exportSize(item) < inPlaceBelow ? runJob(job) : await offThread.run(job);
    return { format, fileName: exportFileName(id, format), mime: exporter.mime, content, warnings };
  } catch (error) {
    // An article's export is bounded by what the archive holds; only its time is worth a sentence of its own.
    if (!(error instanceof JobStopped) || error.reason !== 'time') throw error;
    throw new MidadError(
      'export_too_long',
      `Writing the export took longer than ${error.limit} seconds, so Midad stopped. Nothing was written.`,
      { limit: error.limit },
    );
  }
}
