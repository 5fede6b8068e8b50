import { MidadError } from '../api/errors';
import { importPlaceText, importProblemText } from '../i18n/errorText';
import type { ImportPlace, ImportProblem } from './importKinds';

/** Isolates keep paths whole inside a sentence on screen; a terminal or a log file shows them as noise. */
export const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** The refusals of a file a person gave Midad: to import as articles, or to merge as a review package. */
export type FileRefusalCode = 'import_failed' | 'review_package_invalid';

/** A refusal's place and problem, as the caller found them; the caller's file name is already bound. */
export type Refuse = (place: ImportPlace, problem: ImportProblem, technical?: string) => MidadError;

/**
 * The one refusal a bad file gets: which file, where in it and what was wrong there, as codes the
 * interface renders in its language (core/i18n/errorText.ts). The English message is for logs and the
 * command line; `technical` (the JSON parser's own words, a schema's message) goes only there. A review
 * package handed over the API without its file's name is refused without one.
 */
export function fileRefusal(
  code: FileRefusalCode,
  file: string | undefined,
  place: ImportPlace,
  problem: ImportProblem,
  technical?: string,
): MidadError {
  const params: Record<string, string | number> = { ...(file === undefined ? {} : { file }), ...place, ...problem };
  const what = `${plain(importPlaceText('en', params))}: ${plain(importProblemText('en', params))}`;
  // The command that printed it says what the file was for; a review package handed over without a name says so.
  const message = `${file ?? 'Review package'}: ${what}`;
  return new MidadError(code, technical ? `${message} (${technical})` : message, params);
}

export function importFailed(file: string, place: ImportPlace, problem: ImportProblem, technical?: string): MidadError {
  return fileRefusal('import_failed', file, place, problem, technical);
}

/** Refusals of one file being imported, for the readers that take a Refuse. */
export function importRefusal(file: string): Refuse {
  return (place, problem, technical) => importFailed(file, place, problem, technical);
}
