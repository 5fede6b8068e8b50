/** The exchange area's API shapes shared by more than one method (spread pieces of core/api/contract.ts). */
import { z } from 'zod';
import { ArticleIdSchema } from '../article/schema';
import type { ImportProblem } from './importKinds';
import { IMPORT_LIMITS } from './limits';
import { ImportNoteSchema } from './importNotes';

const FILE_BYTES_MB = IMPORT_LIMITS.fileBytes / 1024 / 1024;

/** What an import put in the archive, one entry per article, in file order. */
export const ImportResultSchema = z.object({
  articles: z.array(
    z.object({
      id: ArticleIdSchema,
      headline: z.string(),
      version: z.number().int().positive(),
      created: z.boolean(),
      // import: what was kept and what was not, for the import report
      notes: z.array(ImportNoteSchema).max(100).optional(),
    }),
  ),
});

/** A file's name as the person chose it: it names the file in an error and hints at the format. */
export const ImportFileNameSchema = z.string().min(1).max(255);

export const exchangeBytesContract = {
  /**
   * A file's bytes (a file dropped on the archive in a page that cannot read paths): read as UTF-8, UTF-16 or
   * Windows-1256 exactly as `midad import` reads a file, then imported like `exchange.import`.
   */
  'exchange.importBytes': {
    request: z.object({
      fileName: ImportFileNameSchema,
      /** Base64; text that is not base64 is refused as an import_failed naming the file. */
      data: z.string().refine((data) => data.length <= Math.ceil(IMPORT_LIMITS.fileBytes / 3) * 4, {
        message: `a file of at most ${FILE_BYTES_MB} MB`,
        params: { problem: 'file_too_large', limitMb: FILE_BYTES_MB } satisfies ImportProblem,
      }),
    }),
    response: ImportResultSchema,
  },
} as const;
