/**
 * An older Midad's revisions completed from their parents (db/sync/olderRevisions.ts): what it lacks of the
 * metadata is taken, a child that arrives before its parent included; what it changed, a revision of this
 * Midad, and pending headline suggestions are left as they came. And migration 26: an article pulled before
 * sync applied metadata takes it back from its revisions.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getArticle, NEW_ARTICLE_FIELDS } from '../../../db/articles';
import { MIGRATIONS } from '../../../db/migrations';
import { registerSearchFunctions } from '../../../db/search/document';
import { searchArticles } from '../../../db/search/search';
import { SearchRequestSchema } from '../../../core/search/schema';
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

  it('migration 26: a pulled article takes back from its revisions the metadata sync never applied', () => {
    const path = join(tempDir(), 'v25.sqlite');
    const raw = new Database(path);
    registerSearchFunctions(raw);
    for (const step of MIGRATIONS.filter((m) => m.version <= 25)) raw.exec(step.sql);
    raw.pragma('user_version = 25');
    const when = '2024-05-01T10:00:00.000Z';
    const addArticle = raw.prepare(
      `INSERT INTO articles (id, headline, body, body_text, created_at, updated_at, metadata) VALUES (?, ?, '{}', '', ?, ?, ?)`,
    );
    const addRev = raw.prepare(
      `INSERT INTO sync_revisions (article_id, rev_id, parents, author, author_name, created_at, label, headline, doc, sent)
         VALUES (?, ?, ?, 'badr', 'badr', ?, '', '', ?, 1)`,
    );
    const addHeads = raw.prepare(`INSERT INTO sync_heads (article_id, heads, base) VALUES (?, ?, ?)`);
    const subject = { kind: 'subject', scheme: '', code: '', name: 'الانتخابات' };
    const [pulled, ownRights, neverSynced] = [
      ARTICLE,
      '33333333-3333-4333-8333-333333333333',
      '44444444-4444-4444-8444-444444444444',
    ];
    // Pulled with rights and a subject, then saved here (as the Midad before this step did): its own
    // revision, the article's base, lacks both.
    addArticle.run(pulled, 'مسحوب', when, when, '{}');
    addRev.run(pulled, hex(1), '[]', when, JSON.stringify({ fields: { ...FULL, classification: [subject] } }));
    addRev.run(pulled, hex(2), JSON.stringify([hex(1)]), when, JSON.stringify({ fields: { headline: 'مسحوب' } }));
    addHeads.run(pulled, JSON.stringify([hex(2)]), hex(2));
    // Rights of its own here already: left as they are.
    addArticle.run(
      ownRights,
      'حقوقه',
      when,
      when,
      JSON.stringify({ rights: { ...FULL.rights, copyrightNotice: 'x' } }),
    );
    addRev.run(ownRights, hex(3), '[]', when, JSON.stringify({ fields: FULL }));
    addHeads.run(ownRights, JSON.stringify([hex(3)]), hex(3));
    // Never synced: no revisions to read.
    addArticle.run(neverSynced, 'محلي', when, when, '{}');
    const QUEUED = 'SELECT kind, ref FROM sync_outbox ORDER BY seq';
    const before = raw.prepare(QUEUED).all();
    raw.close();

    const archive = openArchive(path);
    const a = getArticle(archive, pulled);
    expect(a.rights).toEqual(FULL.rights);
    expect(a.classification).toEqual([subject]);
    expect(a.fieldSuggestions).toBeUndefined();
    expect(getArticle(archive, ownRights).rights?.copyrightNotice).toBe('x');
    expect(getArticle(archive, ownRights).classification).toBeUndefined();
    expect(getArticle(archive, neverSynced).rights).toBeUndefined();
    // Found by the subject it took back; nothing queued to send on its own.
    const found = searchArticles(archive, SearchRequestSchema.parse({ query: 'الانتخابات', limit: 10 }));
    expect(found.items.map((i) => i.id)).toEqual([pulled]);
    expect(archive.prepare(QUEUED).all()).toEqual(before);
    archive.close();
  });
});
