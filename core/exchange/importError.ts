import { MidadError } from '../api/errors';

/**
 * The one message a bad file gets: which file, where in it (a line, or a JSON path), and what was wrong.
 * The locale files render it from the same parameters.
 */
export function importProblem(file: string, where: string, detail: string): MidadError {
  return new MidadError('import_failed', `${file}: ${where}: ${detail}`, { file, where, detail });
}

/** The same, when we can say what the file should have held there. */
export function importFailed(file: string, where: string, expected: string): MidadError {
  return importProblem(file, where, `expected ${expected}`);
}
