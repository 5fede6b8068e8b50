/**
 * `npx tsx scripts/write-exchange-schema.ts`: regenerates core/exchange/midad-article.schema.json from the
 * zod schemas. tests/unit/exchange/nativeSchema.test.ts fails until the checked-in file matches.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nativeJsonSchema } from '../core/exchange/nativeJsonSchema';

const SCHEMA_PATH = resolve(import.meta.dirname, '..', 'core', 'exchange', 'midad-article.schema.json');

writeFileSync(SCHEMA_PATH, `${JSON.stringify(nativeJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${SCHEMA_PATH}`);
