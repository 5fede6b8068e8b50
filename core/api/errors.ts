/**
 * Errors a person can meet. Each has a code (the key of its message in the locale files), parameters for
 * that message, and an English message for logs and the command line.
 */
import { z } from 'zod';

export const ERROR_CODES = [
  'invalid_request',
  'unknown_method',
  'not_found',
  'conflict',
  'archive_too_new',
  'archive_damaged',
  'archive_busy',
  'import_failed',
  'internal',
  // --- archive area ---
  'media_not_found',
  'media_no_picture',
  'media_too_large',
  'media_unsupported',
  'revision_not_found',
  'archive_damaged_no_backup',
  'backup_not_found',
  'backup_damaged',
  // review: workflow, comments, suggestions, review packages
  'transition_refused',
  'transition_not_allowed',
  'note_required',
  'profile_required',
  'thread_not_found',
  'suggestion_not_found',
  'review_package_invalid',
  // desktop
  'archive_locked',
  // search
  'search_empty',
  'search_prefix_too_short',
  // desktop: the backups folder and breaking a stale lock
  'backup_folder_unusable',
  'archive_locked_elsewhere',
  // newsroom sync: the replication engine
  'sync_unreachable',
  'sync_unauthorized',
  'sync_forbidden',
  'sync_server',
  'sync_refused',
  // newsroom sync: a pulled picture is fetched when first shown
  'media_not_downloaded',
  // hostile and broken inputs: the disk and other programs, in words a person can act on
  'archive_read_only',
  'disk_full',
  'archive_write_locked',
  // newsroom sync: the desk side — the role is the server's while signed in
  'role_from_server',
  'sync_conflict_moved',
  // imports and exports off the main thread: Midad JSON needs Midad's ids; a serialise that ran too long
  'export_id_not_midad',
  'export_too_long',
  // newsroom sync: taking the server's version of a refused change when the server holds none
  'sync_no_server_version',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ApiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

export class MidadError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'MidadError';
  }

  toJSON(): ApiError {
    return { code: this.code, message: this.message, params: this.params };
  }

  static from(error: ApiError): MidadError {
    return new MidadError(error.code, error.message, error.params);
  }
}

/** A stale save: the person's copy was based on `baseVersion`, the archive holds `currentVersion`. */
export function conflictError(id: string, baseVersion: number, currentVersion: number): MidadError {
  return new MidadError(
    'conflict',
    `Article ${id} was changed elsewhere: this copy is version ${baseVersion}, the archive holds version ${currentVersion}.`,
    { id, baseVersion, currentVersion },
  );
}

export function notFoundError(id: string): MidadError {
  return new MidadError('not_found', `No article with id ${id} in this archive.`, { id });
}
