/**
 * A refusal as the person reads it, in their language: the one place that turns an error's code and
 * parameters into a sentence, for the page, the desktop's dialogs and the drop-import summary alike.
 */
import { ERROR_CODES, type ErrorCode } from '../api/errors';
import type { MessageKey } from './ar';
import { translate, type Locale } from './translate';

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

/**
 * The sentence for any error: a typed refusal in the locale, and for anything else (a lost connection, a
 * bug) the fallback: `error.unreachable` in the page, `error.internal` in the main process.
 */
export function errorText(locale: Locale, error: unknown, fallback: 'error.unreachable' | 'error.internal' = 'error.unreachable'): string {
  if (!isErrorLike(error) || !isErrorCode(error.code)) return translate(locale, fallback);
  return translate(locale, keyOf(error.code), error.params);
}
