/**
 * JSON a test reads back (an export, a command's --json output, an index file), typed instead of `any`: read
 * through the schema the code itself uses, a test that reaches for a field the format lacks fails to compile,
 * and a file that breaks the format fails where it is read.
 */
import type { z } from 'zod';
import { NativeDocumentSchema, type NativeDocument } from '../../core/exchange/nativeFormat';

/** Any JSON, left `unknown` for `expect(...)` to look at. */
export function parseJson(text: string): unknown {
  return JSON.parse(text) as unknown;
}

/** JSON that must have the shape `schema` gives it. */
export function parseJsonAs<S extends z.ZodType>(schema: S, text: string): z.infer<S> {
  return schema.parse(JSON.parse(text));
}

/** A Midad JSON export, checked by the schema the importer uses. */
export function parseNative(text: string): NativeDocument {
  return parseJsonAs(NativeDocumentSchema, text);
}
