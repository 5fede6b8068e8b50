import { MidadError } from '../../core/api/errors';
import { ArticleIdSchema } from '../../core/article/schema';
import type { ExportFormat } from '../../core/exchange/types';

/**
 * Midad JSON is read back by id, so it carries only Midad's ids (UUIDs): an article another program wrote
 * with another id is refused before anything is written, in words, rather than failing midway in the
 * format's own schema. HTML and ninjs take any id (their file names come from a safe form of it).
 */
export function refuseForeignIds(ids: readonly string[], format: ExportFormat): void {
  if (format !== 'json') return;
  const foreign = ids.find((id) => !ArticleIdSchema.safeParse(id).success);
  if (foreign === undefined) return;
  throw new MidadError(
    'export_id_not_midad',
    `Could not export as Midad JSON: the article ${JSON.stringify(foreign)} has an id Midad did not make, and Midad JSON carries only Midad ids. Nothing was written. Export it as HTML or ninjs instead; midad check lists such ids.`,
    { id: foreign },
  );
}
