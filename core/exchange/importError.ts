import { MidadError } from '../api/errors';
import { importPlaceText, importProblemText } from '../i18n/errorText';
import type { ImportPlace, ImportProblem } from './importKinds';

/** Isolates keep paths whole inside a sentence on screen; a terminal or a log file shows them as noise. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/**
 * The one refusal a bad file gets: which file, where in it and what was wrong there, as codes the
 * interface renders in its language (core/i18n/errorText.ts). The English message is for logs and the
 * command line; `technical` (the JSON parser's own words, a schema's message) goes only there.
 */
export function importFailed(file: string, place: ImportPlace, problem: ImportProblem, technical?: string): MidadError {
  const params: Record<string, string | number> = { file, ...place, ...problem };
  const message = `${file}: ${plain(importPlaceText('en', params))}: ${plain(importProblemText('en', params))}`;
  return new MidadError('import_failed', technical ? `${message} (${technical})` : message, params);
}
