/**
 * A refusal as the person reads it, in their language: the one place that turns an error's code and
 * parameters into a sentence, for the page, the desktop's dialogs and the drop-import summary alike. An
 * import refusal, and a review package's, is composed from its parts (where in the file, what was wrong:
 * core/exchange/importKinds.ts); a refused request from its field and problem (core/api/requestKinds.ts);
 * an unusable backups folder from its reason (core/settings/backupLocation.ts); a lock's holder by the
 * program's own name in the locale (core/api/lockPrograms.ts). No parameter carries prose.
 */
import { ERROR_CODES, type ErrorCode } from '../api/errors';
import { storageError } from '../api/storageError';
import { lockProgramOf } from '../api/lockPrograms';
import { REQUEST_PROBLEMS, isRequestProblemKind } from '../api/requestKinds';
import { isBackupFolderReason } from '../settings/backupLocation';
import {
  IMPORT_PLACES,
  IMPORT_PROBLEMS,
  VALUE_TYPES,
  isImportPlaceKind,
  isImportProblemKind,
  type ImportParam,
  type ValueType,
} from '../exchange/importKinds';
import type { MessageKey } from './ar';
import { translate, type Locale } from './translate';
import { formatDateTime } from './dateFormat';

type Params = Readonly<Record<string, string | number>>;

/** A MidadError, or its JSON as it crossed IPC or the bridge. */
export interface ErrorLike {
  readonly code: string;
  readonly params: Params;
}

function isErrorLike(error: unknown): error is ErrorLike {
  if (typeof error !== 'object' || error === null) return false;
  const { code, params } = error as { code?: unknown; params?: unknown };
  return typeof code === 'string' && typeof params === 'object' && params !== null;
}

/** Every code has its sentence: this does not compile while one is missing from the locale files. */
function keyOf(code: ErrorCode): MessageKey {
  return `error.${code}`;
}

function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

function hasParams(params: Params, names: readonly ImportParam[]): boolean {
  return names.every((name) => params[name] !== undefined);
}

function typeText(locale: Locale, type: string): string {
  const known: ValueType = (VALUE_TYPES as readonly string[]).includes(type) ? (type as ValueType) : 'value';
  return translate(locale, `import.type.${known}`);
}

/** Where in the file: "line 3, column 16", "⁦articles[0].headline⁩". */
export function importPlaceText(locale: Locale, params: Params): string {
  const kind = params.at;
  if (!isImportPlaceKind(kind) || !hasParams(params, IMPORT_PLACES[kind])) return translate(locale, 'import.at.file');
  return translate(locale, `import.at.${kind}`, params);
}

/** What was wrong there: "expected text, found a number". */
export function importProblemText(locale: Locale, params: Params): string {
  const kind = params.problem;
  if (!isImportProblemKind(kind) || !hasParams(params, IMPORT_PROBLEMS[kind]))
    return translate(locale, 'import.problem.invalid');
  const types = {
    expected: String(params.expected ?? 'value')
      .split('|')
      .map((type) => typeText(locale, type))
      .join(translate(locale, 'import.or')),
    received: typeText(locale, String(params.received ?? 'value')),
  };
  return translate(locale, `import.problem.${kind}`, { ...params, ...types });
}

/** What was wrong with a request: its own problem, or what a schema found in one of its values. */
export function requestProblemText(locale: Locale, params: Params): string {
  const kind = params.problem;
  if (isRequestProblemKind(kind) && hasParams(params, REQUEST_PROBLEMS[kind]))
    return translate(locale, `request.problem.${kind}`, params);
  return importProblemText(locale, params);
}

/** A file refused as an import or as a review package: which file, where in it, what was wrong. */
function fileRefusalText(locale: Locale, code: 'import_failed' | 'review_package_invalid', params: Params): string {
  const parts = { where: importPlaceText(locale, params), detail: importProblemText(locale, params) };
  if (code === 'review_package_invalid' && params.file === undefined)
    return translate(locale, 'reviewPackage.refused.unnamed', parts);
  return translate(locale, keyOf(code), { file: String(params.file ?? ''), ...parts });
}

function requestRefusalText(locale: Locale, params: Params): string {
  const detail = requestProblemText(locale, params);
  return params.field === undefined
    ? translate(locale, 'request.refused', { detail })
    : translate(locale, 'error.invalid_request', { field: String(params.field), detail });
}

function backupFolderText(locale: Locale, params: Params): string {
  const reason = isBackupFolderReason(params.reason) ? params.reason : 'other';
  return translate(locale, 'error.backup_folder_unusable', {
    folder: String(params.folder ?? ''),
    reason: translate(locale, `backupFolder.reason.${reason}`),
  });
}

/** A value from a refusal's params as text: a string as it is, anything else as JSON (never "[object Object]"). */
function asWritten(value: unknown): string {
  if (typeof value === 'string') return value;
  return value === null || value === undefined ? '' : (JSON.stringify(value) ?? '');
}

/** Which program holds the lock: ours in the locale's words, any other by the name it wrote, isolated. */
function lockProgramText(locale: Locale, program: unknown): string {
  const kind = lockProgramOf(program);
  return kind ? translate(locale, `lock.program.${kind}`) : `\u2068${asWritten(program)}\u2069`;
}

/** When the lock was taken, as the locale writes a date and a time; anything else as written, isolated. */
function sinceText(locale: Locale, since: unknown): string {
  const at = new Date(String(since));
  if (Number.isNaN(at.getTime())) return `\u2066${asWritten(since)}\u2069`;
  return formatDateTime(at, locale);
}

/**
 * The sentence for any error: a typed refusal in the locale, composed from its parts where it has them,
 * and for anything else (a lost connection, a bug) the fallback: `error.unreachable` in the page,
 * `error.internal` in the main process.
 */
export function errorText(
  locale: Locale,
  error: unknown,
  fallback: 'error.unreachable' | 'error.internal' = 'error.unreachable',
): string {
  if (!isErrorLike(error) || !isErrorCode(error.code)) {
    // A read-only folder, a full disk, another program's lock: said as such wherever they surface.
    const storage = storageError(error);
    return storage ? translate(locale, keyOf(storage.code)) : translate(locale, fallback);
  }
  switch (error.code) {
    case 'import_failed':
    case 'review_package_invalid':
      return fileRefusalText(locale, error.code, error.params);
    case 'invalid_request':
      return requestRefusalText(locale, error.params);
    case 'backup_folder_unusable':
      return backupFolderText(locale, error.params);
    case 'archive_locked':
    case 'archive_locked_elsewhere':
      return translate(locale, keyOf(error.code), {
        ...error.params,
        program: lockProgramText(locale, error.params.program),
        since: sinceText(locale, error.params.since),
      });
    default:
      return translate(locale, keyOf(error.code), error.params);
  }
}
