import { describe, expect, it } from 'vitest';
import { encodeLabel, parseLabel } from '../../../core/review/revisionLabel';
import { historyEntries } from '../../../core/review/historyEntries';
import type { RevisionSummary } from '../../../core/article/revision';

describe('revision labels as codes', () => {
  it('reads back every code it writes, names of either direction included', () => {
    for (const label of [
      { code: 'status', from: 'draft', to: 'submitted' },
      { code: 'decided', accepted: 2, rejected: 1 },
      { code: 'package', from: 'سامر خليل & Co?=' },
      { code: 'package-local' },
      { code: 'package-theirs', from: 'Reuters' },
      { code: 'conflict' },
    ] as const) {
      expect(parseLabel(encodeLabel(label))).toEqual(label);
    }
  });

  it('reads the English sentences older archives stored as the same codes', () => {
    expect(parseLabel('draft → submitted')).toEqual({ code: 'status', from: 'draft', to: 'submitted' });
    expect(parseLabel('accepted: 3')).toEqual({ code: 'decided', accepted: 3, rejected: 0 });
    expect(parseLabel('rejected: 1')).toEqual({ code: 'decided', accepted: 0, rejected: 1 });
    expect(parseLabel('review package from سلمى')).toEqual({ code: 'package', from: 'سلمى' });
    expect(parseLabel('review package from another archive')).toEqual({ code: 'package', from: '' });
    expect(parseLabel('this archive’s version')).toEqual({ code: 'package-local' });
    expect(parseLabel('version from Reuters')).toEqual({ code: 'package-theirs', from: 'Reuters' });
    expect(parseLabel('Copy set aside in a conflict')).toEqual({ code: 'conflict' });
  });

  it('leaves free text and malformed codes as text', () => {
    expect(parseLabel('wire-afp.txt')).toEqual({ code: 'text', text: 'wire-afp.txt' });
    expect(parseLabel('draft → nowhere')).toEqual({ code: 'text', text: 'draft → nowhere' });
    expect(parseLabel('midad:status?from=draft')).toEqual({ code: 'text', text: 'midad:status?from=draft' });
    expect(parseLabel('')).toEqual({ code: 'text', text: '' });
  });
});

describe('history entries', () => {
  let id = 100;
  const revision = (label: string, author: string, createdAt: string): RevisionSummary => ({
    id: id--,
    articleId: '00000000-0000-4000-8000-000000000001',
    version: id,
    kind: 'explicit',
    label,
    author,
    createdAt,
    headline: '',
    words: 0,
  });

  it("makes one entry of one editor's run of decisions, and keeps other revisions apart", () => {
    const entries = historyEntries([
      revision(encodeLabel({ code: 'decided', accepted: 1, rejected: 0 }), 'سلمى', '2026-12-06T10:20:00Z'),
      revision(encodeLabel({ code: 'decided', accepted: 0, rejected: 1 }), 'سلمى', '2026-12-06T10:05:00Z'),
      revision('accepted: 1', 'سلمى', '2026-12-06T10:00:00Z'),
      // Another person, then a pass an hour earlier: entries of their own.
      revision(encodeLabel({ code: 'decided', accepted: 1, rejected: 0 }), 'Omar', '2026-12-06T09:58:00Z'),
      revision(encodeLabel({ code: 'decided', accepted: 1, rejected: 0 }), 'Omar', '2026-12-06T08:50:00Z'),
      revision(encodeLabel({ code: 'status', from: 'draft', to: 'submitted' }), 'Omar', '2026-12-06T08:49:00Z'),
    ]);
    expect(entries.map((e) => [e.label, e.revisions])).toEqual([
      [{ code: 'decided', accepted: 2, rejected: 1 }, 3],
      [{ code: 'decided', accepted: 1, rejected: 0 }, 1],
      [{ code: 'decided', accepted: 1, rejected: 0 }, 1],
      [{ code: 'status', from: 'draft', to: 'submitted' }, 1],
    ]);
    expect(entries[0]?.revision.createdAt).toBe('2026-12-06T10:20:00Z');
  });
});
