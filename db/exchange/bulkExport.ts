/**
 * Exporting many articles into a folder: one file per article plus `index.json`, each written under a
 * temporary name and renamed, with progress reported and a way to stop between two articles.
 */
import { EXPORTERS } from '../../core/exchange/registry';
import type { ExportFormat, ExportOptions } from '../../core/exchange/types';
import type { Status } from '../../core/article/status';
import type { Archive } from '../archive';
import { mediaFolderName, safeFileStem } from '../../core/exchange/mediaFiles';
import { writeInside } from './atomicWrite';
import { loadExportItem, type ExportExtras } from './exportItems';
import type { ExportWarning } from '../../core/exchange/warnings';
import { refuseForeignIds } from './exportIds';

/** Which articles: the ids given (a selection, a search's results), or every live one matching the filter. */
export type Selection = { ids: readonly string[] } | { filter: { status?: Status; section?: string } };

export interface BulkExportOptions extends ExportOptions, ExportExtras {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface BulkExportResult {
  written: Array<{ id: string; headline: string; file: string }>;
  /** One per article written with pending suggestions left out (HTML and ninjs). */
  warnings: ExportWarning[];
  total: number;
  cancelled: boolean;
}

export const INDEX_FILE = 'index.json';

export function selectIds(archive: Archive, selection: Selection): string[] {
  if ('ids' in selection) return [...selection.ids];
  const { status, section } = selection.filter;
  const rows = archive
    .prepare(
      `SELECT id FROM articles WHERE trashed_at IS NULL
         AND (@status IS NULL OR status = @status) AND (@section IS NULL OR section = @section)
       ORDER BY updated_at DESC, id`,
    )
    .all({ status: status ?? null, section: section ?? null }) as Array<{ id: string }>;
  return rows.map((r) => r.id);
}

export function exportFileName(id: string, format: ExportFormat): string {
  return `${safeFileStem(id)}.${EXPORTERS[format].extension}`;
}

/** Lets other work (a Cancel click, an IPC message) run between two articles. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function exportToFolder(
  archive: Archive,
  selection: Selection,
  format: ExportFormat,
  folder: string,
  options: BulkExportOptions = {},
): Promise<BulkExportResult> {
  const ids = selectIds(archive, selection);
  refuseForeignIds(ids, format);
  const exporter = EXPORTERS[format];
  const written: BulkExportResult['written'] = [];
  const warnings: ExportWarning[] = [];
  const extras = format === 'json' ? { comments: options.comments, history: options.history } : {};
  let cancelled = false;
  for (const id of ids) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    const item = loadExportItem(archive, id, extras);
    const file = exportFileName(id, format);
    const output = exporter.export(item, { ...options, mediaFolder: mediaFolderName(id) });
    for (const extra of output.files) writeInside(folder, extra.path, extra.bytes);
    writeInside(folder, file, output.content);
    written.push({ id, headline: item.article.headline, file });
    warnings.push(...output.warnings);
    options.onProgress?.(written.length, ids.length);
    await breathe();
  }
  // The folder says what the person was told: an article exported as if its pending suggestions were not there.
  const index = { format, exportedAt: new Date().toISOString(), complete: !cancelled, articles: written, warnings };
  writeInside(folder, INDEX_FILE, `${JSON.stringify(index, null, 2)}\n`);
  return { written, warnings, total: ids.length, cancelled };
}
