import { describe, expect, it } from 'vitest';
import {
  articleDocId,
  docTypeOfId,
  revDocId,
  SyncDocSchema,
  type EventDoc,
  type RevDoc,
} from '../../../core/sync/documents';
import { NEW_ARTICLE_FIELDS } from '../../../core/article/newArticle';

const articleId = '0b7c8a3e-5a51-4d3c-9f0e-0f6a1c2b3d4e';
const revId = 'a'.repeat(32);

describe('sync documents', () => {
  it('builds ids and reads their type back', () => {
    expect(articleDocId(articleId)).toBe(`article:${articleId}`);
    expect(revDocId(articleId, revId)).toBe(`rev:${articleId}:${revId}`);
    expect(docTypeOfId(revDocId(articleId, revId))).toBe('rev');
    expect(docTypeOfId('_design/newsroom')).toBeNull();
  });

  it('accepts a revision and both kinds of event, and refuses a revision without an author', () => {
    const rev: RevDoc = {
      _id: revDocId(articleId, revId),
      type: 'rev',
      author: 'amal',
      authorName: 'أمل',
      articleId,
      revId,
      parents: [],
      createdAt: '2026-12-06T07:00:00.000Z',
      label: '',
      fields: NEW_ARTICLE_FIELDS,
      media: [],
    };
    expect(SyncDocSchema.parse(rev)).toMatchObject({ type: 'rev', revId });
    const event: EventDoc = {
      _id: 'event:1',
      type: 'event',
      kind: 'status',
      author: 'amal',
      eventId: '1b7c8a3e-5a51-4d3c-9f0e-0f6a1c2b3d4e',
      articleId,
      by: { name: 'أمل', role: 'editor' },
      at: '2026-12-06T07:00:00.000Z',
      from: 'draft',
      to: 'in_review',
      note: '',
    };
    expect(SyncDocSchema.parse(event)).toMatchObject({ kind: 'status' });
    expect(SyncDocSchema.safeParse({ ...event, kind: 'thread' }).success).toBe(false);
    expect(SyncDocSchema.safeParse({ ...rev, author: '' }).success).toBe(false);
  });
});
