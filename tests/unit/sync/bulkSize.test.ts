/**
 * `_bulk_docs` requests sized for CouchDB: by count and by bytes, in order, a document larger than the
 * byte bound alone in its request; a 413 recognised, and a document refused alone answered as a refusal.
 */
import { describe, expect, it } from 'vitest';
import { MidadError } from '../../../core/api/errors';
import { BULK_MAX_BYTES, BULK_MAX_DOCS, bulkBatches, isTooLarge, tooLargeResult } from '../../../db/sync/bulkSize';

const doc = (i: number, size = 10) => ({ _id: `rev:${i}`, text: 'x'.repeat(size) });

describe('bulk request sizes', () => {
  it('splits by count, keeping the order', () => {
    const batches = bulkBatches(Array.from({ length: BULK_MAX_DOCS * 2 + 1 }, (_, i) => doc(i)));
    expect(batches.map((b) => b.length)).toEqual([BULK_MAX_DOCS, BULK_MAX_DOCS, 1]);
    expect(batches.flat().map((d) => d.id)).toEqual(
      Array.from({ length: BULK_MAX_DOCS * 2 + 1 }, (_, i) => `rev:${i}`),
    );
  });

  it('splits by bytes; a document over the bound goes alone', () => {
    const third = Math.floor(BULK_MAX_BYTES / 3);
    const batches = bulkBatches([doc(1, third), doc(2, third), doc(3, BULK_MAX_BYTES + 1), doc(4, third), doc(5, 1)]);
    expect(batches.map((b) => b.map((d) => d.id))).toEqual([['rev:1', 'rev:2'], ['rev:3'], ['rev:4', 'rev:5']]);
    expect(JSON.parse(batches[0]![0]!.json)).toEqual(doc(1, third));
  });

  it('knows a 413 and answers a document refused alone as a refusal', () => {
    expect(isTooLarge(new MidadError('sync_server', 'HTTP 413', { status: 413 }))).toBe(true);
    expect(isTooLarge(new MidadError('sync_server', 'HTTP 500', { status: 500 }))).toBe(false);
    expect(isTooLarge(new Error('413'))).toBe(false);
    expect(tooLargeResult({ id: 'rev:1', json: '{}' })).toEqual({
      id: 'rev:1',
      error: 'too_large',
      reason: 'too_large',
    });
  });
});
