/** The refusal notice says "the server's rules are out of date" only over a move this Midad's rules allow. */
import { describe, expect, it } from 'vitest';
import type { ArticleRefusal, NewsroomStatus } from '../../../core/sync/newsroomContract';
import { refusedByOldRules } from '../../../renderer/sync/refusedByOldRules';

const status = (role: 'journalist' | 'editor', state: 'current' | 'older' | 'missing' | null): NewsroomStatus => ({
  signedIn: true,
  databaseUrl: 'https://couch.example.org/newsroom',
  user: 'huda',
  role,
  sync: {
    phase: 'idle',
    pending: 0,
    lastSyncedAt: null,
    error: null,
    serverRules: state && { state, version: state === 'missing' ? null : 1 },
  },
  refused: 1,
});
const moved = (from: 'submitted' | 'draft', to: 'approved' | 'published'): ArticleRefusal => ({
  refused: true,
  tooLarge: false,
  move: { from, to },
  serverStatus: from,
});

describe('refusedByOldRules', () => {
  it('says so for an editor’s offline review refused by version 1’s rules', () => {
    expect(refusedByOldRules(moved('submitted', 'approved'), status('editor', 'older'))).toBe(true);
  });

  it('says nothing where the role may not make the move, the rules are current, or nothing moved', () => {
    expect(refusedByOldRules(moved('draft', 'published'), status('journalist', 'older'))).toBe(false);
    expect(refusedByOldRules(moved('submitted', 'approved'), status('editor', 'current'))).toBe(false);
    expect(refusedByOldRules(moved('submitted', 'approved'), status('editor', null))).toBe(false);
    // No rules at all refuse no move: a refusal there is something else.
    expect(refusedByOldRules(moved('submitted', 'approved'), status('editor', 'missing'))).toBe(false);
    const tooLarge: ArticleRefusal = { refused: true, tooLarge: true, move: null, serverStatus: 'draft' };
    expect(refusedByOldRules(tooLarge, status('editor', 'older'))).toBe(false);
    expect(refusedByOldRules(moved('submitted', 'approved'), null)).toBe(false);
  });
});
