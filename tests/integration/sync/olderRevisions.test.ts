/**
 * An older Midad's revisions completed from their parents (db/sync/olderRevisions.ts): what it lacks of the
 * metadata is taken, a child that arrives before its parent included; what it changed, a revision of this
 * Midad, and pending headline suggestions are left as they came.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEW_ARTICLE_FIELDS } from '../../../db/articles';
import { openArchive } from '../../../db/connection';
import { completeOlderRevisions } from '../../../db/sync/olderRevisions';
import { insertRevision } from '../../../db/sync/store';
import { revDocId, type RevDoc } from '../../../core/sync/documents';
import type { ArticleFields } from '../../../core/article/schema';
import { useTempDir } from '../../helpers/tempDir';

const tempDir = useTempDir('midad-older-revisions-');
const ARTICLE = '11111111-1111-4111-8111-111111111111';
const hex = (n: number) => n.toString(16).padStart(32, '0');

function rev(n: number, parents: number[], fields: Partial<ArticleFields>, marked: boolean): RevDoc {
  return {
    _id: revDocId(ARTICLE, hex(n)),
    type: 'rev',
    author: 'badr',
    authorName: 'badr',
    articleId: ARTICLE,
    revId: hex(n),
    parents: parents.map(hex),
    createdAt: `2024-05-0${n}T10:00:00.000Z`,
    label: '',
    fields: { ...NEW_ARTICLE_FIELDS, ...fields },
    media: [],
    ...(marked ? { metadataKept: true as const } : {}),
  };
}

const FULL: Partial<ArticleFields> = {
  entities: { people: [{ name: 'Nancy Pelosi' }] },
  rights: { copyrightNotice: '© AP', usageTerms: '', copyrightHolder: 'AP' },
  dateline: { city: 'WASHINGTON', agency: 'AP', written: 'WASHINGTON (AP) —' },
  fieldSuggestions: [
    {
      id: '22222222-2222-4222-8222-222222222222',
      field: 'headline',
      author: { name: 'amal', role: 'editor' },
      createdAt: '2024-05-01T10:00:00.000Z',
      from: 'a',
      to: 'b',
    },
  ],
};

describe('an older Midad’s revisions', () => {
  it('take what they lack from the parent, in a chain whose child came first, parent stored or in the batch', () => {
    const archive = openArchive(join(tempDir(), 'a.sqlite'));
    insertRevision(archive, rev(1, [], FULL, true), true);
    const dateline = { city: 'WASHINGTON', agency: 'AP' as const };
    const batch = [
      rev(3, [2], { headline: 'three', dateline }, false),
      rev(2, [1], { headline: 'two', dateline }, false),
      // Moved elsewhere: the dateline's parts described the old city, so they stay behind.
      rev(4, [3], { headline: 'four', dateline: { city: 'BAGHDAD', agency: 'AP' } }, false),
      // A revision of a Midad that keeps metadata is taken as it says: it removed the people.
      rev(5, [4], { headline: 'five' }, true),
    ];
    const [three, two, four, five] = completeOlderRevisions(archive, batch);
    for (const r of [three, two]) {
      expect(r?.fields.entities).toEqual(FULL.entities);
      expect(r?.fields.rights).toEqual(FULL.rights);
      expect(r?.fields.dateline).toEqual(FULL.dateline);
      // An older Midad may have accepted a headline suggestion on purpose.
      expect(r?.fields.fieldSuggestions).toBeUndefined();
    }
    expect(three?.fields.headline).toBe('three');
    expect(four?.fields.entities).toEqual(FULL.entities);
    expect(four?.fields.dateline).toEqual({ city: 'BAGHDAD', agency: 'AP' });
    expect(five).toBe(batch[3]);
    archive.close();
  });
});
