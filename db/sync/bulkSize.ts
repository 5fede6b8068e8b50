/**
 * How `_bulk_docs` requests are sized. A real CouchDB refuses a whole request with 413 when it is over
 * `max_http_request_size` or one document in it is over `max_document_size` (8 MB by default, while an
 * article's body alone may be 8 MiB): requests are kept small by bytes as well as by count, and a document
 * the server still finds too large is refused alone (couch.ts halves the batch to find it).
 */
import { MidadError } from '../../core/api/errors';
import type { BulkResult } from './couch';

/** Documents per request: far below CouchDB's max_bulk_docs_count (10,000). */
export const BULK_MAX_DOCS = 200;
/** Bytes of JSON per request, unless one document alone is larger (it then goes by itself). */
export const BULK_MAX_BYTES = 4 * 1024 * 1024;

export interface SerialisedDoc {
  id: string;
  json: string;
}

/** The documents serialised once, in order, grouped into requests of at most BULK_MAX_DOCS and BULK_MAX_BYTES. */
export function bulkBatches(docs: readonly object[]): SerialisedDoc[][] {
  const batches: SerialisedDoc[][] = [];
  let current: SerialisedDoc[] = [];
  let bytes = 0;
  for (const doc of docs) {
    const json = JSON.stringify(doc);
    const size = Buffer.byteLength(json);
    if (current.length > 0 && (current.length >= BULK_MAX_DOCS || bytes + size > BULK_MAX_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    const id = (doc as { _id?: unknown })._id;
    current.push({ id: typeof id === 'string' ? id : '', json });
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** A 413 from the server: the request, or a document in it, is over one of its size limits. */
export function isTooLarge(error: unknown): boolean {
  return error instanceof MidadError && error.code === 'sync_server' && error.params.status === 413;
}

/** The answer for a document the server refused by its size: a refusal, kept and reported like a forbidden one. */
export function tooLargeResult(doc: SerialisedDoc): BulkResult {
  return { id: doc.id, error: 'too_large', reason: 'too_large' };
}
