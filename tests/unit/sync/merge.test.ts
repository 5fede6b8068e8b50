import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  commonAncestor,
  maximalHeads,
  mergeContents,
  sameHeads,
  type RevNode,
} from '../../../core/sync/merge';

// a ← b ← d, a ← c: d and c are the heads, a where they met.
const graph = new Map<string, RevNode>(
  [
    { revId: 'a', parents: [], createdAt: '1' },
    { revId: 'b', parents: ['a'], createdAt: '2' },
    { revId: 'c', parents: ['a'], createdAt: '3' },
    { revId: 'd', parents: ['b'], createdAt: '4' },
  ].map((n) => [n.revId, n]),
);
const lookup = (id: string) => graph.get(id);

describe('the revision graph', () => {
  it('keeps only revisions nothing else descends from, sorted', () => {
    expect(maximalHeads(lookup, ['d', 'a', 'c', 'b', 'd'])).toEqual(['c', 'd']);
    expect(maximalHeads(lookup, ['b', 'd'])).toEqual(['d']);
  });

  it('finds where two heads met', () => {
    expect(commonAncestor(lookup, ['c', 'd'])).toBe('a');
    expect(commonAncestor(lookup, ['b', 'd'])).toBe('b');
  });

  it('compares JSON whatever order its keys came in', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(canonicalJson({ a: [{ c: 3, d: 2 }], b: 1 }));
  });
});

describe('merging heads', () => {
  const base = { fields: { status: 'draft', body: 'old', headline: 'h' }, media: [] };
  it('takes each side’s change when they touched different fields (status here, body there)', () => {
    const statusMoved = { fields: { ...base.fields, status: 'submitted' }, media: [] };
    const bodyEdited = { fields: { ...base.fields, body: 'new' }, media: [] };
    expect(mergeContents(base, [statusMoved, bodyEdited])).toEqual({
      fields: { status: 'submitted', body: 'new', headline: 'h' },
      media: [],
    });
  });

  it('refuses when both changed one field differently, or when there is no common base', () => {
    const one = { fields: { ...base.fields, body: 'one' }, media: [] };
    const two = { fields: { ...base.fields, body: 'two' }, media: [] };
    expect(mergeContents(base, [one, two])).toBeNull();
    expect(mergeContents(null, [one, two])).toBeNull();
    expect(mergeContents(base, [one, { ...one }])).toEqual(one);
  });
});

describe('sameHeads', () => {
  it('compares the heads a person saw with the heads there are, in any order', () => {
    expect(sameHeads(['b', 'a', 'c'], ['c', 'b', 'a'])).toBe(true);
    expect(sameHeads(['a', 'b'], ['a', 'b', 'c'])).toBe(false);
    expect(sameHeads(['a', 'b', 'd'], ['a', 'b', 'c'])).toBe(false);
  });
});
