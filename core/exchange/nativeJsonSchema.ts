import { z } from 'zod';
import { NativeDocumentSchema } from './nativeFormat';

/** The JSON Schema of the native format, generated from the zod schemas so the two cannot drift apart. */
export function nativeJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://midad.invalid/schema/midad-article.schema.json',
    title: 'Midad article exchange file',
    ...z.toJSONSchema(NativeDocumentSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
  };
}
