/**
 * Importing files dropped on the archive: each file on its own (all or nothing per file, as the Import…
 * dialog does), one after another, its bytes sent through `exchange.importBytes` so the archive reads its
 * encoding exactly as `midad import` does. No React here.
 */
import type { MidadApi } from '../../core/api/contract';
import { encodeBase64 } from '../../core/exchange/base64';
import { importFailed } from '../../core/exchange/importError';
import { IMPORT_LIMITS } from '../../core/exchange/limits';

import type { ImportNote } from '../../core/exchange/importNotes';

/** An article a dropped file added, with what its import kept and warned about. */
export interface DroppedArticle {
  headline: string;
  notes: ImportNote[];
}

export type DropOutcome =
  { file: string; imported: number; articles: DroppedArticle[] } | { file: string; error: unknown };

/** The part of a browser File this needs, so a test can hand in anything that has it. */
export interface DroppedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function importDroppedFiles(api: MidadApi, files: readonly DroppedFile[]): Promise<DropOutcome[]> {
  const outcomes: DropOutcome[] = [];
  for (const file of files) {
    // Refused here, before its bytes are read, in the words the archive would have used.
    if (file.size > IMPORT_LIMITS.fileBytes) {
      const error = importFailed(
        file.name,
        { at: 'file' },
        { problem: 'file_too_large', limitMb: IMPORT_LIMITS.fileBytes / 1024 / 1024 },
      );
      outcomes.push({ file: file.name, error });
      continue;
    }
    try {
      const data = encodeBase64(new Uint8Array(await file.arrayBuffer()));
      const { articles } = await api['exchange.importBytes']({ fileName: file.name, data });
      outcomes.push({
        file: file.name,
        imported: articles.length,
        articles: articles.map((a) => ({ headline: a.headline, notes: a.notes ?? [] })),
      });
    } catch (error) {
      outcomes.push({ file: file.name, error });
    }
  }
  return outcomes;
}

/** Whether a drag carries files (not text or a link dragged from the page). */
export function carriesFiles(types: readonly string[]): boolean {
  return types.includes('Files');
}
