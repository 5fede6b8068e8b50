/** Reading JSON from a file with bounds and with errors that say where: a line and column, or a JSON path. */
import type { z } from 'zod';
import { importRefusal, type Refuse } from './importError';
import type { ImportPlace } from './importKinds';
import { IMPORT_LIMITS } from './limits';
import { jsonErrorOffset } from './jsonErrorOffset';
import { isVague, issueProblem } from './zodProblem';

export const FILE_LIMIT_MB = IMPORT_LIMITS.fileChars / 1024 / 1024;

/** Whose refusal a bad file gets: an import's, named by the file (a string), or the caller's own. */
export type RefusalSource = string | Refuse;

const refusing = (source: RefusalSource): Refuse => (typeof source === 'string' ? importRefusal(source) : source);

export function checkSize(text: string, source: RefusalSource): void {
  if (text.length > IMPORT_LIMITS.fileChars)
    throw refusing(source)({ at: 'file' }, { problem: 'file_too_large', limitMb: FILE_LIMIT_MB });
}

function lineAndColumn(text: string, offset: number): ImportPlace {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { at: 'line_column', line, column };
}

/** Where JSON text first nests deeper than `limit` (a character offset), or -1: read before JSON.parse does. */
export function jsonTooDeepAt(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}

/** Refuses nesting deeper than the limit before JSON.parse recurses into it. */
function checkDepth(text: string, refuse: Refuse): void {
  const at = jsonTooDeepAt(text, IMPORT_LIMITS.jsonDepth);
  if (at >= 0) throw refuse(lineAndColumn(text, at), { problem: 'json_too_deep', limit: IMPORT_LIMITS.jsonDepth });
}

export function parseJsonText(text: string, source: RefusalSource): unknown {
  const refuse = refusing(source);
  checkSize(text, refuse);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  checkDepth(body, refuse);
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = jsonErrorOffset(body);
    // Where the parser ran out of text, the file was cut short: that is worth saying in those words.
    const problem = offset >= body.length ? 'json_truncated' : 'json_malformed';
    throw refuse(lineAndColumn(body, offset), { problem }, message.split(/, "|, \.\.\.| in JSON/)[0]);
  }
}

/** `articles[0].media[1].caption`, as a person would look it up in the file. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out;
}

/** A value in a JSON file: its path, or the top level when the path is empty. */
export function jsonPlace(path: readonly PropertyKey[]): ImportPlace {
  return path.length ? { at: 'path', path: jsonPath(path) } : { at: 'top' };
}

/**
 * Parses with a zod schema, turning the first issue into the one refusal of the file. `prefix` is where the
 * value sits in the file; `field` says the value is the article as an importer built it (not a JSON file's
 * text), so the refusal names the article's field.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  source: RefusalSource,
  { prefix = [], field = false }: { prefix?: readonly PropertyKey[]; field?: boolean } = {},
): z.output<S> {
  const refuse = refusing(source);
  // The input goes into the issues so a wrong type can say what it found.
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const { path, problem } = issue ? issueProblem(issue) : { path: [], problem: { problem: 'invalid' as const } };
  const place: ImportPlace =
    field && path.length ? { at: 'field', path: jsonPath(path) } : jsonPlace([...prefix, ...path]);
  throw refuse(place, problem, issue && isVague(problem) ? issue.message : undefined);
}
