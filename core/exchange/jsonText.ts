/** Reading JSON from a file with bounds and with errors that say where: a line and column, or a JSON path. */
import type { z } from 'zod';
import { importFailed, importProblem } from './importError';
import { IMPORT_LIMITS } from './limits';
import { jsonErrorOffset } from './jsonErrorOffset';

export function checkSize(text: string, fileName: string): void {
  if (text.length > IMPORT_LIMITS.fileChars) {
    throw importFailed(fileName, 'the whole file', `a file of at most ${IMPORT_LIMITS.fileChars / 1024 / 1024} MB`);
  }
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** Refuses nesting deeper than the limit before JSON.parse recurses into it. */
function checkDepth(text: string, fileName: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > IMPORT_LIMITS.jsonDepth) {
        throw importFailed(fileName, lineAndColumn(text, i), `JSON nested at most ${IMPORT_LIMITS.jsonDepth} levels deep`);
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

export function parseJsonText(text: string, fileName: string): unknown {
  checkSize(text, fileName);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  checkDepth(body, fileName);
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw importFailed(fileName, lineAndColumn(body, jsonErrorOffset(body)), `well-formed JSON (${message.split(/, "|, \.\.\.| in JSON/)[0]})`);
  }
}

/** `articles[0].media[1].caption`, as a person would look it up in the file. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  return out || '(top level)';
}

/** Parses with a zod schema, turning the first issue into the one import message. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, fileName: string, prefix: PropertyKey[] = []): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw importProblem(fileName, jsonPath([...prefix, ...(issue?.path ?? [])]), issue?.message ?? 'invalid value');
}
